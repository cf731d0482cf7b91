#!/usr/bin/env bash
# Regenerates the small shapefile the adapted msautotest wxs maps here use (needs GDAL's ogr2ogr):
# elev_lakes: six small polygons with an ELEV number and a TEXTDIM string, for the WMS dimension tests;
# roads: lines with an F_CODE of 66, 67, 68 or 74 (only 74 near the south-west corner), for the legend tests.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CSV="$(mktemp --suffix=.csv)"; trap 'rm -f "$CSV"' EXIT
python3 - "$CSV" <<'PY'
import sys
rows = [(500, "first"), (490, "second"), (480, "third"), (850, "first"), (600, "second"), (300, "third")]
with open(sys.argv[1], "w") as f:
    f.write("WKT,ELEV,TEXTDIM\n")
    for i, (elev, text) in enumerate(rows):
        x0 = 0.0004 + (i % 3) * 0.001
        y0 = -0.0019 + (i // 3) * 0.0011
        x1, y1 = x0 + 0.0007, y0 + 0.0008
        f.write('"POLYGON ((%.5f %.5f,%.5f %.5f,%.5f %.5f,%.5f %.5f,%.5f %.5f))",%d,%s\n'
                % (x0, y0, x0, y1, x1, y1, x1, y0, x0, y0, elev, text))
PY
rm -f "$HERE"/elev_lakes.*
ogr2ogr -f "ESRI Shapefile" "$HERE/elev_lakes.shp" "$CSV" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -oo AUTODETECT_TYPE=YES -a_srs EPSG:4326 -nln elev_lakes
python3 - "$CSV" <<'PY'
import sys
lines = [("LINESTRING (0.1 0.2,0.5 0.6,0.9 0.5)", "74"), ("LINESTRING (0.2 0.9,0.8 0.1)", "74"),
         ("LINESTRING (2 2,5 4,8 3)", "66"), ("LINESTRING (1 8,4 6,9 9)", "67"),
         ("LINESTRING (3 1,3 9)", "68"), ("LINESTRING (6 1,7 5,6 9)", "66"), ("LINESTRING (1.5 5,9.5 5.5)", "67")]
with open(sys.argv[1], "w") as f:
    f.write("WKT,F_CODE\n")
    for wkt, code in lines:
        f.write('"%s",%s\n' % (wkt, code))
PY
rm -f "$HERE"/roads.*
ogr2ogr -f "ESRI Shapefile" "$HERE/roads.shp" "$CSV" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -a_srs EPSG:4326 -nln roads
