package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Real WMS clients read our server: GDAL's WMS driver (gdalinfo lists the layers as subdatasets, gdal_translate
 * fetches a map) and OWSLib (Debian's python3-owslib: capabilities, layer tree, GetMap). Each part is skipped
 * with a message where the client is not installed.
 */
class GdalAndOwsLibReadOurWmsTest extends OnOneServer {

    private static String wms(String query) {
        return fx.uri("/mapserv?map=LOCAL&SERVICE=WMS&VERSION=1.1.1&" + query).toString();
    }

    @Test
    void gdalinfoListsTheLayersAndGdalTranslateFetchesAMap() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gdalinfo")), "gdalinfo not installed (gdal-bin): skipped");
        String info = run(List.of("/usr/bin/gdalinfo", "WMS:" + wms("REQUEST=GetCapabilities")));
        assertTrue(info.contains("SUBDATASET_1_DESC=Local test"), "the root layer: " + info);
        assertTrue(info.contains("LAYERS=box&SRS=EPSG:4326&BBOX=0.000000,0.000000,60.000000,40.000000"),
                "the box layer with its own extent: " + info);
        assertTrue(info.contains("SUBDATASET_2_DESC=Red box"), info);
        Path out = dir.resolve("gdal.png");
        run(List.of("/usr/bin/gdal_translate", "-q", "-of", "PNG", "-outsize", "180", "90",
                "WMS:" + wms("REQUEST=GetMap&LAYERS=box&SRS=EPSG:4326&BBOX=-180,-90,180,90"), out.toString()));
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(180, img.getWidth());
        int in = img.getRGB(105, 35);
        assertTrue((in >> 16 & 0xff) > 200 && (in >> 8 & 0xff) < 40 && (in & 0xff) < 40,
                "lon 30 lat 20 is in the red box (GDAL resamples: within a few levels): " + Integer.toHexString(in));
        int out2 = img.getRGB(45, 67);
        assertTrue((out2 & 0xff) > 215 && (out2 >> 8 & 0xff) > 215, "outside the box is the map's white: "
                + Integer.toHexString(out2));
    }

    @Test
    void owslibReadsCapabilitiesAndGetsAMap() throws Exception {
        boolean present = new ProcessBuilder("/usr/bin/python3", "-c", "import owslib").start().waitFor() == 0;
        assumeTrue(present, "OWSLib not installed (apt-get install python3-owslib): skipped");
        String script = String.join("\n",
                "import sys",
                "from owslib.wms import WebMapService",
                "for v in ('1.1.1', '1.3.0'):",
                "    wms = WebMapService(sys.argv[1], version=v)",
                "    print(v, wms.identification.title, sorted(wms.contents), wms['box'].title,",
                "          [round(x) for x in wms['box'].boundingBoxWGS84], 'GetLegendGraphic' in",
                "          [o.name for o in wms.operations])",
                "    img = wms.getmap(layers=['box'], styles=[''], srs='EPSG:4326', bbox=(-180, -90, 180, 90),",
                "                     size=(36, 18), format='image/png')",
                "    print(v, img.read()[:4] == b'\\x89PNG')");
        String out = run(List.of("/usr/bin/python3", "-c", script, fx.uri("/mapserv?map=LOCAL").toString()));
        assertTrue(out.contains("1.1.1 Local test ['box', 'local'] Red box [0, 0, 60, 40] True"), out);
        assertTrue(out.contains("1.3.0 Local test ['box', 'local'] Red box [0, 0, 60, 40] True"), out);
        assertTrue(out.contains("1.1.1 True") && out.contains("1.3.0 True"), out);
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(done, "finished in time: " + command);
        assertEquals(0, p.exitValue(), command + "\n" + out);
        return out;
    }
}
