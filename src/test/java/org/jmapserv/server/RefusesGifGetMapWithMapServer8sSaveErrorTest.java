package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * A GDAL/GIF OUTPUTFORMAT is listed by GetCapabilities (fmt-caps-* in requests.txt) but MapServer 8.0 cannot write
 * it: msSaveImageGDAL fails because GDAL's GIF driver takes one band. 8.0 then sends its exception report after an
 * already written image/gif header (test-data/wms/expected/fmt-gif.raw.txt, the CGI's raw output); we answer the
 * same exception text as a well-formed exception report.
 */
class RefusesGifGetMapWithMapServer8sSaveErrorTest {

    @Test
    void answersTheSaveErrorOf8() throws Exception {
        String raw = Files.readString(AnswersWmsRequestsLikeMapServer8Test.WMS.resolve("expected/fmt-gif.raw.txt"),
                StandardCharsets.UTF_8);
        String theirs = between(raw, "<ServiceException>", "</ServiceException>");
        MapservResponse ours = AnswersWmsRequestsLikeMapServer8Test.ask("formats.map", "SERVICE=WMS&VERSION=1.1.1"
                + "&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=9,39,19,47&WIDTH=200&HEIGHT=160"
                + "&FORMAT=image/gif");
        assertEquals(200, ours.status());
        assertTrue(raw.startsWith("Content-Type: image/gif"), "8.0's broken answer starts with the image header");
        assertEquals("application/vnd.ogc.se_xml; charset=UTF-8", ours.contentType());
        assertEquals(theirs.trim(), between(ours.bodyText(), "<ServiceException>", "</ServiceException>").trim());
    }

    private static String between(String s, String a, String b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b, i);
        assertTrue(i >= 0 && j > i, "no " + a + " in: " + s);
        return s.substring(i + a.length(), j);
    }
}
