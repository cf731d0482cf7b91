#!/usr/bin/env bash
# Re-makes test-data/expected/postgis/msautotest/ with Debian's MapServer 8.0 (map2img, mapserv CGI) against a
# throwaway PostgreSQL 15 + PostGIS cluster set up as PostgisCluster sets it up (initdb under target/, a free
# loopback port, SCRAM over TCP, service "jmapserv_samples" in a pg_service.conf + pgpass), with data.sql loaded into
# database "msautotest" — the data msautotest's create_postgis_test_data.sh would load, generated (see data.sql).
# Every case of cases.txt: images with map2img -l <layer>, query answers with the mapserv CGI (QUERY_STRING).
# Usage: test-data/postgis/msautotest/regenerate-expected.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
OUT="$ROOT/test-data/expected/postgis/msautotest"
MAPSERV=/usr/lib/cgi-bin/mapserv
command -v map2img >/dev/null || { echo "map2img missing: apt-get install mapserver-bin" >&2; exit 1; }
[ -x "$MAPSERV" ] || { echo "$MAPSERV missing: apt-get install cgi-mapserver" >&2; exit 1; }
mkdir -p "$OUT"
CLUSTER_NAME=postgis-msautotest
# shellcheck source=../start-cluster.sh
source "$ROOT/test-data/postgis/start-cluster.sh"
export PGPASSWORD="$pw"
"$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "CREATE DATABASE msautotest"
"$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d msautotest -c "CREATE EXTENSION postgis"
"$BIN/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d msautotest -v ON_ERROR_STOP=1 -f "$HERE/data.sql" >/dev/null
unset PGPASSWORD
printf '[jmapserv_samples]\nhost=127.0.0.1\nport=%s\ndbname=gis\nuser=postgres\n' "$port" >"$dir/pg_service.conf"
printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$pw" >"$dir/pgpass"; chmod 600 "$dir/pgpass"
export PGSERVICEFILE="$dir/pg_service.conf" PGPASSFILE="$dir/pgpass"
unset MAPSERVER_CONFIG_FILE MS_ERRORFILE MS_DEBUGLEVEL || true

printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "."\n  END\nEND\n' >"$dir/mapserver.conf"
status=0
while IFS='|' read -r name map kind arg; do
  case "$name" in ''|\#*) continue ;; esac
  if [ "$kind" = image ]; then
    if map2img -m "$HERE/$map" -l "$arg" -o "$OUT/$name.png" 2>"$dir/err" && ! grep -qi "error" "$dir/err"; then
      echo "ok   $name.png"
    else
      echo "FAIL $name" >&2; cat "$dir/err" >&2; status=1
    fi
  else
    # the CGI's answer without its HTTP header block (up to the first empty line)
    (cd "$HERE" && MAPSERVER_CONFIG_FILE="$dir/mapserver.conf" QUERY_STRING="map=$HERE/$map&$arg" \
      REQUEST_METHOD=GET "$MAPSERV") | sed '1,/^\r\{0,1\}$/d' | grep -v '^<!-- MapServer version' >"$OUT/$name.txt" || true
    echo "ok   $name.txt"
  fi
done <"$HERE/cases.txt"
exit $status
