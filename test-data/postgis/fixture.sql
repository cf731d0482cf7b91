-- Fixture data for the PostGIS tests and samples/postgis/*.map (loaded by PostgisCluster into a throwaway
-- cluster). Everything is generated here, deterministically, so no binary fixture is committed.
CREATE EXTENSION IF NOT EXISTS postgis;

-- 12 x 8 grid of square parcels, every attribute type MapServer maps differently
CREATE TABLE parcels (
    gid serial PRIMARY KEY,
    name varchar(40),
    pop integer,
    big bigint,
    density double precision,
    share numeric(8,3),
    ratio real,
    kind text,
    active boolean,
    built date,
    geom geometry(Polygon, 4326)
);
INSERT INTO parcels (name, pop, big, density, share, ratio, kind, active, built, geom)
SELECT 'parcel ' || (i * 8 + j),
       (i * 37 + j * 11) % 100 * 100,
       (i * 8 + j)::bigint * 10000000000,
       ((i * 7 + j * 3) % 50) / 4.0,
       ((i + j) % 9) * 1.125,
       (i * 8 + j) / 3.0,
       CASE (i + 2 * j) % 3 WHEN 0 THEN 'forest' WHEN 1 THEN 'farm' ELSE 'town' END,
       (i + j) % 2 = 0,
       DATE '2000-01-01' + (i * 8 + j) * 30,
       ST_MakeEnvelope(i * 10 + 0.5, j * 10 + 0.5, i * 10 + 9.5, j * 10 + 9.5, 4326)
FROM generate_series(0, 11) i, generate_series(0, 7) j;
-- one parcel with a hole and one with a NULL geometry (skipped, as MapServer skips it)
INSERT INTO parcels (name, pop, kind, geom) VALUES
  ('donut', 5000, 'lake', ST_GeomFromText('POLYGON((20 85,40 85,40 99,20 99,20 85),(25 88,35 88,35 96,25 96,25 88))', 4326)),
  ('nowhere', 1, 'farm', NULL);
CREATE INDEX parcels_geom ON parcels USING gist (geom);

-- roads: multilines crossing the grid
CREATE TABLE roads (
    id integer PRIMARY KEY,
    class text,
    lanes smallint,
    geom geometry(MultiLineString, 4326)
);
INSERT INTO roads
SELECT k, CASE WHEN k % 3 = 0 THEN 'highway' ELSE 'street' END, 1 + k % 4,
       ST_Multi(ST_MakeLine(ARRAY[ST_MakePoint(0, k * 9 + 3), ST_MakePoint(60, k * 9 + 8 - k % 5),
                                   ST_MakePoint(120, k * 9 + 1)]))::geometry(MultiLineString, 4326)
FROM generate_series(0, 9) k;

-- towns: points
CREATE TABLE towns (
    id integer PRIMARY KEY,
    name text,
    pop integer,
    capital boolean,
    geom geometry(Point, 4326)
);
INSERT INTO towns
SELECT n, 'Town ' || n, (n * 7919) % 100000, n % 7 = 0,
       ST_SetSRID(ST_MakePoint((n * 37) % 118 + 1, (n * 53) % 78 + 1), 4326)
FROM generate_series(1, 60) n;

-- a 3D table: MapServer draws its X/Y only
CREATE TABLE peaks3d (
    id integer PRIMARY KEY,
    height double precision,
    geom geometry(PolygonZ, 4326)
);
INSERT INTO peaks3d
SELECT n, n * 100.5,
       ST_SetSRID(ST_MakePolygon(ST_MakeLine(ARRAY[
           ST_MakePoint(n * 11, 40, n * 10), ST_MakePoint(n * 11 + 5, 50, n * 10 + 1),
           ST_MakePoint(n * 11 + 10, 40, n * 10 + 2), ST_MakePoint(n * 11, 40, n * 10)])), 4326)
FROM generate_series(0, 9) n;

-- a second schema with a table of the same name as nothing in public
CREATE SCHEMA other;
CREATE TABLE other.lakes (
    lake_id integer PRIMARY KEY,
    lake_name text,
    depth numeric(6,1),
    geom geometry(MultiPolygon, 3857)
);
INSERT INTO other.lakes
SELECT n, 'Lake ' || n, n * 12.5,
       ST_Multi(ST_Buffer(ST_Transform(ST_SetSRID(ST_MakePoint(n * 13 + 5, 30 + (n % 3) * 15), 4326), 3857),
                          400000, 8))::geometry(MultiPolygon, 3857)
FROM generate_series(0, 8) n;

ANALYZE;
