-- Data equivalent to what MapServer's msautotest/create_postgis_test_data.sh loads into database "msautotest"
-- (that script loads msautotest's own shapefiles, which are not part of this project): generated here, loaded
-- into the throwaway cluster by MsautotestPostgisSuiteTest and test-data/postgis/msautotest/regenerate-expected.sh.
--
-- bdry_counpy2: 87 county-like polygons with the columns msautotest's maps use (gid, cty_name, cty_abbr, cty_fips,
--   lastmod, the_geom with SRID 0 as shp2pgsql writes it without -s), the Voronoi cells of fixed points over the
--   suite's extent (UTM-like metres), clipped to a state outline;
-- indx_q100kpy4: a 100 km tile index over the same area (tile_name);
-- point3d ... multipolygon3d, test_wfs_paging: the 3D and paging tables, as the script creates them.
CREATE TEMP TABLE seeds (gid int, cty_name text, cty_abbr text, cty_fips int, lastmod date, pt geometry);
INSERT INTO seeds VALUES
  (1, 'Aitkin', 'AITK', 1, date '2009-01-01' + 0, ST_SetSRID(ST_MakePoint(475000.0, 5035000.0), 0)),
  (2, 'Anoka', 'ANOK', 3, date '2009-01-01' + 37, ST_SetSRID(ST_MakePoint(332500.0, 5253000.0), 0)),
  (3, 'Becker', 'BECK', 5, date '2009-01-01' + 74, ST_SetSRID(ST_MakePoint(617500.0, 4889666.7), 0)),
  (4, 'Beltrami', 'BELT', 7, date '2009-01-01' + 111, ST_SetSRID(ST_MakePoint(261250.0, 5107666.7), 0)),
  (5, 'Benton', 'BENT', 9, date '2009-01-01' + 148, ST_SetSRID(ST_MakePoint(546250.0, 5325666.7), 0)),
  (6, 'Big Stone', 'BIGS', 11, date '2009-01-01' + 185, ST_SetSRID(ST_MakePoint(403750.0, 4962333.3), 0)),
  (7, 'Blue Earth', 'BLUE', 13, date '2009-01-01' + 222, ST_SetSRID(ST_MakePoint(688750.0, 5180333.3), 0)),
  (8, 'Brown', 'BROW', 15, date '2009-01-01' + 259, ST_SetSRID(ST_MakePoint(225625.0, 5398333.3), 0)),
  (9, 'Carlton', 'CARL', 17, date '2009-01-01' + 296, ST_SetSRID(ST_MakePoint(510625.0, 4841222.2), 0)),
  (10, 'Carver', 'CARV', 19, date '2009-01-01' + 333, ST_SetSRID(ST_MakePoint(368125.0, 5059222.2), 0)),
  (11, 'Cass', 'CASS', 21, date '2009-01-01' + 370, ST_SetSRID(ST_MakePoint(653125.0, 5277222.2), 0)),
  (12, 'Chippewa', 'CHIP', 23, date '2009-01-01' + 407, ST_SetSRID(ST_MakePoint(296875.0, 4913888.9), 0)),
  (13, 'Chisago', 'CHIS', 25, date '2009-01-01' + 444, ST_SetSRID(ST_MakePoint(581875.0, 5131888.9), 0)),
  (14, 'Clay', 'CLAY', 27, date '2009-01-01' + 481, ST_SetSRID(ST_MakePoint(439375.0, 5349888.9), 0)),
  (15, 'Clearwater', 'CLEA', 29, date '2009-01-01' + 518, ST_SetSRID(ST_MakePoint(724375.0, 4986555.6), 0)),
  (16, 'Cook', 'COOK', 31, date '2009-01-01' + 555, ST_SetSRID(ST_MakePoint(207812.5, 5204555.6), 0)),
  (17, 'Cottonwood', 'COTT', 33, date '2009-01-01' + 592, ST_SetSRID(ST_MakePoint(492812.5, 5422555.6), 0)),
  (18, 'Crow Wing', 'CROW', 35, date '2009-01-01' + 629, ST_SetSRID(ST_MakePoint(350312.5, 4865444.4), 0)),
  (19, 'Dakota', 'DAKO', 37, date '2009-01-01' + 666, ST_SetSRID(ST_MakePoint(635312.5, 5083444.4), 0)),
  (20, 'Dodge', 'DODG', 39, date '2009-01-01' + 703, ST_SetSRID(ST_MakePoint(279062.5, 5301444.4), 0)),
  (21, 'Douglas', 'DOUG', 41, date '2009-01-01' + 740, ST_SetSRID(ST_MakePoint(564062.5, 4938111.1), 0)),
  (22, 'Faribault', 'FARI', 43, date '2009-01-01' + 777, ST_SetSRID(ST_MakePoint(421562.5, 5156111.1), 0)),
  (23, 'Fillmore', 'FILL', 45, date '2009-01-01' + 814, ST_SetSRID(ST_MakePoint(706562.5, 5374111.1), 0)),
  (24, 'Freeborn', 'FREE', 47, date '2009-01-01' + 851, ST_SetSRID(ST_MakePoint(243437.5, 5010777.8), 0)),
  (25, 'Goodhue', 'GOOD', 49, date '2009-01-01' + 888, ST_SetSRID(ST_MakePoint(528437.5, 5228777.8), 0)),
  (26, 'Grant', 'GRAN', 51, date '2009-01-01' + 25, ST_SetSRID(ST_MakePoint(385937.5, 5446777.8), 0)),
  (27, 'Hennepin', 'HENN', 53, date '2009-01-01' + 62, ST_SetSRID(ST_MakePoint(670937.5, 4825074.1), 0)),
  (28, 'Houston', 'HOUS', 55, date '2009-01-01' + 99, ST_SetSRID(ST_MakePoint(314687.5, 5043074.1), 0)),
  (29, 'Hubbard', 'HUBB', 57, date '2009-01-01' + 136, ST_SetSRID(ST_MakePoint(599687.5, 5261074.1), 0)),
  (30, 'Isanti', 'ISAN', 59, date '2009-01-01' + 173, ST_SetSRID(ST_MakePoint(457187.5, 4897740.7), 0)),
  (31, 'Itasca', 'ITAS', 61, date '2009-01-01' + 210, ST_SetSRID(ST_MakePoint(742187.5, 5115740.7), 0)),
  (32, 'Jackson', 'JACK', 63, date '2009-01-01' + 247, ST_SetSRID(ST_MakePoint(198906.2, 5333740.7), 0)),
  (33, 'Kanabec', 'KANA', 65, date '2009-01-01' + 284, ST_SetSRID(ST_MakePoint(483906.2, 4970407.4), 0)),
  (34, 'Kandiyohi', 'KAND', 67, date '2009-01-01' + 321, ST_SetSRID(ST_MakePoint(341406.2, 5188407.4), 0)),
  (35, 'Kittson', 'KITT', 69, date '2009-01-01' + 358, ST_SetSRID(ST_MakePoint(626406.2, 5406407.4), 0)),
  (36, 'Koochiching', 'KOOC', 71, date '2009-01-01' + 395, ST_SetSRID(ST_MakePoint(270156.2, 4849296.3), 0)),
  (37, 'Lac qui Parle', 'LACQ', 73, date '2009-01-01' + 432, ST_SetSRID(ST_MakePoint(555156.2, 5067296.3), 0)),
  (38, 'Lake', 'LAKE', 75, date '2009-01-01' + 469, ST_SetSRID(ST_MakePoint(412656.2, 5285296.3), 0)),
  (39, 'Lake of the Woods', 'LAKF', 77, date '2009-01-01' + 506, ST_SetSRID(ST_MakePoint(697656.2, 4921963.0), 0)),
  (40, 'Le Sueur', 'LESU', 79, date '2009-01-01' + 543, ST_SetSRID(ST_MakePoint(234531.2, 5139963.0), 0)),
  (41, 'Lincoln', 'LINC', 81, date '2009-01-01' + 580, ST_SetSRID(ST_MakePoint(519531.2, 5357963.0), 0)),
  (42, 'Lyon', 'LYON', 83, date '2009-01-01' + 617, ST_SetSRID(ST_MakePoint(377031.2, 4994629.6), 0)),
  (43, 'McLeod', 'MCLE', 85, date '2009-01-01' + 654, ST_SetSRID(ST_MakePoint(662031.2, 5212629.6), 0)),
  (44, 'Mahnomen', 'MAHN', 87, date '2009-01-01' + 691, ST_SetSRID(ST_MakePoint(305781.2, 5430629.6), 0)),
  (45, 'Marshall', 'MARS', 89, date '2009-01-01' + 728, ST_SetSRID(ST_MakePoint(590781.2, 4873518.5), 0)),
  (46, 'Martin', 'MART', 91, date '2009-01-01' + 765, ST_SetSRID(ST_MakePoint(448281.2, 5091518.5), 0)),
  (47, 'Meeker', 'MEEK', 93, date '2009-01-01' + 802, ST_SetSRID(ST_MakePoint(733281.2, 5309518.5), 0)),
  (48, 'Mille Lacs', 'MILL', 95, date '2009-01-01' + 839, ST_SetSRID(ST_MakePoint(216718.8, 4946185.2), 0)),
  (49, 'Morrison', 'MORR', 97, date '2009-01-01' + 876, ST_SetSRID(ST_MakePoint(501718.8, 5164185.2), 0)),
  (50, 'Mower', 'MOWE', 99, date '2009-01-01' + 13, ST_SetSRID(ST_MakePoint(359218.8, 5382185.2), 0)),
  (51, 'Murray', 'MURR', 101, date '2009-01-01' + 50, ST_SetSRID(ST_MakePoint(644218.8, 5018851.9), 0)),
  (52, 'Nicollet', 'NICO', 103, date '2009-01-01' + 87, ST_SetSRID(ST_MakePoint(287968.8, 5236851.9), 0)),
  (53, 'Nobles', 'NOBL', 105, date '2009-01-01' + 124, ST_SetSRID(ST_MakePoint(572968.8, 5454851.9), 0)),
  (54, 'Norman', 'NORM', 107, date '2009-01-01' + 161, ST_SetSRID(ST_MakePoint(430468.8, 4833148.1), 0)),
  (55, 'Olmsted', 'OLMS', 109, date '2009-01-01' + 198, ST_SetSRID(ST_MakePoint(715468.8, 5051148.1), 0)),
  (56, 'Otter Tail', 'OTTE', 111, date '2009-01-01' + 235, ST_SetSRID(ST_MakePoint(252343.8, 5269148.1), 0)),
  (57, 'Pennington', 'PENN', 113, date '2009-01-01' + 272, ST_SetSRID(ST_MakePoint(537343.8, 4905814.8), 0)),
  (58, 'Pine', 'PINE', 115, date '2009-01-01' + 309, ST_SetSRID(ST_MakePoint(394843.8, 5123814.8), 0)),
  (59, 'Pipestone', 'PIPE', 117, date '2009-01-01' + 346, ST_SetSRID(ST_MakePoint(679843.8, 5341814.8), 0)),
  (60, 'Polk', 'POLK', 119, date '2009-01-01' + 383, ST_SetSRID(ST_MakePoint(323593.8, 4978481.5), 0)),
  (61, 'Pope', 'POPE', 121, date '2009-01-01' + 420, ST_SetSRID(ST_MakePoint(608593.8, 5196481.5), 0)),
  (62, 'Ramsey', 'RAMS', 123, date '2009-01-01' + 457, ST_SetSRID(ST_MakePoint(466093.8, 5414481.5), 0)),
  (63, 'Red Lake', 'REDL', 125, date '2009-01-01' + 494, ST_SetSRID(ST_MakePoint(751093.8, 4857370.4), 0)),
  (64, 'Redwood', 'REDW', 127, date '2009-01-01' + 531, ST_SetSRID(ST_MakePoint(194453.1, 5075370.4), 0)),
  (65, 'Renville', 'RENV', 129, date '2009-01-01' + 568, ST_SetSRID(ST_MakePoint(479453.1, 5293370.4), 0)),
  (66, 'Rice', 'RICE', 131, date '2009-01-01' + 605, ST_SetSRID(ST_MakePoint(336953.1, 4930037.0), 0)),
  (67, 'Rock', 'ROCK', 133, date '2009-01-01' + 642, ST_SetSRID(ST_MakePoint(621953.1, 5148037.0), 0)),
  (68, 'Roseau', 'ROSE', 135, date '2009-01-01' + 679, ST_SetSRID(ST_MakePoint(265703.1, 5366037.0), 0)),
  (69, 'St. Louis', 'STLO', 137, date '2009-01-01' + 716, ST_SetSRID(ST_MakePoint(550703.1, 5002703.7), 0)),
  (70, 'Scott', 'SCOT', 139, date '2009-01-01' + 753, ST_SetSRID(ST_MakePoint(408203.1, 5220703.7), 0)),
  (71, 'Sherburne', 'SHER', 141, date '2009-01-01' + 790, ST_SetSRID(ST_MakePoint(693203.1, 5438703.7), 0)),
  (72, 'Sibley', 'SIBL', 143, date '2009-01-01' + 827, ST_SetSRID(ST_MakePoint(230078.1, 4881592.6), 0)),
  (73, 'Stearns', 'STEA', 145, date '2009-01-01' + 864, ST_SetSRID(ST_MakePoint(515078.1, 5099592.6), 0)),
  (74, 'Steele', 'STEE', 147, date '2009-01-01' + 1, ST_SetSRID(ST_MakePoint(372578.1, 5317592.6), 0)),
  (75, 'Stevens', 'STEV', 149, date '2009-01-01' + 38, ST_SetSRID(ST_MakePoint(657578.1, 4954259.3), 0)),
  (76, 'Swift', 'SWIF', 151, date '2009-01-01' + 75, ST_SetSRID(ST_MakePoint(301328.1, 5172259.3), 0)),
  (77, 'Todd', 'TODD', 153, date '2009-01-01' + 112, ST_SetSRID(ST_MakePoint(586328.1, 5390259.3), 0)),
  (78, 'Traverse', 'TRAV', 155, date '2009-01-01' + 149, ST_SetSRID(ST_MakePoint(443828.1, 5026925.9), 0)),
  (79, 'Wabasha', 'WABA', 157, date '2009-01-01' + 186, ST_SetSRID(ST_MakePoint(728828.1, 5244925.9), 0)),
  (80, 'Wadena', 'WADE', 159, date '2009-01-01' + 223, ST_SetSRID(ST_MakePoint(212265.6, 5462925.9), 0)),
  (81, 'Waseca', 'WASE', 161, date '2009-01-01' + 260, ST_SetSRID(ST_MakePoint(497265.6, 4819691.4), 0)),
  (82, 'Washington', 'WASH', 163, date '2009-01-01' + 297, ST_SetSRID(ST_MakePoint(354765.6, 5037691.4), 0)),
  (83, 'Watonwan', 'WATO', 165, date '2009-01-01' + 334, ST_SetSRID(ST_MakePoint(639765.6, 5255691.4), 0)),
  (84, 'Wilkin', 'WILK', 167, date '2009-01-01' + 371, ST_SetSRID(ST_MakePoint(283515.6, 4892358.0), 0)),
  (85, 'Winona', 'WINO', 169, date '2009-01-01' + 408, ST_SetSRID(ST_MakePoint(568515.6, 5110358.0), 0)),
  (86, 'Wright', 'WRIG', 171, date '2009-01-01' + 445, ST_SetSRID(ST_MakePoint(426015.6, 5328358.0), 0)),
  (87, 'Yellow Medicine', 'YELL', 173, date '2009-01-01' + 482, ST_SetSRID(ST_MakePoint(711015.6, 4965024.7), 0));

CREATE TABLE bdry_counpy2 (gid serial PRIMARY KEY, area float8, perimeter float8, cty_name varchar(20),
  cty_abbr varchar(4), cty_fips int, lastmod date, the_geom geometry(MultiPolygon, 0));
WITH state AS (
  SELECT ST_GeomFromText('POLYGON((189000 4816000, 761000 4816000, 761000 5180000, 700000 5260000,
    640000 5330000, 520000 5300000, 430000 5400000, 330000 5472000, 189000 5472000, 189000 4816000))', 0) AS g
), cells AS (
  SELECT (ST_Dump(ST_VoronoiPolygons(ST_Collect(pt), 0, (SELECT ST_Expand(g, 50000) FROM state)))).geom AS cell
  FROM seeds
)
INSERT INTO bdry_counpy2 (gid, area, perimeter, cty_name, cty_abbr, cty_fips, lastmod, the_geom)
SELECT s.gid, ST_Area(c.g), ST_Perimeter(c.g), s.cty_name, s.cty_abbr, s.cty_fips, s.lastmod, ST_Multi(c.g)
FROM seeds s
JOIN LATERAL (
  SELECT ST_Intersection(cells.cell, state.g) AS g FROM cells, state WHERE ST_Contains(cells.cell, s.pt)
) c ON true
ORDER BY s.gid;
SELECT setval('bdry_counpy2_gid_seq', 87);

CREATE TABLE indx_q100kpy4 (gid serial PRIMARY KEY, tile_name varchar(12), the_geom geometry(Polygon, 0));
INSERT INTO indx_q100kpy4 (tile_name, the_geom)
SELECT 'Q' || i || '-' || j, ST_MakeEnvelope(189000 + i * 100000, 4816000 + j * 100000,
  189000 + (i + 1) * 100000, 4816000 + (j + 1) * 100000, 0)
FROM generate_series(0, 5) i, generate_series(0, 6) j ORDER BY j, i;

CREATE TABLE point3d (id serial PRIMARY KEY, the_geom geometry(PointZ, 27700));
INSERT INTO point3d (the_geom) VALUES ('SRID=27700;POINT(1 2 3)');
CREATE TABLE multipoint3d (id serial PRIMARY KEY, the_geom geometry(MultiPointZ, 27700));
INSERT INTO multipoint3d (the_geom) VALUES ('SRID=27700;MULTIPOINT(1 2 3,4 5 6)');
CREATE TABLE linestring3d (id serial PRIMARY KEY, the_geom geometry(LineStringZ, 27700));
INSERT INTO linestring3d (the_geom) VALUES ('SRID=27700;LINESTRING(1 2 3,4 5 6)');
CREATE TABLE multilinestring3d (id serial PRIMARY KEY, the_geom geometry(MultiLineStringZ, 27700));
INSERT INTO multilinestring3d (the_geom) VALUES ('SRID=27700;MULTILINESTRING((1 2 3,4 5 6),(7 8 9,10 11 12))');
CREATE TABLE polygon3d (id serial PRIMARY KEY, the_geom geometry(PolygonZ, 27700));
INSERT INTO polygon3d (the_geom) VALUES ('SRID=27700;POLYGON((0 0 1,10 0 2,10 10 3,0 10 4,0 0 1))'),
  ('SRID=27700;POLYGON((0 0 1,10 0 2,10 10 3,0 10 4,0 0 1),(1 1 2,1 9 3,9 9 4,9 1 5,1 1 2))');
CREATE TABLE multipolygon3d (id serial PRIMARY KEY, the_geom geometry(MultiPolygonZ, 27700));
INSERT INTO multipolygon3d (the_geom) VALUES ('SRID=27700;MULTIPOLYGON(((0 0 1,10 0 2,10 10 3,0 10 4,0 0 1),'
  || '(1 1 2,1 9 3,9 9 4,9 1 5,1 1 2)),((10 10 0,10 20 1,20 20 2,20 10 3,10 10 0)))');
CREATE TABLE test_wfs_paging (id serial PRIMARY KEY, the_geom geometry(LineString, 27700));
INSERT INTO test_wfs_paging (the_geom) VALUES ('SRID=27700;LINESTRING(1 0,0 1)'), ('SRID=27700;LINESTRING(0 0,10 10)'),
  ('SRID=27700;LINESTRING(5 2,5 8)');
ANALYZE;
