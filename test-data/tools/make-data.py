#!/usr/bin/python3
"""Generates the sample corpus data (test-data/data, test-data/symbols/marker.png).

Made-up region "the Calder Peninsula" around 10..20 E, 40..47 N, in EPSG:4326, plus
reprojected copies (EPSG:32633, EPSG:3857) and a few-thousand-point layer for .qix tests.

Deterministic: fixed random seeds, fixed DBF "last update" date, no network.
Needs Debian's python3-gdal (osgeo.ogr) and, for the .qix, mapserver-bin's `shptree`.
Usage: test-data/tools/make-data.py   (from anywhere; writes next to this script's parent)
"""
import math
import os
import random
import struct
import subprocess
import zlib

from osgeo import ogr, osr

ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(ROOT, "data")
SYMBOLS = os.path.join(ROOT, "symbols")

# --------------------------------------------------------------------------- geometry helpers

def jitter_edge(a, b, amplitude, depth=6):
    """Midpoint displacement between a and b; seeded by the (sorted) end points so that the
    two polygons sharing a border get exactly the same vertices."""
    key = tuple(sorted([a, b]))
    rng = random.Random(repr(key))
    p, q = key
    pts = [p, q]
    amp = amplitude
    for _ in range(depth):
        out = [pts[0]]
        for i in range(len(pts) - 1):
            (x1, y1), (x2, y2) = pts[i], pts[i + 1]
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            dx, dy = x2 - x1, y2 - y1
            length = math.hypot(dx, dy) or 1.0
            d = rng.uniform(-amp, amp) * length
            out += [(round(mx - dy / length * d, 5), round(my + dx / length * d, 5)), pts[i + 1]]
        pts = out
        amp *= 0.7
    return pts if (p, q) == (a, b) else list(reversed(pts))


def ring_from_nodes(nodes, amplitude_for):
    pts = []
    for i in range(len(nodes)):
        a, b = nodes[i], nodes[(i + 1) % len(nodes)]
        seg = jitter_edge(a, b, amplitude_for(a, b))
        pts += seg[:-1]
    pts.append(pts[0])
    return pts


def blob(cx, cy, rx, ry, n, seed, rough=0.18):
    rng = random.Random(seed)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        r = 1 + rng.uniform(-rough, rough)
        pts.append((round(cx + rx * r * math.cos(t), 5), round(cy + ry * r * math.sin(t), 5)))
    pts.append(pts[0])
    return pts


def ogr_ring(pts, clockwise):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:]))
    if (area < 0) != clockwise:
        pts = list(reversed(pts))
    for x, y in pts:
        ring.AddPoint_2D(x, y)
    return ring


def polygon(outer, holes=()):
    """Shapefile convention: outer rings clockwise, holes counter-clockwise."""
    g = ogr.Geometry(ogr.wkbPolygon)
    g.AddGeometry(ogr_ring(outer, True))
    for h in holes:
        g.AddGeometry(ogr_ring(h, False))
    return g


def multipolygon(*polys):
    g = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polys:
        g.AddGeometry(p)
    return g


def line(pts):
    g = ogr.Geometry(ogr.wkbLineString)
    for x, y in pts:
        g.AddPoint_2D(x, y)
    return g


def point(x, y):
    g = ogr.Geometry(ogr.wkbPoint)
    g.AddPoint_2D(x, y)
    return g

# --------------------------------------------------------------------------- writing

def srs(epsg):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def write_layer(name, gtype, fields, rows, epsg=4326):
    """rows: list of (geometry, {field: value}). Writes name.shp/.shx/.dbf/.prj/.cpg."""
    path = os.path.join(DATA, name + ".shp")
    drv = ogr.GetDriverByName("ESRI Shapefile")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(name, srs(epsg), gtype, options=["ENCODING=UTF-8"])
    for fname, ftype, width, prec in fields:
        fd = ogr.FieldDefn(fname, ftype)
        fd.SetWidth(width)
        if prec:
            fd.SetPrecision(prec)
        lyr.CreateField(fd)
    for geom, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in attrs.items():
            f.SetField(k, v)
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
    ds = None
    fix_dbf_date(os.path.join(DATA, name + ".dbf"))
    return path


def fix_dbf_date(dbf):
    """DBF bytes 1..3 hold the last-update date; pin it so the files are reproducible."""
    with open(dbf, "r+b") as fh:
        fh.seek(1)
        fh.write(bytes([124, 1, 1]))  # 2024-01-01


def reproject(rows, to_epsg):
    ct = osr.CoordinateTransformation(srs(4326), srs(to_epsg))
    out = []
    for g, a in rows:
        g2 = g.Clone()
        g2.Transform(ct)
        out.append((round_geom(g2, 2), a))
    return out


def round_geom(g, digits):
    return ogr.CreateGeometryFromWkt(g.ExportToWkt(), None) if digits is None else \
        ogr.CreateGeometryFromWkt(_round_wkt(g.ExportToWkt(), digits))


def _round_wkt(wkt, digits):
    import re
    return re.sub(r"-?\d+\.\d+", lambda m: ("%." + str(digits) + "f") % float(m.group()), wkt)

# --------------------------------------------------------------------------- the region

S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal

NODES = {
    "A": (10.3, 44.0), "B": (11.0, 46.5), "C": (14.8, 46.8), "D": (19.0, 46.5),
    "E": (19.5, 44.0), "F": (19.2, 41.5), "G": (16.0, 40.8), "H": (13.0, 40.5),
    "I": (10.5, 41.0), "J": (14.6, 44.2),
}
COAST = {frozenset(p) for p in ["AB", "BC", "CD", "DE", "EF", "FG", "GH", "HI", "IA"]}


def amplitude(a, b):
    na = [k for k, v in NODES.items() if v == a][0]
    nb = [k for k, v in NODES.items() if v == b][0]
    return 0.3 if frozenset(na + nb) in COAST else 0.15


def nodes(s):
    return [NODES[c] for c in s]


ENCLAVE = blob(12.3, 45.3, 0.35, 0.28, 14, "enclave", 0.12)
ISLAND_SE = blob(17.9, 40.15, 0.55, 0.22, 16, "island-se")
ISLAND_SW = blob(9.55, 42.3, 0.18, 0.34, 14, "island-sw")
ISLET_SE = blob(18.9, 40.5, 0.15, 0.1, 10, "islet-se")

COUNTRIES = [
    # NAME, ISO, POP, TYPE (K kingdom, R republic, P principality, F federation), geometry, colour
    ("Westmark", "WMK", 4200000, "K",
     polygon(ring_from_nodes(nodes("ABCJ"), amplitude), [ENCLAVE]), "232 221 190"),
    ("Nørdhavn", "NRD", 2750000, "R", polygon(ring_from_nodes(nodes("CDEJ"), amplitude)),
     "214 228 196"),
    ("Sévéria", "SEV", 6100000, "R",
     multipolygon(polygon(ring_from_nodes(nodes("AJHI"), amplitude)), polygon(ISLAND_SW)),
     "240 214 200"),
    ("Östland", "OST", 8900000, "F",
     multipolygon(polygon(ring_from_nodes(nodes("JEFGH"), amplitude)), polygon(ISLAND_SE),
                  polygon(ISLET_SE)), "226 210 232"),
    ("Vallée-Saint-Élan", "VSE", 38000, "P", polygon(ENCLAVE), "250 240 150"),
]


def countries():
    fields = [("NAME", S, 40, 0), ("ISO", S, 3, 0), ("POP", I, 10, 0), ("TYPE", S, 1, 0),
              ("COLOR", S, 11, 0), ("AREA_KM2", R, 12, 1)]
    rows = []
    for name, iso, pop, typ, geom, colour in COUNTRIES:
        if not geom.IsValid():
            raise SystemExit("invalid geometry for " + name)
        area = geom.GetArea() * 111.0 * 111.0 * math.cos(math.radians(43.5))
        rows.append((geom, {"NAME": name, "ISO": iso, "POP": pop, "TYPE": typ,
                            "COLOR": colour, "AREA_KM2": round(area, 1)}))
    return fields, rows


def admin(country_rows):
    """Provinces: each country cut by a jittered 1.6 x 1.4 degree grid."""
    fields = [("NAME", S, 40, 0), ("COUNTRY", S, 3, 0), ("POP", I, 10, 0), ("TYPE", S, 1, 0),
              ("CODE", I, 4, 0)]
    rng = random.Random(7)
    rows = []
    syll = ["ka", "lo", "ve", "ri", "an", "ta", "mi", "so", "ber", "gor", "lin", "dal"]
    code = 100
    for geom, attrs in country_rows:
        if attrs["ISO"] == "VSE":
            rows.append((geom.Clone(), {"NAME": "Élan", "COUNTRY": "VSE", "POP": 38000,
                                        "TYPE": "U", "CODE": 999}))
            continue
        minx, maxx, miny, maxy = geom.GetEnvelope()
        x = 9.4
        while x < 20.5:
            y = 39.6
            while y < 47.5:
                cell = polygon(ring_from_nodes([(x, y), (x, y + 1.4), (x + 1.6, y + 1.4),
                                                (x + 1.6, y)], lambda a, b: 0.06))
                part = geom.Intersection(cell)
                if part is not None and not part.IsEmpty() and part.GetArea() > 0.02:
                    if part.GetGeometryType() not in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                        part = ogr.ForceToMultiPolygon(part)
                    code += 1
                    name = (rng.choice(syll) + rng.choice(syll) + rng.choice(syll)).capitalize()
                    rows.append((round_geom(part, 5), {
                        "NAME": name, "COUNTRY": attrs["ISO"],
                        "POP": rng.randrange(20, 2000) * 1000,
                        "TYPE": rng.choice("URRMMC"), "CODE": code}))
                y += 1.4
            x += 1.6
    return fields, rows


CITIES = [
    # NAME, lon, lat, POP, CAPITAL (1 national, 2 regional, 0 none), TYPE (PORT/TOWN), ANGLE
    ("Aldenburg", 12.6, 45.9, 1250000, 1, "TOWN"),
    ("Kyrrvik", 17.1, 45.7, 810000, 1, "TOWN"),
    ("Saint-Émeric", 12.0, 42.4, 1900000, 1, "TOWN"),
    ("Großhafen", 16.9, 42.2, 2300000, 1, "PORT"),
    ("Élan", 12.3, 45.3, 21000, 1, "TOWN"),
    ("Marlow", 10.9, 45.2, 240000, 2, "PORT"),
    ("Thornby", 14.0, 46.3, 95000, 0, "TOWN"),
    ("Brück", 13.6, 44.8, 150000, 2, "TOWN"),
    ("Fjellstad", 15.8, 46.1, 130000, 2, "TOWN"),
    ("Ærøby", 18.4, 46.0, 64000, 0, "PORT"),
    ("Vindeln", 18.7, 44.5, 180000, 2, "PORT"),
    ("Hågesund", 16.0, 44.9, 42000, 0, "TOWN"),
    ("Porto Cálido", 10.9, 41.3, 520000, 2, "PORT"),
    ("Montréjeau", 13.3, 43.3, 88000, 0, "TOWN"),
    ("Ciudad Peña", 11.2, 43.1, 310000, 2, "TOWN"),
    ("Łęczyca Nowa", 14.2, 41.4, 67000, 0, "PORT"),
    ("Dvůr Králové", 15.6, 43.6, 400000, 2, "TOWN"),
    ("Szeged-Új", 18.2, 42.9, 155000, 0, "TOWN"),
    ("Κάστρο", 18.0, 40.2, 33000, 0, "PORT"),
    ("Новоград", 18.8, 41.8, 275000, 2, "PORT"),
    ("Zell", 15.0, 42.5, 12000, 0, "TOWN"),
    ("Orrefors", 13.0, 46.0, 18000, 0, "TOWN"),
    ("Bellaria", 12.6, 40.9, 47000, 0, "PORT"),
    ("Tarnów Dolny", 16.6, 41.2, 73000, 0, "PORT"),
]


def cities():
    fields = [("NAME", S, 40, 0), ("POP", I, 10, 0), ("CAPITAL", I, 1, 0), ("TYPE", S, 4, 0),
              ("ANGLE", R, 6, 1)]
    rows = []
    for i, (name, x, y, pop, cap, typ) in enumerate(CITIES):
        rows.append((point(x, y), {"NAME": name, "POP": pop, "CAPITAL": cap, "TYPE": typ,
                                   "ANGLE": float((i * 37) % 360)}))
    return fields, rows


def city(name):
    for c in CITIES:
        if c[0] == name:
            return (c[1], c[2])
    raise KeyError(name)


ROADS = [
    # NAME, CLASS, TYPE code, LANES, city chain
    ("A1", "motorway", 1, 6, ["Marlow", "Aldenburg", "Thornby", "Fjellstad", "Kyrrvik", "Ærøby"]),
    ("A2", "motorway", 1, 4, ["Aldenburg", "Brück", "Montréjeau", "Saint-Émeric"]),
    ("A3", "motorway", 1, 4, ["Saint-Émeric", "Zell", "Großhafen", "Новоград"]),
    ("E45", "primary", 2, 2, ["Kyrrvik", "Hågesund", "Dvůr Králové", "Großhafen"]),
    ("E50", "primary", 2, 2, ["Vindeln", "Szeged-Új", "Großhafen", "Tarnów Dolny"]),
    ("N12", "primary", 2, 2, ["Ciudad Peña", "Saint-Émeric", "Bellaria"]),
    ("N7", "secondary", 3, 2, ["Porto Cálido", "Ciudad Peña", "Marlow"]),
    ("N9", "secondary", 3, 2, ["Brück", "Hågesund", "Vindeln"]),
    ("N21", "secondary", 3, 1, ["Zell", "Łęczyca Nowa", "Bellaria"]),
    ("R3", "track", 4, 1, ["Orrefors", "Aldenburg", "Élan"]),
    ("R8", "track", 4, 1, ["Κάστρο", "Tarnów Dolny"]),
    ("R14", "track", 4, 1, ["Thornby", "Orrefors"]),
]


def roads():
    fields = [("NAME", S, 10, 0), ("CLASS", S, 10, 0), ("TYPE", I, 1, 0), ("LANES", I, 2, 0),
              ("SPEED", I, 3, 0)]
    speed = {"motorway": 130, "primary": 100, "secondary": 80, "track": 30}
    rows = []
    for name, cls, typ, lanes, chain in ROADS:
        pts = []
        for a, b in zip(chain, chain[1:]):
            pts += jitter_edge(city(a), city(b), 0.05, 3)[:-1] if city(a) < city(b) or True else []
        pts.append(city(chain[-1]))
        rows.append((line(pts), {"NAME": name, "CLASS": cls, "TYPE": typ, "LANES": lanes,
                                 "SPEED": speed[cls]}))
    return fields, rows


RIVERS = [
    # NAME, WIDTH (px at 1:5M), points (source .. mouth)
    ("Aller", 3, [(14.2, 46.2), (13.1, 45.7), (12.6, 45.0), (11.5, 44.6), (10.45, 44.3)]),
    ("Rhôme", 4, [(16.5, 46.4), (16.2, 45.2), (15.4, 44.1), (14.9, 43.0), (14.5, 41.9),
                  (14.1, 40.7)]),
    ("Vardø", 2, [(18.1, 45.1), (18.6, 44.3), (19.3, 43.9)]),
    ("Sillon", 2, [(12.9, 43.9), (12.3, 43.0), (11.4, 42.2), (10.6, 41.5)]),
    ("Tisza Kicsi", 1, [(17.6, 43.7), (17.9, 42.6), (18.5, 41.7)]),
]


def rivers():
    fields = [("NAME", S, 20, 0), ("WIDTH", I, 2, 0), ("NAVIGABLE", S, 1, 0)]
    rows = []
    for name, width, pts in RIVERS:
        full = []
        for a, b in zip(pts, pts[1:]):
            full += jitter_edge(a, b, 0.15, 3)[:-1]
        full.append(pts[-1])
        rows.append((line(full), {"NAME": name, "WIDTH": width,
                                  "NAVIGABLE": "Y" if width >= 3 else "N"}))
    # a tributary stored as a multi-line (two parts)
    g = ogr.Geometry(ogr.wkbMultiLineString)
    g.AddGeometry(line(jitter_edge((17.2, 44.6), (16.0, 44.3), 0.15, 3)))
    g.AddGeometry(line(jitter_edge((15.9, 45.6), (16.25, 45.0), 0.15, 3)))
    rows.append((g, {"NAME": "Brava", "WIDTH": 1, "NAVIGABLE": "N"}))
    return fields, rows


def lakes():
    fields = [("NAME", S, 30, 0), ("AREA_KM2", R, 10, 1), ("DEPTH_M", I, 4, 0)]
    big = blob(15.2, 45.5, 0.45, 0.25, 24, "lake-big", 0.15)
    island = blob(15.25, 45.5, 0.09, 0.06, 9, "lake-island", 0.1)
    rows = [
        (polygon(big, [island]), {"NAME": "Lac de Nørre", "AREA_KM2": 1650.0, "DEPTH_M": 310}),
        (polygon(blob(17.7, 44.0, 0.25, 0.15, 16, "lake-2")), {"NAME": "Sjön Ärla",
                                                               "AREA_KM2": 420.5, "DEPTH_M": 88}),
        (polygon(blob(12.9, 42.0, 0.2, 0.13, 14, "lake-3")), {"NAME": "Lago Verde",
                                                              "AREA_KM2": 210.0, "DEPTH_M": 45}),
    ]
    return fields, rows


def poi():
    """A few thousand points (survey benchmarks) clustered around the cities, for .qix."""
    fields = [("ID", I, 6, 0), ("KIND", S, 8, 0), ("ELEV", I, 5, 0)]
    rng = random.Random(42)
    kinds = ["spring", "peak", "shelter", "mine", "tower"]
    rows = []
    for i in range(4000):
        cx, cy = CITIES[i % len(CITIES)][1:3]
        x = round(cx + rng.gauss(0, 0.35), 4)
        y = round(cy + rng.gauss(0, 0.25), 4)
        rows.append((point(x, y), {"ID": i + 1, "KIND": kinds[rng.randrange(len(kinds))],
                                   "ELEV": rng.randrange(0, 2800)}))
    rows.sort(key=lambda r: r[1]["ID"])
    return fields, rows

# --------------------------------------------------------------------------- pixmap symbol

def write_png(path, w, h, pixel):
    """A tiny RGBA PNG writer (no PIL needed)."""
    raw = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as fh:
        fh.write(png)


def marker_pixel(x, y):
    """16x16 map pin: red disc with white centre and dark rim, transparent elsewhere."""
    d = math.hypot(x - 7.5, y - 7.5)
    if d <= 2.5:
        return (255, 255, 255, 255)
    if d <= 6.0:
        return (200, 30, 30, 255)
    if d <= 7.5:
        return (90, 10, 10, 255)
    return (0, 0, 0, 0)

# --------------------------------------------------------------------------- main

def main():
    os.makedirs(DATA, exist_ok=True)
    c_fields, c_rows = countries()
    write_layer("countries", ogr.wkbPolygon, c_fields, c_rows)
    write_layer("admin", ogr.wkbPolygon, *admin(c_rows))
    ci_fields, ci_rows = cities()
    write_layer("cities", ogr.wkbPoint, ci_fields, ci_rows)
    write_layer("roads", ogr.wkbLineString, *roads())
    write_layer("rivers", ogr.wkbLineString, *rivers())
    write_layer("lakes", ogr.wkbPolygon, *lakes())
    write_layer("cities_utm33", ogr.wkbPoint, ci_fields, reproject(ci_rows, 32633), 32633)
    write_layer("countries_3857", ogr.wkbPolygon, c_fields, reproject(c_rows, 3857), 3857)
    write_layer("poi", ogr.wkbPoint, *poi())
    try:
        subprocess.run(["shptree", os.path.join(DATA, "poi.shp"), "6"], check=True,
                       stdout=subprocess.DEVNULL)
    except FileNotFoundError:
        raise SystemExit("shptree not found: apt-get install -y mapserver-bin")
    write_png(os.path.join(SYMBOLS, "marker.png"), 16, 16, marker_pixel)


if __name__ == "__main__":
    main()
