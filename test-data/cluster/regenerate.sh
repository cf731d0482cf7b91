#!/usr/bin/env bash
# Re-records MapServer 8.0's clusters for every *.map here into <name>.txt (needs Debian's python3-mapscript).
# The maps' LABEL TEXT names the items the dump prints, so msLayerWhichItems asks the cluster layer for them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for m in *.map; do
  [ "$m" = wms.map ] && continue # the WMS cases below
  /usr/bin/python3 dump-clusters.py "$m" > "${m%.map}.txt"
  echo "ok   ${m%.map}.txt ($(($(wc -l < "${m%.map}.txt") - 1)) clusters)"
done
# WMS answers on wms.map: GetFeatureInfo text per query-cases.txt, GetMap as a PNG
conf="$(mktemp)"; trap 'rm -f "$conf"' EXIT
printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "."\n  END\nEND\n' > "$conf"
here="$(pwd)"
mkdir -p expected
grep -v '^#' query-cases.txt | while IFS="|" read -r name qs; do
  [ -z "$name" ] && continue
  MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/wms.map&$qs" /usr/lib/cgi-bin/mapserv \
    | sed '1,/^\r\{0,1\}$/d' > "expected/$name.txt"
  echo "ok   expected/$name.txt"
done
MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/wms.map&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4326&BBOX=40,10,46,19&WIDTH=360&HEIGHT=240&LAYERS=poi&STYLES=&FORMAT=image/png" \
  /usr/lib/cgi-bin/mapserv | sed '1,/^\r\{0,1\}$/d' > expected/getmap.png
echo "ok   expected/getmap.png"
