package org.jmapserv.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the demo's shapefiles are and the mapfile that draws them over the cascaded WMS. */
final class DemoData {

    private DemoData() {
    }

    /** test-data/data next to the jar's target/ directory, else under the working directory, else null. */
    static Path locate() {
        try {
            Path code = Path.of(DemoData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                Path candidate = p.resolve("test-data/data");
                if (Files.isDirectory(candidate)) {
                    return candidate.toAbsolutePath();
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        Path cwd = Path.of("test-data/data").toAbsolutePath();
        return Files.isDirectory(cwd) ? cwd : null;
    }

    static String mapfile(Path data, Path ca, URI wms) {
        return """
                MAP
                  NAME "demo"
                  EXTENT 9.2 39.6 20.2 47.2
                  SIZE 800 550
                  IMAGECOLOR 255 255 255
                  PROJECTION "init=epsg:4326" END
                  CONFIG "CURL_CA_BUNDLE" "%s"
                  WEB METADATA "wms_title" "jmapserv demo" "wms_srs" "EPSG:4326" "wms_enable_request" "*" END END
                  LAYER NAME "ocean" TYPE RASTER STATUS ON
                    CONNECTIONTYPE WMS CONNECTION "%s"
                    METADATA "wms_name" "ocean" "wms_srs" "EPSG:4326" "wms_server_version" "1.1.1"
                      "wms_format" "image/png" "ows_http_cookie" "forward" END
                  END
                  LAYER NAME "countries" TYPE POLYGON STATUS ON DATA "%s"
                    CLASS STYLE COLOR 236 226 198 OUTLINECOLOR 120 100 80 WIDTH 1 END END
                  END
                  LAYER NAME "lakes" TYPE POLYGON STATUS ON DATA "%s"
                    CLASS STYLE COLOR 120 170 220 END END
                  END
                  LAYER NAME "cities" TYPE POINT STATUS ON DATA "%s"
                    CLASS STYLE SYMBOL 0 SIZE 6 COLOR 200 30 30 END END
                  END
                END
                """.formatted(ca, wms, data.resolve("countries.shp"), data.resolve("lakes.shp"),
                data.resolve("cities.shp"));
    }
}
