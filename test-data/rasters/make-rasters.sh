#!/usr/bin/env bash
# Generates the small test rasters of test-data/rasters/ (GDAL 3.6 gdal-bin + python3-gdal + numpy).
# Deterministic: the same GDAL gives the same bytes. All in EPSG:32633 (UTM 33N) around (400000, 5000000)
# unless named otherwise. Run from anywhere: test-data/rasters/make-rasters.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
PY=/usr/bin/python3   # Debian's python3-gdal
export GDAL_PAM_ENABLED=NO   # no .aux.xml side files
rm -f ./*.tif ./*.png ./*.jpg ./*.gif ./*.pgw ./*.jgw ./*.gfw ./*.wld ./*.aux.xml

$PY - <<'PYEOF'
from osgeo import gdal, osr
import numpy as np
gdal.UseExceptions()
srs = osr.SpatialReference(); srs.ImportFromEPSG(32633)
W, H = 160, 120
GT = (400000.0, 25.0, 0.0, 5003000.0, 0.0, -25.0)   # 160x120 pixels of 25 m: 4000 m x 3000 m
y, x = np.mgrid[0:H, 0:W]
# smooth gradients plus 8-pixel blocks, so a pixel's position errors show up as shifted block edges
blocks = ((x // 8 + y // 8) % 2) * 60
r = np.clip(x * 255 // (W - 1) * 0.75 + blocks, 0, 255).astype(np.uint8)
g = np.clip(y * 255 // (H - 1) * 0.75 + blocks, 0, 255).astype(np.uint8)
b = np.clip(255 - (x + y) * 255 // (W + H - 2) * 0.8 + 0, 0, 255).astype(np.uint8)
b[(x - 40) ** 2 + (y - 60) ** 2 < 20 ** 2] = 20

def make(name, dtype, bands, opts, nodata=None, ct=None, gt=GT, w=W, h=H, s=srs):
    ds = gdal.GetDriverByName('MEM').Create('', w, h, len(bands), dtype)
    ds.SetGeoTransform(gt); ds.SetProjection(s.ExportToWkt())
    for i, a in enumerate(bands):
        bd = ds.GetRasterBand(i + 1); bd.WriteArray(a)
        if nodata is not None: bd.SetNoDataValue(nodata)
    if ct is not None:
        ds.GetRasterBand(1).SetRasterColorTable(ct)
    if len(bands) == 4:
        ds.GetRasterBand(4).SetColorInterpretation(gdal.GCI_AlphaBand)
    gdal.GetDriverByName('GTiff').CreateCopy(name, ds, options=opts)

make('rgb.tif', gdal.GDT_Byte, [r, g, b], ['COMPRESS=DEFLATE', 'BLOCKYSIZE=16'])
# alpha: a transparent disc and a half-transparent band on the right
a = np.full((H, W), 255, np.uint8); a[x > 120] = 128; a[(x - 100) ** 2 + (y - 40) ** 2 < 15 ** 2] = 0
make('rgba.tif', gdal.GDT_Byte, [r, g, b, a], ['COMPRESS=PACKBITS', 'ALPHA=YES'])
# palette: 6 classes, index 0 is NODATA (transparent)
idx = ((x // 27) + (y // 40) * 2) % 6 + 0
idx[(x - 80) ** 2 + (y - 60) ** 2 < 25 ** 2] = 0
ct = gdal.ColorTable()
for i, c in enumerate([(0, 0, 0), (230, 80, 60), (60, 170, 80), (70, 110, 220), (240, 210, 60), (150, 90, 190)]):
    ct.SetColorEntry(i, c + (255,))
make('palette.tif', gdal.GDT_Byte, [idx.astype(np.uint8)], ['COMPRESS=PACKBITS'], nodata=0, ct=ct)
# landcover: byte class codes 1..6 without a palette, for CLASS EXPRESSION ([pixel])
make('landcover.tif', gdal.GDT_Byte, [(idx + 1).astype(np.uint8)], ['COMPRESS=LZW'])
# 16-bit elevation 100..2100, NODATA 0 in the top-left corner
dem = (100 + (np.sin(x / 17.0) + np.cos(y / 13.0) + 2) * 500).astype(np.uint16)
dem[(x < 20) & (y < 15)] = 0
make('dem16.tif', gdal.GDT_UInt16, [dem], ['COMPRESS=DEFLATE', 'PREDICTOR=2', 'TILED=YES', 'BLOCKXSIZE=64', 'BLOCKYSIZE=64'], nodata=0)
# 32-bit float -50.5 .. 150.25, NODATA -9999 in a stripe
f = (-50.5 + x * 1.25 + np.sin(y / 9.0) * 10).astype(np.float32)
f[50:58, :] = -9999
make('float32.tif', gdal.GDT_Float32, [f], ['COMPRESS=DEFLATE', 'PREDICTOR=3'], nodata=-9999)
# single band grey for the world-file images
grey = np.clip((x * 2 + y) % 256, 0, 255).astype(np.uint8)
grey[((x // 10) % 4 == 0)] = 255
make('grey-src.tif', gdal.GDT_Byte, [grey], [])
PYEOF

# tiled LZW with internal overviews (nearest) from the same pixels
gdal_translate -q -co TILED=YES -co BLOCKXSIZE=32 -co BLOCKYSIZE=32 -co COMPRESS=LZW -co PREDICTOR=2 rgb.tif rgb-tiled.tif
gdaladdo -q -r nearest rgb-tiled.tif 2 4
# JPEG-compressed YCbCr, as most orthophotos are stored
gdal_translate -q -co TILED=YES -co COMPRESS=JPEG -co PHOTOMETRIC=YCBCR -co JPEG_QUALITY=90 rgb.tif rgb-jpeg.tif
# the same image in EPSG:4326, for reprojection onto a UTM map
gdalwarp -q -t_srs EPSG:4326 -r near -co COMPRESS=DEFLATE rgb.tif rgb-4326.tif
# PixelIsPoint georeferencing (the tie point names a pixel centre)
gdal_translate -q -mo AREA_OR_POINT=Point rgb.tif rgb-point.tif
# images with world files
gdal_translate -q -of PNG -co WORLDFILE=YES grey-src.tif grey.png && mv grey.wld grey.pgw
gdal_translate -q -of JPEG -co WORLDFILE=YES -co QUALITY=92 rgb.tif photo.jpg && mv photo.wld photo.jgw
gdal_translate -q -of GIF -co WORLDFILE=YES palette.tif classes.gif && mv classes.wld classes.gfw
rm -f grey-src.tif ./*.aux.xml


# four tiles of rgb.tif for TILEINDEX, one of them stored in EPSG:4326 (TILESRS), indexed in UTM by gdaltindex
rm -rf tiles tiles.shp tiles.shx tiles.dbf tiles.prj && mkdir tiles
gdal_translate -q -srcwin 0 0 80 60 rgb.tif tiles/nw.tif
gdal_translate -q -srcwin 80 0 80 60 rgb.tif tiles/ne.tif
gdal_translate -q -srcwin 0 60 80 60 rgb.tif tiles/sw.tif
gdal_translate -q -srcwin 80 60 80 60 rgb.tif /tmp/se-utm.$$.tif
gdalwarp -q -t_srs EPSG:4326 -r near /tmp/se-utm.$$.tif tiles/se-4326.tif && rm -f /tmp/se-utm.$$.tif
gdaltindex -t_srs EPSG:32633 -src_srs_name src_srs tiles.shp tiles/nw.tif tiles/ne.tif tiles/sw.tif tiles/se-4326.tif
rm -f ./*.aux.xml tiles/*.aux.xml

# a PNG whose world file rotates it by about 20 degrees (rotation terms B and D), drawn through the resampler
gdal_translate -q -of PNG rgb.tif rotated.png
rm -f rotated.png.aux.xml
printf '%s\n' 23.4923155196 8.5505035831 8.5505035831 -23.4923155196 400500 5003400 > rotated.pgw

# a LUT file (PROCESSING LUT_n=file) and a world file that overrides rgb-jpeg.tif's GeoTIFF tags
# (EXTENT_PRIORITY=WORLD + WORLDFILE): half the pixel size, same corner
printf '0:40,128:100,200:250\n' > blue.lut
printf '%s\n' 12.5 0 0 -12.5 400006.25 5002993.75 > shifted.wld

# an internal (1-bit, deflate) GDAL mask band on an RGB GeoTIFF: a masked-out disc and stripe (USE_MASK_BAND)
GDAL_TIFF_INTERNAL_MASK=YES $PY - <<'PYEOF'
from osgeo import gdal
import numpy as np
gdal.UseExceptions()
src = gdal.Open('rgb.tif')
ds = gdal.GetDriverByName('MEM').CreateCopy('', src)
ds.CreateMaskBand(gdal.GMF_PER_DATASET)
y, x = np.mgrid[0:120, 0:160]
m = np.full((120, 160), 255, np.uint8)
m[(x - 110) ** 2 + (y - 70) ** 2 < 30 ** 2] = 0
m[10:22, :] = 0
ds.GetRasterBand(1).GetMaskBand().WriteArray(m)
gdal.GetDriverByName('GTiff').CreateCopy('rgb-mask.tif', ds, options=['COMPRESS=DEFLATE'])
PYEOF
rm -f ./*.aux.xml

# codecs GDAL writes that ImageIO's TIFF readers lack (samples 120-123): ZSTD with the horizontal predictor, tiled,
# with ZSTD overviews; LZMA on 16-bit with the predictor and on band-interleaved RGB; ZSTD on floats with the
# floating-point predictor in 7-row strips; lossless WebP tiles with an alpha band
gdal_translate -q -co COMPRESS=ZSTD -co PREDICTOR=2 -co TILED=YES -co BLOCKXSIZE=32 -co BLOCKYSIZE=32 rgb.tif rgb-zstd.tif
gdaladdo -q -r nearest --config COMPRESS_OVERVIEW ZSTD rgb-zstd.tif 2 4
gdal_translate -q -co COMPRESS=LZMA -co PREDICTOR=2 -co TILED=YES -co BLOCKXSIZE=64 -co BLOCKYSIZE=64 dem16.tif dem16-lzma.tif
gdal_translate -q -co COMPRESS=LZMA -co INTERLEAVE=BAND rgb.tif rgb-lzma-band.tif
gdal_translate -q -co COMPRESS=ZSTD -co PREDICTOR=3 -co BLOCKYSIZE=7 float32.tif float32-zstd.tif
gdal_translate -q -co COMPRESS=WEBP -co WEBP_LOSSLESS=YES -co TILED=YES -co BLOCKXSIZE=64 -co BLOCKYSIZE=64 rgba.tif rgba-webp.tif
# lossy WebP (quality 75) on RGB: decoded by TwelveMonkeys, not libwebp, so colours may differ by a few units
gdal_translate -q -co COMPRESS=WEBP -co WEBP_LEVEL=75 -co TILED=YES -co BLOCKXSIZE=64 -co BLOCKYSIZE=64 rgb.tif rgb-webp-lossy.tif
rm -f ./*.aux.xml
