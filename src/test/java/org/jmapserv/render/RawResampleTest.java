package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.image.raster.RasterFiles;
import org.jmapserv.image.raster.RasterInfo;
import org.jmapserv.image.raster.RasterSource;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw IMAGEMODEs through msResampleGDALToMap across projections (test-data/rawmode/reprojected/, references from
 * MapServer 8.0's map2img): the raw values land where 8.0 puts them except where the map pixel centre falls within
 * rounding of a source pixel edge (8.0 transforms through msApproxTransformer, jmapserv exactly), so at most 1 % of
 * the pixels may hold another (neighbouring) value, as the PNG regression rule allows; the rest are identical. In
 * the raster's own projection (RESAMPLE=NEAREST) the values are identical: RawImageModeTest.
 */
class RawResampleTest {

    private static final Path DIR = Path.of("test-data/rawmode/reprojected");

    @TempDir
    Path tmp;

    /** Renders {@code DIR/name.map} and writes its raw GeoTIFF into the temporary folder. */
    private Path renderToTiff(String name) throws Exception {
        MapDef map = new MapfileReader().read(DIR.resolve(name + ".map"));
        RenderedMap r = MapRenderer.standard().render(map, RenderRequest.defaults());
        Path out = tmp.resolve(name + ".tif");
        try (OutputStream os = Files.newOutputStream(out)) {
            r.write(os);
        }
        return out;
    }

    @Test
    void aByteRasterIn4326ReprojectsToTheValues80Writes() throws Exception {
        String name = "byte-reproject-4326";
        Path out = renderToTiff(name);
        try (RasterSource expected = RasterFiles.open(DIR.resolve("expected").resolve(name + ".tif"));
                RasterSource actual = RasterFiles.open(out)) {
            RasterInfo e = expected.info();
            RasterInfo a = actual.info();
            assertEquals(e.bandCount(), a.bandCount());
            assertEquals(e.sampleType(), a.sampleType());
            assertEquals(e.noData(), a.noData());
            int[] bands = {1, 2, 3};
            float[][] ev = expected.read(bands, 0, 0, e.width(), e.height(), e.width(), e.height());
            float[][] av = actual.read(bands, 0, 0, a.width(), a.height(), a.width(), a.height());
            int n = e.width() * e.height();
            int differ = 0;
            int nullInOne = 0;
            for (int i = 0; i < n; i++) {
                boolean d = false;
                for (int b = 0; b < 3; b++) {
                    d |= ev[b][i] != av[b][i];
                }
                if (d) {
                    differ++;
                    if ((ev[0][i] == 7 && ev[1][i] == 7 && ev[2][i] == 7) != (av[0][i] == 7 && av[1][i] == 7
                            && av[2][i] == 7)) {
                        nullInOne++;
                    }
                }
            }
            // map pixel centres go through msApproxTransformer as in 8.0, so every value and NULLVALUE is 8.0's
            assertEquals(0, nullInOne, nullInOne + " pixels are NULLVALUE in one output only");
            assertEquals(0, differ, differ + " of " + n + " pixels differ");
        }
    }

    @Test
    void float32BilinearMixesRawValuesAs80Does() throws Exception {
        String name = "float32-bilinear";
        Path out = renderToTiff(name);
        try (RasterSource expected = RasterFiles.open(DIR.resolve("expected").resolve(name + ".tif"));
                RasterSource actual = RasterFiles.open(out)) {
            RasterInfo e = expected.info();
            float[] ev = expected.read(new int[] {1}, 0, 0, e.width(), e.height(), e.width(), e.height())[0];
            float[] av = actual.read(new int[] {1}, 0, 0, e.width(), e.height(), e.width(), e.height())[0];
            assertEquals(ev.length, av.length);
            for (int i = 0; i < ev.length; i++) {
                // the same four pixels and weights at the same (approximated) positions; a few values differ in
                // their last bit or two (8 of 5561 by at most 8e-6: the order the weighted sum is rounded in)
                assertEquals(ev[i], av[i], 1e-5, "value " + i);
                assertEquals(ev[i] == -1f, av[i] == -1f, "NULLVALUE at " + i);
            }
        }
    }
}
