package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The preview page with the README's own set-up (MAPS alias WORLD for samples/world.map, which has no WMS
 * metadata) in a real browser (Debian's headless Chromium; skipped when it is not installed): the map is drawn at
 * its EXTENT, a mouse drag pans it, the wheel and the buttons zoom it, and every new view is an image that loads.
 * The gestures go through Chromium's input pipeline, so the page's own event handlers run.
 */
class PreviewPagePansAndZoomsTheReadmeSampleInChromiumTest {

    /**
     * Records every load of the map image: its width, src, a pixel checksum and the number of distinct colours
     * (read through a same-origin canvas).
     */
    private static final String WATCH = "(()=>{window.__loads=[];const img=document.getElementById('map');"
            + "function sum(){const c=document.createElement('canvas');c.width=img.naturalWidth;"
            + "c.height=img.naturalHeight;const g=c.getContext('2d');g.drawImage(img,0,0);"
            + "const d=g.getImageData(0,0,c.width,c.height).data;let s=0;const cs=new Set();"
            + "for(let i=0;i<d.length;i+=4){s=(s*31+d[i]+d[i+1]*7+d[i+2]*13)%1000000007;cs.add(d[i]<<16|d[i+1]<<8|d[i+2]);}"
            + "return s+'|'+cs.size;}"
            + "img.addEventListener('load',()=>window.__loads.push(img.naturalWidth+'|'+img.getAttribute('src')"
            + "+'|'+sum()));img.addEventListener('error',()=>window.__loads.push('error|'+img.getAttribute('src')));"
            + "return 'ok';})()";

    @Test
    void dragPansWheelAndButtonsZoomAndEachViewLoads() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "headless Chromium test skipped: " + HeadlessChromium.BINARY
                        + " is not installed (Debian package 'chromium')");
        Path world = Path.of("samples/world.map").toAbsolutePath();
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("WORLD", world.toString())));
        MapservHandler handler = new MapservHandler(ServerSettings.of(cfg.build(), Map.of()),
                new MapfileCache(new MapfileReader()), MapRenderer.standard());
        try (EmbeddedServer server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
             HeadlessChromium browser = HeadlessChromium.launch()) {
            browser.navigate("http://127.0.0.1:" + server.port() + "/");
            String first = waitFor(browser, "(()=>{const img=document.getElementById('map');"
                    + "return img&&img.complete&&img.naturalWidth>0&&img.src.includes('mapext')"
                    + "?img.naturalWidth+'|'+img.getAttribute('src')+'|'+document.getElementById('status')"
                    + ".textContent:'';})()");
            String[] f = first.split("\\|");
            assertEquals("600", f[0], "the first view loaded: " + first);
            assertEquals(List.of(9.2, 39.6, 20.2, 47.2), mapext(f[1]), "the first view is world.map's EXTENT");
            assertTrue(f[2].contains("no WMS metadata"), "the page says it draws the map's own layers: " + f[2]);
            assertTrue(f[1].contains("layers=all"), "mapserv 8.0 draws only DEFAULT layers unless told: " + f[1]);
            browser.evaluate(WATCH);
            double[] box = box(browser);
            double cx = box[0] + 300;
            double cy = box[1] + 200;

            browser.mouse("mousePressed", cx, cy, 0);
            browser.mouse("mouseMoved", cx + 60, cy + 20, 0);
            browser.mouse("mouseMoved", cx + 120, cy + 40, 0);
            browser.mouse("mouseReleased", cx + 120, cy + 40, 0);
            String[] panned = nextLoad(browser, 1);
            List<Double> p = mapext(panned[1]);
            // world.map's EXTENT widened to 600x400 (msAdjustExtent): 11.4 x 7.6 degrees, 0.019 degrees a pixel
            double perPixel = 11.4 / 600;
            assertEquals(9.2 - 0.2 - 120 * perPixel, p.get(0), 1e-6, "dragging 120 px right shows land further west");
            assertEquals(39.6 + 40 * perPixel, p.get(1), 1e-6, "dragging 40 px down shows land further north");
            assertEquals(11.4, p.get(2) - p.get(0), 1e-6, "panning keeps the scale");
            assertNotEquals(panned[2], "error", "the panned view loads");

            browser.mouse("mouseWheel", cx, cy, -100);
            String[] zoomedIn = nextLoad(browser, 2);
            List<Double> z = mapext(zoomedIn[1]);
            assertEquals(5.7, z.get(2) - z.get(0), 1e-6, "the wheel zooms in by 2");
            assertEquals((p.get(0) + p.get(2)) / 2, (z.get(0) + z.get(2)) / 2, 1e-6, "around the pointer");

            browser.evaluate("(()=>{document.getElementById('zoomout').click();return 'ok';})()");
            String[] zoomedOut = nextLoad(browser, 3);
            List<Double> o = mapext(zoomedOut[1]);
            assertEquals(11.4, o.get(2) - o.get(0), 1e-6, "the - button zooms out by 2");

            browser.evaluate("(()=>{document.getElementById('reset').click();return 'ok';})()");
            String[] reset = nextLoad(browser, 4);
            assertEquals(List.of(9.2, 39.6, 20.2, 47.2), mapext(reset[1]), "reset shows the whole map again");

            assertNotEquals(panned[2], zoomedIn[2], "the zoomed view shows something else");
            assertNotEquals(panned[2], reset[2], "the panned view differs from the whole map");
            for (String[] load : List.of(panned, zoomedIn, zoomedOut, reset)) {
                assertEquals("600", load[0], "each view is a 600 px image: " + String.join("|", load));
                assertTrue(Integer.parseInt(load[3]) > 50, "each view shows the map's layers, not only the sea: "
                        + String.join("|", load));
            }
        }
    }

    /** The top-left pixel of the image's content (inside its border) in viewport pixels. */
    private static double[] box(HeadlessChromium browser) throws Exception {
        String[] xy = browser.evaluate("(()=>{const img=document.getElementById('map');"
                + "const r=img.getBoundingClientRect();return (r.left+img.clientLeft)+'|'+(r.top+img.clientTop);})()")
                .split("\\|");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    /** The n-th recorded image load (1-based), split into naturalWidth, src, checksum, colours. */
    private static String[] nextLoad(HeadlessChromium browser, int n) throws Exception {
        String load = waitFor(browser, "(()=>window.__loads.length>=" + n + "?window.__loads[" + (n - 1)
                + "]:'')()");
        assertTrue(!load.startsWith("error"), "the image failed to load: " + load);
        return load.split("\\|");
    }

    /** Polls {@code expression} in the page until it gives a non-empty string (at most 20 s). */
    private static String waitFor(HeadlessChromium browser, String expression) throws Exception {
        return browser.evaluate("new Promise(r=>{const t0=Date.now();(function poll(){const v=" + expression
                + ";if(v){r(v);}else if(Date.now()-t0>20000){r('timeout');}else{setTimeout(poll,50);}})();})");
    }

    private static List<Double> mapext(String src) {
        String q = src.substring(src.indexOf('?') + 1);
        for (String kv : q.split("&")) {
            if (kv.startsWith("mapext=")) {
                String v = java.net.URLDecoder.decode(kv.substring(7), java.nio.charset.StandardCharsets.UTF_8);
                return java.util.Arrays.stream(v.trim().split("\\s+")).map(Double::parseDouble)
                        .map(d -> Math.round(d * 1e9) / 1e9).toList();
            }
        }
        throw new AssertionError("no mapext in " + src);
    }
}
