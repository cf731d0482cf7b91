#!/usr/bin/env bash
# Re-renders test-data/expected/<sample>.png|.jpg from samples/*.map with real MapServer 8
# (Debian's mapserver-bin, map2img). Installs mapserver-bin when map2img is absent.
# Deterministic: same map2img + same data => identical bytes (checked by rendering twice).
# Usage: test-data/regenerate-expected.sh [sample-name ...]   (default: all samples)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/test-data/expected"

if ! command -v map2img >/dev/null 2>&1; then
  echo "map2img not found: installing mapserver-bin" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq mapserver-bin
fi

# no config file is needed by map2img; keep the environment from changing the output
unset MAPSERVER_CONFIG_FILE MS_ERRORFILE MS_DEBUGLEVEL || true

extension_for() {  # jpeg samples produce .jpg, everything else .png
  if grep -qE 'DRIVER "?(AGG|CAIRO)/JPEG' "$1"; then echo jpg; else echo png; fi
}

mkdir -p "$OUT"
if [ "$#" -gt 0 ]; then
  maps=(); for n in "$@"; do maps+=("$ROOT/samples/${n%.map}.map"); done
else
  maps=("$ROOT"/samples/*.map)
fi

status=0
for map in "${maps[@]}"; do
  name="$(basename "$map" .map)"
  ext="$(extension_for "$map")"
  if map2img -m "$map" -o "$OUT/$name.$ext" 2>"$OUT/.$name.err"; then
    if [ -s "$OUT/.$name.err" ]; then
      echo "WARN $name: map2img wrote to stderr:" >&2; cat "$OUT/.$name.err" >&2
    fi
    echo "ok   $name.$ext"
  else
    echo "FAIL $name" >&2; cat "$OUT/.$name.err" >&2; status=1
  fi
  rm -f "$OUT/.$name.err"
done
# mapserv's mode=legend and mode=scalebar images of world.map (a throw-away config file lets mapserv open it)
conf="$(mktemp)"; trap 'rm -f "$conf"' EXIT
printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "^%s/samples/"\n  END\nEND\n' "$ROOT" >"$conf"
for mode in legend scalebar; do
  if MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$ROOT/samples/world.map&mode=$mode&layers=all" \
      mapserv | python3 -c 'import sys; d=sys.stdin.buffer.read(); i=d.find(b"\r\n\r\n"); sys.exit(1) if not d.startswith(b"Content-Type: image/png") else sys.stdout.buffer.write(d[i+4:])' \
      >"$OUT/world-$mode.png"; then
    echo "ok   world-$mode.png"
  else
    echo "FAIL world-$mode (mapserv)" >&2; status=1
  fi
done
exit $status
