package org.jmapserv.render.layer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CHART layers fail as msDrawChartLayer fails, naming the layer: negative pie values, unknown chart types. */
class ChartLayerErrorsTest {

    @TempDir
    Path dir;

    private RenderException fails(String processing, String values) throws Exception {
        Path p = dir.resolve("chart.map");
        Files.writeString(p, """
                MAP
                  SIZE 100 100
                  EXTENT 0 0 100 100
                  LAYER
                    NAME "pies"
                    TYPE CHART
                    STATUS ON
                    PROCESSING "%s"
                    PROCESSING "ITEMS=A,B"
                    FEATURE POINTS 50 50 END ITEMS "%s" END
                    CLASS STYLE SIZE [A] COLOR 255 0 0 END END
                    CLASS STYLE SIZE [B] COLOR 0 0 255 END END
                  END
                END
                """.formatted(processing, values));
        return assertThrows(RenderException.class,
                () -> MapRenderer.standard().render(new MapfileReader().read(p), RenderRequest.defaults()));
    }

    @Test
    void negativePieValueFailsTheLayer() throws Exception {
        RenderException e = fails("CHART_TYPE=PIE", "3;-1");
        assertTrue(e.getMessage().contains("Failed to draw layer named 'pies'")
                && e.getMessage().contains("cannot draw pie charts for negative values"), e.getMessage());
    }

    @Test
    void unknownChartTypeFailsTheLayer() throws Exception {
        RenderException e = fails("CHART_TYPE=donut", "3;1");
        assertTrue(e.getMessage().contains("unknown chart type"), e.getMessage());
    }

    @Test
    void malformedChartSizeFailsTheLayer() throws Exception {
        RenderException e = fails("CHART_SIZE=big", "3;1");
        assertTrue(e.getMessage().contains("CHART_SIZE"), e.getMessage());
    }
}
