#!/usr/bin/env bash
# Re-renders test-data/expected/postgis/<sample>.png from samples/postgis/*.map with real MapServer 8 (Debian's
# map2img) against a throwaway PostgreSQL 15 + PostGIS cluster loaded with test-data/postgis/fixture.sql, set up the
# way PostgisCluster (src/test/java/org/jmapserv/data/postgis) sets it up: initdb under target/, a free loopback port,
# SCRAM password over TCP, the samples' service "jmapserv_samples" in a pg_service.conf and its password in a
# pgpass file (PGSERVICEFILE / PGPASSFILE). Runs the cluster as the system user jmapserv-pg when started as root.
# Usage: test-data/postgis/regenerate-expected.sh [sample-name ...]   (default: all PostGIS samples)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/test-data/expected/postgis"
command -v map2img >/dev/null || { echo "map2img missing: apt-get install mapserver-bin" >&2; exit 1; }
mkdir -p "$OUT"
CLUSTER_NAME=postgis-regen
# shellcheck source=../start-cluster.sh
source "$ROOT/test-data/postgis/start-cluster.sh"
export PGPASSWORD="$pw"
"$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE gis"
"$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d gis -v ON_ERROR_STOP=1 -f "$ROOT/test-data/postgis/fixture.sql"
unset PGPASSWORD
printf '[jmapserv_samples]\nhost=127.0.0.1\nport=%s\ndbname=gis\nuser=postgres\n' "$port" >"$dir/pg_service.conf"
printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$pw" >"$dir/pgpass"; chmod 600 "$dir/pgpass"
export PGSERVICEFILE="$dir/pg_service.conf" PGPASSFILE="$dir/pgpass"
unset MAPSERVER_CONFIG_FILE MS_ERRORFILE MS_DEBUGLEVEL || true

if [ "$#" -gt 0 ]; then maps=(); for n in "$@"; do maps+=("$ROOT/samples/postgis/${n%.map}.map"); done
else maps=("$ROOT"/samples/postgis/*.map); fi
status=0
for map in "${maps[@]}"; do
  name="$(basename "$map" .map)"
  if map2img -m "$map" -o "$OUT/$name.png" 2>"$dir/err" && ! grep -q "msDrawMap\|Error\|error" "$dir/err"; then
    echo "ok   $name.png"
  else
    echo "FAIL $name" >&2; cat "$dir/err" >&2; status=1
  fi
done
exit $status
