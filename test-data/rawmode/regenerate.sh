#!/usr/bin/env bash
# Re-writes test-data/rawmode/expected/<map>.tif with real MapServer 8.0 (map2img): raw IMAGEMODE GeoTIFFs (and ASCII grids) whose
# values RawImageModeTest compares with jmapserv's (reprojected/: RawResampleTest, within a share of pixels). Usage: test-data/rawmode/regenerate.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
unset MAPSERVER_CONFIG_FILE MS_ERRORFILE MS_DEBUGLEVEL || true
export GDAL_PAM_ENABLED=NO
for map in ./*.map ./reprojected/*.map; do
  name="$(basename "$map" .map)"
  dir="$(dirname "$map")/expected"
  ext=tif; grep -qi 'DRIVER "GDAL/AAIGRID"' "$map" && ext=asc; grep -qi 'DRIVER "GDAL/PNG"' "$map" && ext=png
  (cd "$(dirname "$map")" && map2img -m "$(basename "$map")" -o "expected/$name.$ext")
  rm -f "$dir/$name.$ext.aux.xml"
  # GDAL's AAIGrid driver writes the SRS beside the grid; kept as the reference for maps with a PROJECTION
  grep -q PROJECTION "$map" || rm -f "$dir/$name.prj"
  echo "ok   $name.$ext"
done
