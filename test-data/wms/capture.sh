#!/usr/bin/env bash
# Captures Debian MapServer 8.0's WMS answers for the mapfiles here into expected/ (CI has no MapServer: the
# captures are committed). Each line of requests.txt is "<name> <mapfile> <query>"; the answer body (headers
# dropped, Content-Type kept in <name>.type) goes to expected/<name>.<xml|png|...>.
# Usage: [REQUESTS=autotest/requests.txt] test-data/wms/capture.sh [name ...]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CONF="$(mktemp)"; trap 'rm -f "$CONF"' EXIT
printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "."\n  END\nEND\n' > "$CONF"
mkdir -p "$HERE/expected"
while read -r name map query; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [ "$#" -gt 0 ] && [[ ! " $* " == *" $name "* ]]; then continue; fi
  raw="$(mktemp)"
  MAPSERVER_CONFIG_FILE="$CONF" QUERY_STRING="map=$HERE/$map&$query" REQUEST_METHOD=GET \
    /usr/lib/cgi-bin/mapserv > "$raw" || true
  type="$(sed -n '1,/^\r\{0,1\}$/p' "$raw" | grep -i '^Content-Type:' | head -1 | sed 's/^[^:]*: *//; s/\r$//')"
  case "$type" in
    image/png*) ext=png ;; image/jpeg*) ext=jpg ;; image/gif*) ext=gif ;; image/*tiff*) ext=tif ;;
    *xml*) ext=xml ;; *) ext=txt ;;
  esac
  rm -f "$HERE/expected/$name".*
  # body = everything after the first empty line
  awk 'f{print; next} /^\r?$/{f=1}' "$raw" > /dev/null
  python3 - "$raw" "$HERE/expected/$name.$ext" <<'PY'
import sys
data = open(sys.argv[1], 'rb').read()
i = data.find(b'\r\n\r\n'); n = 4
j = data.find(b'\n\n')
if i < 0 or (0 <= j < i):
    i, n = j, 2
open(sys.argv[2], 'wb').write(data[i + n:])
PY
  printf '%s\n' "$type" > "$HERE/expected/$name.type"
  rm -f "$raw"
  echo "$name -> $name.$ext ($type)"
done < "$HERE/${REQUESTS:-requests.txt}"
