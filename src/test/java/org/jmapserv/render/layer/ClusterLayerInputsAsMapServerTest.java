package org.jmapserv.render.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.ImageDifference;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LAYER CLUSTER inputs MapServer 8.0 takes its own way (each probed with Debian's map2img 8.0): CLUSTER on a line or
 * polygon layer fails the layer ("Only point layers are supported for clustering"); a CLUSTER without REGION does
 * nothing (initCluster leaves REGION unset and msLayerOpen clusters only when it is set); any REGION but "ellipse"
 * compares rectangles; a GROUP expression that does not parse clusters as if there were no GROUP (8.0 only logs
 * msClusterGetGroupText's error, we warn with file:line:column); a raster layer's CLUSTER is never read.
 */
class ClusterLayerInputsAsMapServerTest {

    @TempDir
    Path dir;

    private Path map(String type, String cluster, String layerExtra) throws Exception {
        Path p = dir.resolve("cluster.map");
        Files.writeString(p, """
                MAP
                  EXTENT 9.2 39.2 20.2 47.2
                  SIZE 200 150
                  SHAPEPATH "%s"
                  SYMBOL NAME "circle" TYPE ELLIPSE FILLED TRUE POINTS 1 1 END END
                  LAYER
                    NAME "poi"
                    TYPE %s
                    STATUS ON
                    DATA "poi"
                    %s
                    %s
                    CLASS
                      STYLE SYMBOL "circle" SIZE 6 COLOR 200 0 0 END
                    END
                  END
                END
                """.formatted(Path.of("test-data/data").toAbsolutePath(), type, cluster, layerExtra));
        return p;
    }

    private RenderedMap render(Path p) throws Exception {
        return MapRenderer.standard().render(new MapfileReader().read(p), RenderRequest.defaults());
    }

    private BufferedImage image(String type, String cluster) throws Exception {
        return render(map(type, cluster, "")).image();
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        return ImageDifference.compare(a, b, 0).differing();
    }

    @Test
    void lineLayerFailsAsOnlyPointLayersCluster() throws Exception {
        Path p = map("LINE", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\" END", "");
        RenderException e = assertThrows(RenderException.class, () -> render(p));
        assertEquals("msDrawMap(): Failed to draw layer named 'poi'. msClusterLayerOpen(): General error message. "
                + "Only point layers are supported for clustering: poi", e.getMessage());
    }

    @Test
    void polygonLayerFailsToo() throws Exception {
        Path p = map("POLYGON", "CLUSTER MAXDISTANCE 20 REGION \"rectangle\" END", "");
        RenderException e = assertThrows(RenderException.class, () -> render(p));
        assertTrue(e.getMessage().contains("Only point layers are supported for clustering: poi"), e.getMessage());
    }

    @Test
    void clusterWithoutRegionDrawsEveryPoint() throws Exception {
        BufferedImage plain = image("POINT", "");
        BufferedImage noRegion = image("POINT", "CLUSTER MAXDISTANCE 20 END");
        BufferedImage clustered = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"rectangle\" END");
        assertEquals(0, differing(plain, noRegion));
        assertTrue(differing(plain, clustered) > 500, "clustering draws far fewer points");
    }

    @Test
    void unknownRegionComparesRectangles() throws Exception {
        BufferedImage circle = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"circle\" END");
        BufferedImage rectangle = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"rectangle\" END");
        BufferedImage ellipse = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ELLIPSE\" END");
        assertEquals(0, differing(circle, rectangle));
        assertTrue(differing(ellipse, rectangle) > 0, "ellipse regions cluster differently");
    }

    @Test
    void unparsableGroupClustersWithoutGroupAndWarns() throws Exception {
        RenderedMap bad = render(map("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\"\n GROUP (\"[KIND]\" +)\n END",
                ""));
        BufferedImage none = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\" END");
        assertEquals(0, differing(none, bad.image()));
        assertTrue(bad.warnings().stream().anyMatch(w -> w.contains("cluster.map:")
                && w.contains("msClusterGetGroupText(): Expression parser error. Failed to process text expression")),
                bad.warnings().toString());
    }

    @Test
    void groupSeparatesKinds() throws Exception {
        BufferedImage grouped = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\"\n GROUP (\"[KIND]\")\n END");
        BufferedImage none = image("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\" END");
        assertTrue(differing(none, grouped) > 100, "one cluster per KIND draws more symbols");
    }

    @Test
    void filterOverOgrWarnsWhere80DrawsNothing() throws Exception {
        RenderedMap m = render(map("POINT", "CLUSTER MAXDISTANCE 20 REGION \"ellipse\" END",
                "CONNECTIONTYPE OGR\n CONNECTION \"poi.shp\"\n FILTER (\"[KIND]\" = \"peak\")"));
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("cluster.map:")
                && w.contains("FILTER on a CLUSTER layer read through OGR")), m.warnings().toString());
    }

    @Test
    void rasterLayerNeverReadsCluster() throws Exception {
        String raster = """
                MAP
                  EXTENT 9.2 39.2 20.2 47.2
                  SIZE 100 80
                  SHAPEPATH "%s"
                  LAYER
                    NAME "r"
                    TYPE RASTER
                    STATUS ON
                    DATA "rgb-4326.tif"
                    %s
                  END
                END
                """;
        Path a = dir.resolve("a.map");
        Path b = dir.resolve("b.map");
        String shapePath = Path.of("test-data/rasters").toAbsolutePath().toString();
        Files.writeString(a, raster.formatted(shapePath, "CLUSTER MAXDISTANCE 20 REGION \"ellipse\" END"));
        Files.writeString(b, raster.formatted(shapePath, ""));
        assertEquals(0, differing(render(b).image(), render(a).image()));
    }
}
