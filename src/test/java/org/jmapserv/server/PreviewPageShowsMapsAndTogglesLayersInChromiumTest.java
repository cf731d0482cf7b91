package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview page at {@code /} in a real browser (Debian's headless Chromium, skipped when it is not installed):
 * the MAPS aliases are listed, the first map's image loads, and unticking a layer asks for a new image without it.
 */
class PreviewPageShowsMapsAndTogglesLayersInChromiumTest {

    /** Counts pure-red pixels of the map image through a same-origin canvas. */
    private static final String RED = "function red(img){const c=document.createElement('canvas');"
            + "c.width=img.naturalWidth;c.height=img.naturalHeight;const g=c.getContext('2d');g.drawImage(img,0,0);"
            + "const d=g.getImageData(0,0,c.width,c.height).data;let n=0;"
            + "for(let i=0;i<d.length;i+=4){if(d[i]>200&&d[i+1]<50&&d[i+2]<50)n++;}return n;}";

    private static final String FIRST_MAP_LOADED = "(()=>{" + RED + "return new Promise(r=>{const t0=Date.now();"
            + "(function poll(){const img=document.getElementById('map');"
            + "const opts=Array.from(document.querySelectorAll('#maps option')).map(o=>o.value).join(',');"
            + "const boxes=Array.from(document.querySelectorAll('#layers input')).map(b=>b.value+':'+b.checked).join(',');"
            + "if(img&&img.src.includes('mode=map')&&img.complete&&img.naturalWidth>0){"
            + "r(opts+'|'+boxes+'|'+img.naturalWidth+'|'+img.getAttribute('src')+'|'+red(img));}"
            + "else if(Date.now()-t0>15000){r('timeout|'+opts+'|'+boxes);}else{setTimeout(poll,50);}})();});})()";

    private static final String UNTICK_BOX = "(()=>{" + RED + "return new Promise(r=>{"
            + "const img=document.getElementById('map');const box=document.querySelector('#layers input[value=box]');"
            + "const t=setTimeout(()=>r('timeout'),15000);"
            + "img.addEventListener('load',()=>{clearTimeout(t);"
            + "r(box.checked+'|'+img.naturalWidth+'|'+img.getAttribute('src')+'|'+red(img));},{once:true});"
            + "img.addEventListener('error',()=>{clearTimeout(t);r('error|'+img.getAttribute('src'));},{once:true});"
            + "box.click();});})()";

    @TempDir
    Path dir;

    @Test
    void listsTheMapsShowsTheFirstAndRedrawsWithoutAnUntickedLayer() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "headless Chromium test skipped: " + HeadlessChromium.BINARY
                        + " is not installed (Debian package 'chromium')");
        try (ServerFixture fx = new ServerFixture(dir); HeadlessChromium browser = HeadlessChromium.launch()) {
            browser.navigate(fx.uri("/").toString());
            String[] first = browser.evaluate(FIRST_MAP_LOADED).split("\\|");
            assertEquals("LOCAL,CASCADE", first[0], "the page lists the MAPS aliases");
            assertEquals("box:true", first[1], "the LOCAL map's WMS layer is offered ticked");
            assertEquals("600", first[2], "the map image loaded at the page's mapsize");
            assertTrue(first[3].contains("map=LOCAL") && first[3].contains("layers=box"), first[3]);
            assertTrue(Integer.parseInt(first[4]) > 1000, "the red box is drawn: " + first[4]);

            String[] after = browser.evaluate(UNTICK_BOX).split("\\|");
            assertEquals("false", after[0], "the box is unticked: " + String.join("|", after));
            assertEquals("600", after[1], "the new image loaded");
            assertNotEquals(first[3], after[2], "unticking asks for a different image");
            assertTrue(!after[2].contains("layers=box"), after[2]);
            assertEquals("0", after[3], "the unticked layer is no longer drawn");
        }
    }
}
