#!/usr/bin/env bash
# Regenerates the OGR-style fixtures in test-data/ogr/ from the shapefiles in test-data/data with GDAL's ogr2ogr
# (Debian gdal-bin). The outputs are committed (CI has no GDAL); rerun after changing the source shapefiles.
# Usage: test-data/ogr/make-fixtures.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC="$HERE/../data"
cd "$HERE"
rm -f world.gpkg noindex.gpkg countries_3857.gpkg *.geojson *.fgb *.csv
export OGR_CURRENT_DATE="2024-01-01T00:00:00Z"   # stable GeoPackage timestamps

# GeoPackage: four layers with the default rtree spatial index, one layer without any index
for l in countries rivers roads; do
  ogr2ogr -f GPKG -update -append world.gpkg "$SRC/$l.shp" -nln "$l" -nlt PROMOTE_TO_MULTI
done
ogr2ogr -f GPKG -update -append world.gpkg "$SRC/cities.shp" -nln cities
ogr2ogr -f GPKG noindex.gpkg "$SRC/lakes.shp" -nln lakes -lco SPATIAL_INDEX=NO

# the same countries in EPSG:3857 (PROJECTION AUTO reads the CRS from gpkg_spatial_ref_sys / the GeoJSON "crs")
ogr2ogr -f GPKG countries_3857.gpkg "$SRC/countries_3857.shp" -nln countries -nlt PROMOTE_TO_MULTI
ogr2ogr -f GeoJSON rivers_3857.geojson "$SRC/rivers.shp" -t_srs EPSG:3857 -lco COORDINATE_PRECISION=2

# GeoJSON (RFC 7946 off: keep the source ring order and precision)
ogr2ogr -f GeoJSON countries.geojson "$SRC/countries.shp" -lco WRITE_BBOX=NO
ogr2ogr -f GeoJSON rivers.geojson "$SRC/rivers.shp"
# a GeoJSON whose features carry OGR feature style strings (STYLEITEM "AUTO")
ogr2ogr -f GeoJSON styled.geojson "$SRC/cities.shp" -sql "SELECT NAME, POP, geometry, CASE WHEN CAPITAL = 1 THEN
  'SYMBOL(id:\"ogr-sym-3,square\",c:#C02020,s:12px,o:#000000)'
  ELSE 'SYMBOL(id:\"circle\",c:#2040A0FF,s:7px)' END AS OGR_STYLE FROM cities" -dialect SQLITE
ogr2ogr -f GeoJSON styled_polys.geojson "$SRC/countries.shp" -dialect SQLITE -sql "SELECT NAME, geometry,
  'BRUSH(fc:#' || CASE TYPE WHEN 'K' THEN 'E0C89A' ELSE 'A8C8E0' END || ');PEN(c:#404040,w:2px)' AS OGR_STYLE FROM countries"
ogr2ogr -f GeoJSON styled_lines.geojson "$SRC/roads.shp" -dialect SQLITE -sql "SELECT NAME, geometry,
  CASE WHEN TYPE = 1 THEN 'PEN(c:#C03020,w:3px)' ELSE 'PEN(c:#505050,w:1px,p:\"4px 2px\")' END AS OGR_STYLE FROM roads"

# OGR style strings with LABEL parts (sample 69): text, FONTSET font (bold), unknown font, units pt/px/mm/g,
# anchors 1-12, angles, outline (o) and shadow (h) colours; the text is written into the string as OGR writers do
ogr2ogr -f GeoJSON styled_labels.geojson "$SRC/cities.shp" -dialect SQLITE -sql "SELECT NAME, geometry, CASE
  WHEN CAPITAL = 1 THEN 'SYMBOL(id:\"circle\",c:#C02020,s:9px);LABEL(f:\"sans\",bo:1,t:\"' || NAME
    || '\",s:11pt,c:#800000,o:#FFFFFF)'
  WHEN CAPITAL = 2 THEN 'SYMBOL(id:\"circle\",c:#202080,s:6px);LABEL(f:\"sans\",t:\"' || NAME
    || '\",s:3mm,c:#202060,p:' || (CAST(POP / 1000 AS INTEGER) % 12 + 1) || ')'
  ELSE 'LABEL(t:\"' || NAME || '\",s:9px,a:' || (CAST(ANGLE AS INTEGER) % 90) || ',p:5,c:#006000,h:#A0E0A0)' END
  AS OGR_STYLE FROM cities"
ogr2ogr -f GeoJSON styled_label_polys.geojson "$SRC/countries.shp" -dialect SQLITE -sql "SELECT NAME, geometry,
  'BRUSH(fc:#F0E8D0);PEN(c:#909090,w:1px);' || CASE TYPE
  WHEN 'K' THEN 'LABEL(t:\"' || upper(NAME) || '\",s:0.4g,c:#B0A080)'
  ELSE 'LABEL(f:\"Arial\",t:\"' || upper(NAME) || '\",s:20pt,c:#707070,p:5)' END AS OGR_STYLE FROM countries"
ogr2ogr -f GeoJSON styled_label_lines.geojson "$SRC/roads.shp" -dialect SQLITE -sql "SELECT NAME, geometry,
  'PEN(c:#3060C0,w:2px);LABEL(f:\"sans\",t:\"' || NAME || '\",s:8pt,c:#3060C0,o:#FFFFFF,dx:5px,dy:5px)'
  AS OGR_STYLE FROM roads"

# FlatGeobuf with its packed Hilbert R-tree (the default), and one without (SPATIAL_INDEX=NO)
ogr2ogr -f FlatGeobuf countries.fgb "$SRC/countries.shp" -nlt PROMOTE_TO_MULTI
ogr2ogr -f FlatGeobuf roads.fgb "$SRC/roads.shp" -nlt PROMOTE_TO_MULTI
ogr2ogr -f FlatGeobuf cities_noindex.fgb "$SRC/cities.shp" -lco SPATIAL_INDEX=NO

# CSV: WKT column, and X/Y columns (OGR's CSV driver finds lon/lat / x/y columns by name with X_POSSIBLE_NAMES)
ogr2ogr -f CSV cities_wkt.csv "$SRC/cities.shp" -lco GEOMETRY=AS_WKT
ogr2ogr -f CSV roads_wkt.csv "$SRC/roads.shp" -lco GEOMETRY=AS_WKT
ogr2ogr -f CSV cities_xy.csv "$SRC/cities.shp" -lco GEOMETRY=AS_XY
sed -i '1s/^X,Y,/lon,lat,/' cities_xy.csv
cp cities_xy.csv cities_lonlat.csv
rm -f cities_xy.csv
# hex WKB in a CSV column, with an id column (OGR VRT GeometryField encoding="WKB" and <FID>, sample 141)
ogr2ogr -f CSV cities_wkb.csv "$SRC/cities.shp" -dialect SQLITE \
  -sql "SELECT rowid + 100 AS id, NAME, POP, CAPITAL, hex(ST_AsBinary(geometry)) AS wkb FROM cities"

# A vector tile index (TILEINDEX / TILEITEM "location"): roads cut at lon 14.6 into two tile shapefiles, listed with
# paths relative to this directory (the samples' SHAPEPATH); ogrtindex writes "path,layer", MapServer's shapefile
# tile index wants the bare path. index_missing.shp adds a row naming a tile that does not exist.
rm -rf tiles && mkdir tiles
ogr2ogr tiles/roads_west.shp "$SRC/roads.shp" -clipsrc 9 39 14.6 48
ogr2ogr tiles/roads_east.shp "$SRC/roads.shp" -clipsrc 14.6 39 21 48
ogrtindex -tileindex location tiles/raw_index.shp tiles/roads_west.shp tiles/roads_east.shp
ogr2ogr tiles/index.shp tiles/raw_index.shp -dialect SQLITE \
  -sql "SELECT replace(location, ',0', '') AS location, geometry FROM raw_index"
ogr2ogr tiles/index_missing.shp tiles/raw_index.shp -dialect SQLITE \
  -sql "SELECT replace(replace(location, ',0', ''), 'roads_east', 'no_such_tile') AS location, geometry FROM raw_index"
# the raw ogrtindex output ("path,0") is an OGR tile index (CONNECTIONTYPE OGR with TILEINDEX)
for ext in shp shx dbf prj; do mv "tiles/raw_index.$ext" "tiles/ogr_index.$ext"; done
# Text encodings through OGR (samples 145-146): the same two names (Zürich, Genève) as a latin1 CSV (OGR keeps its
# bytes), a latin1 shapefile with a .cpg (GDAL recodes it), a latin1 shapefile whose .dbf LDID byte is 87 (ISO-8859-1,
# no .cpg: GDAL recodes it), a UTF-8 GeoJSON and a GeoPackage; each one shifted east so one map shows them all.
rm -rf encoding && mkdir encoding
printf 'WKT,NAME\n"POINT(0.1 0.7)",Zürich\n"POINT(0.1 0.3)",Genève\n' | iconv -f utf-8 -t latin1 > encoding/latin1.csv
enc_src() { printf 'WKT,NAME\n"POINT(%s 0.7)",Zürich\n"POINT(%s 0.3)",Genève\n' "$1" "$1" > encoding/_src.csv; }
enc_src 0.3; ogr2ogr -lco ENCODING=ISO-8859-1 encoding/latin1_cpg.shp encoding/_src.csv -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
enc_src 0.5; ogr2ogr -lco ENCODING=ISO-8859-1 encoding/latin1_ldid.shp encoding/_src.csv -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
rm encoding/latin1_ldid.cpg; printf '\x57' | dd of=encoding/latin1_ldid.dbf bs=1 seek=29 conv=notrunc 2>/dev/null
enc_src 0.7; ogr2ogr -f GeoJSON encoding/utf8.geojson encoding/_src.csv -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -nln utf8
enc_src 0.9; ogr2ogr -f GPKG encoding/utf8.gpkg encoding/_src.csv -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -nln utf8
rm encoding/_src.csv
# OGR SQL JOIN and UNION ALL (samples 147-148): a directory datasource holding the countries, the lakes and the
# capitals of over a million people with their country's ISO code (a point layer to join on ISO).
rm -rf joindir && mkdir joindir
for l in countries lakes; do for ext in shp shx dbf prj cpg; do cp "$SRC/$l.$ext" joindir/; done; done
ogr2ogr joindir/capitals.shp "$SRC" -dialect SQLITE -sql "SELECT c.NAME AS CAPNAME, c.POP AS CAPPOP, k.ISO AS ISO, \
  c.geometry FROM cities c, countries k WHERE c.CAPITAL = 1 AND c.POP > 1000000 AND ST_Intersects(c.geometry, k.geometry)"
# and an attribute-only stats.dbf (a standalone .dbf is a layer of a shapefile directory; latin1, LDID 87)
printf 'ISO,GDP,NOTE\nOST,120.5,östlich\nVSE,88,west\nOST,999,dup\n' > joindir/_stats.csv
ogr2ogr -f "ESRI Shapefile" joindir/stats.dbf joindir/_stats.csv -oo AUTODETECT_TYPE=YES && rm joindir/_stats.csv
# secondary tables whose rows have no geometry (GDAL joins them all): notes.geojson and its shapefile copy
cat > notes.geojson <<'JSON'
{"type":"FeatureCollection","name":"notes","features":[
{"type":"Feature","properties":{"ISO":"OST","NOTE":"null geometry"},"geometry":null},
{"type":"Feature","properties":{"ISO":"VSE","NOTE":"with geometry"},"geometry":{"type":"Point","coordinates":[15.5,45.2]}},
{"type":"Feature","properties":{"ISO":"WMK","NOTE":"no geometry member"}}
]}
JSON
ogr2ogr -f "ESRI Shapefile" joindir/notes.shp notes.geojson -lco ENCODING=UTF-8
ls -la "$HERE" "$HERE/tiles"
