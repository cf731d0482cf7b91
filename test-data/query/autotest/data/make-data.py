#!/usr/bin/env python3
"""Generates the counties / quads shapefiles the msautotest-style query maps use (our own data: a 6x6 grid of
jittered quadrilateral 'counties' and a 12x12 grid of 'quads' over EXTENT 125000 4785000 789000 5489000)."""
import json, math, os, random, subprocess
here = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(62)
x0, y0, x1, y1 = 125000, 4785000, 789000, 5489000
n = 6
xs = [x0 + (x1 - x0) * i / n for i in range(n + 1)]
ys = [y0 + (y1 - y0) * j / n for j in range(n + 1)]
pts = {}
for i in range(n + 1):
    for j in range(n + 1):
        jx = 0 if i in (0, n) else rnd.uniform(-25000, 25000)
        jy = 0 if j in (0, n) else rnd.uniform(-25000, 25000)
        pts[i, j] = (round(xs[i] + jx, 3), round(ys[j] + jy, 3))
names = ["Alder", "Ashby", "Aurel", "Birchwood", "Bramble", "Brook", "Carrow", "Cedar Falls", "Clover", "Dunmore",
         "Elm Ridge", "Fairholm", "Glenvale", "Harrow", "Iverly", "Juniper", "Kestrel", "Lake of the Pines",
         "Linden", "Marsh Hollow", "Norrow", "Oakmere", "Pell", "Quarry", "Redfern", "Saltby", "Thistle", "Upton",
         "Vale", "Willow", "Wren", "Yarrow", "Zell", "Ashgrove", "Burnside", "Crestline"]
feats = []
k = 0
for j in range(n):
    for i in range(n):
        ring = [pts[i, j], pts[i, j + 1], pts[i + 1, j + 1], pts[i + 1, j], pts[i, j]]
        area = 0.5 * abs(sum(ring[a][0] * ring[a + 1][1] - ring[a + 1][0] * ring[a][1] for a in range(4)))
        per = sum(math.dist(ring[a], ring[a + 1]) for a in range(4))
        name = names[k]
        feats.append({"type": "Feature", "properties": {
            "cty_name": name, "cty_abbr": name.replace(" ", "")[:4].upper(), "cty_fips": 2 * k + 1,
            "area": round(area / 1e6, 3), "perimeter": round(per, 3),
            "lastmod": "2011-01-01 00:00:00" if k % 3 else "2012-06-30 12:00:00"},
            "geometry": {"type": "Polygon", "coordinates": [ring]}})
        k += 1
quads = []
m = 12
for j in range(m):
    for i in range(m):
        ax, bx = x0 + (x1 - x0) * i / m, x0 + (x1 - x0) * (i + 1) / m
        ay, by = y0 + (y1 - y0) * j / m, y0 + (y1 - y0) * (j + 1) / m
        quads.append({"type": "Feature", "properties": {"TILE_NAME": "Quad %c%02d" % (65 + j, i + 1),
                                                        "TILE_NUM": j * m + i},
                      "geometry": {"type": "Polygon", "coordinates": [[[ax, ay], [ax, by], [bx, by], [bx, ay],
                                                                       [ax, ay]]]}})
for name, fs in (("counties", feats), ("quads", quads)):
    src = os.path.join(here, name + ".geojson")
    with open(src, "w") as f:
        json.dump({"type": "FeatureCollection", "features": fs}, f)
    subprocess.run(["ogr2ogr", "-f", "ESRI Shapefile", "-overwrite", "-mapFieldType", "Date=String,DateTime=String", os.path.join(here, name + ".shp"), src],
                   check=True)
    os.remove(src)
    os.remove(os.path.join(here, name + ".prj"))
# the same layers in one GeoPackage for the CONNECTIONTYPE OGR variant (query_ogr.map)
gpkg = os.path.join(here, "counties_quads.gpkg")
if os.path.exists(gpkg):
    os.remove(gpkg)
subprocess.run(["ogr2ogr", "-f", "GPKG", gpkg, os.path.join(here, "counties.shp"), "-nln", "counties"], check=True)
subprocess.run(["ogr2ogr", "-f", "GPKG", "-update", gpkg, os.path.join(here, "quads.shp"), "-nln", "quads"], check=True)
