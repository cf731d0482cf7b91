package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WMS GetFeatureInfo whose INFO_FORMAT names an OUTPUTFORMAT with an OGR/ driver (msautotest misc/ogr_empty_geojson):
 * MapServer 8.0 writes the results through OGR (an empty GeoJSON FeatureCollection there, probed); jmapserv writes
 * no OGR formats, so it answers a service exception naming the format instead of an empty body under its name.
 */
class RefusesOgrFeatureInfoFormatTest {

    @TempDir
    Path dir;

    @Test
    void geojsonThroughOgrIsAServiceExceptionNamingTheFormat() throws Exception {
        Path map = dir.resolve("gfi.map");
        Files.writeString(map, """
                MAP
                  SIZE 100 100
                  EXTENT -20 -20 20 20
                  WEB
                    METADATA
                      "ows_enable_request" "*"
                      "ows_srs" "EPSG:3857"
                      "wms_getfeatureinfo_formatlist" "gml,geojson"
                    END
                  END
                  PROJECTION "init=epsg:3857" END
                  OUTPUTFORMAT
                    NAME "geojson"
                    DRIVER "OGR/GEOJSON"
                    MIMETYPE "application/json; subtype=geojson; charset=utf-8"
                    FORMATOPTION "STORAGE=stream"
                    FORMATOPTION "FORM=SIMPLE"
                  END
                  LAYER
                    NAME "geojson"
                    TYPE POLYGON
                    STATUS DEFAULT
                    TEMPLATE "blank.html"
                    FEATURE POINTS -10 -10 -10 10 10 10 10 -10 -10 -10 END END
                    CLASS STYLE COLOR 255 0 0 END END
                  END
                END
                """);
        ServerSettings settings = ServerSettings.of(new ConfigFileDef.Builder().build(), Map.of("MS_MAP_PATTERN",
                "^" + java.util.regex.Pattern.quote(dir.toAbsolutePath() + "/")));
        MapservHandler handler = new MapservHandler(settings, new MapfileCache(new MapfileReader()),
                MapRenderer.standard());
        MapservResponse r = handler.handle(MapservRequest.get("map=" + map.toAbsolutePath()
                + "&service=WMS&request=GetFeatureInfo&version=1.3.0&CRS=EPSG:3857&width=200&height=200"
                + "&layers=geojson&bbox=-20,-20,20,20&format=image/png&query_layers=geojson&i=0&j=0"
                + "&info_format=geojson&STYLES=", null, "http://localhost/mapserv"));
        String body = r.bodyText();
        assertTrue(r.contentType().contains("xml"), r.contentType() + ": " + body);
        assertTrue(body.contains("ServiceException"), body);
        assertTrue(body.contains("OUTPUTFORMAT geojson (DRIVER OGR/GEOJSON)"), body);
        assertEquals(200, r.status());
    }
}
