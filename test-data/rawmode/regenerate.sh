#!/usr/bin/env bash
# Re-writes test-data/rawmode/expected/<map>.tif with real MapServer 8.0 (map2img): raw IMAGEMODE GeoTIFFs (and ASCII grids) whose
# values RawImageModeTest compares with jmapserv's. Usage: test-data/rawmode/regenerate.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
unset MAPSERVER_CONFIG_FILE MS_ERRORFILE MS_DEBUGLEVEL || true
export GDAL_PAM_ENABLED=NO
for map in ./*.map; do
  name="$(basename "$map" .map)"
  ext=tif; grep -qi 'DRIVER "GDAL/AAIGRID"' "$map" && ext=asc
  map2img -m "$map" -o "expected/$name.$ext"
  rm -f "expected/$name.$ext.aux.xml"
  # GDAL's AAIGrid driver writes the SRS beside the grid; kept as the reference for maps with a PROJECTION
  grep -q PROJECTION "$map" || rm -f "expected/$name.prj"
  echo "ok   $name.$ext"
done
