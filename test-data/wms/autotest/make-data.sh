#!/usr/bin/env bash
# Regenerates the small shapefile the adapted msautotest wxs maps here use (needs GDAL's ogr2ogr):
# elev_lakes: six small polygons with an ELEV number and a TEXTDIM string, for the WMS dimension tests.
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
