#!/usr/bin/env bash
# Generates the rasters beside the hand-written VRTs of vrt/: a GeoTIFF with an external .ovr overview file
# (ovr/) and a tile index whose four tiles are each stored in another projection (mixed/), as msautotest's
# tileindexmixedsrs maps use them. GDAL 3.6 gdal-bin + python3-gdal. Run from anywhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PY=/usr/bin/python3
export GDAL_PAM_ENABLED=NO

# ovr/: a one-pixel checkerboard (black/white, plus a red diagonal) whose .ovr levels are averaged by gdaladdo:
# a map that reads an overview shows grey, one that reads the full resolution shows the pattern.
rm -rf ovr && mkdir ovr
$PY - <<'PYEOF'
from osgeo import gdal, osr
import numpy as np
gdal.UseExceptions()
srs = osr.SpatialReference(); srs.ImportFromEPSG(32633)
W, H = 400, 300
y, x = np.mgrid[0:H, 0:W]
v = (((x + y) % 2) * 255).astype(np.uint8)
r = v.copy(); r[np.abs(x - y) < 6] = 255
g = v.copy(); g[np.abs(x - y) < 6] = 0
b = v.copy(); b[np.abs(x - y) < 6] = 0
ds = gdal.GetDriverByName('GTiff').Create('ovr/checker.tif', W, H, 3, gdal.GDT_Byte, ['COMPRESS=DEFLATE'])
ds.SetGeoTransform((400000.0, 10.0, 0.0, 5003000.0, 0.0, -10.0)); ds.SetProjection(srs.ExportToWkt())
for i, a in enumerate((r, g, b)):
    ds.GetRasterBand(i + 1).WriteArray(a)
ds = None
PYEOF
gdaladdo -q -ro -r average --config COMPRESS_OVERVIEW DEFLATE ovr/checker.tif 2 4 8
# a stale .ovr: made for another (smaller, one-band) file, so it does not match checker.tif
gdal_translate -q -b 1 -outsize 50% 50% ovr/checker.tif ovr/stale.tif
cp ovr/checker.tif ovr/stale-base.tif
mv ovr/stale.tif ovr/stale-base.tif.ovr

# mixed/: rgb.tif cut in four, each quarter warped to another CRS; indexed in EPSG:4326 with the CRS per tile in
# src_srs, except one tile whose src_srs is left empty (its CRS is then the file's own, as GDAL reports it)
rm -rf mixed && mkdir mixed
gdal_translate -q -srcwin 0 0 80 60 rgb.tif mixed/nw-32633.tif
gdal_translate -q -srcwin 80 0 80 60 rgb.tif /tmp/ne.$$.tif
gdalwarp -q -t_srs EPSG:32634 -r near /tmp/ne.$$.tif mixed/ne-32634.tif
gdal_translate -q -srcwin 0 60 80 60 rgb.tif /tmp/sw.$$.tif
gdalwarp -q -t_srs EPSG:4326 -r near /tmp/sw.$$.tif mixed/sw-4326.tif
gdal_translate -q -srcwin 80 60 80 60 rgb.tif /tmp/se.$$.tif
gdalwarp -q -t_srs EPSG:3857 -r near /tmp/se.$$.tif mixed/se-3857.tif
rm -f /tmp/ne.$$.tif /tmp/sw.$$.tif /tmp/se.$$.tif
rm -f mixed.shp mixed.shx mixed.dbf mixed.prj
gdaltindex -t_srs EPSG:4326 -src_srs_name src_srs mixed.shp mixed/nw-32633.tif mixed/ne-32634.tif \
  mixed/sw-4326.tif mixed/se-3857.tif
ogrinfo -q mixed.shp -dialect SQLITE -sql "UPDATE mixed SET src_srs = NULL WHERE location = 'mixed/ne-32634.tif'"
rm -f ./*.aux.xml ovr/*.aux.xml mixed/*.aux.xml

# vrt/gdal/: every hand-written VRT of vrt/ as GDAL 3.6 reads it at full resolution, for VrtRasterSourceTest
rm -rf vrt/gdal && mkdir vrt/gdal
for v in vrt/*.vrt; do
  gdal_translate -q -co COMPRESS=DEFLATE "$v" "vrt/gdal/$(basename "$v" .vrt).tif"
done
rm -f vrt/gdal/*.aux.xml

# alpha255.tif: RGBA whose alpha is 255 everywhere (SCALE=AUTO stretches it to 0 in MapServer 8.0)
$PY - <<'PYEOF'
from osgeo import gdal
gdal.UseExceptions()
src = gdal.Open('rgb.tif')
ds = gdal.GetDriverByName('GTiff').Create('alpha255.tif', 160, 120, 4, gdal.GDT_Byte, ['ALPHA=YES', 'COMPRESS=DEFLATE'])
ds.SetGeoTransform(src.GetGeoTransform()); ds.SetProjection(src.GetProjection())
for i in range(3):
    ds.GetRasterBand(i + 1).WriteArray(src.GetRasterBand(i + 1).ReadAsArray() // 2 + 40)
ds.GetRasterBand(4).Fill(255)
ds = None
PYEOF
rm -f ./*.aux.xml
