package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jmapserv.render.output.VectorDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WMS GetMap with {@code FORMAT=image/svg+xml} or {@code application/x-pdf} (MapServer 8.0's built-in Cairo svg
 * and pdf formats, listed in its capabilities) answers with that content type and a document that looks like
 * 8.0's answer to the same request (test-data/wms/expected/getmap-vector.svg|.pdf, captured from Debian's mapserv
 * CGI with TRANSPARENT=TRUE).
 */
class ServesSvgAndPdfGetMapTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"image/svg+xml,svg", "application/x-pdf,pdf"})
    void answersGetMapInCairosVectorFormats(String mime, String ext) throws Exception {
        MapservResponse r = AnswersWmsRequestsLikeMapServer8Test.ask("caps-nested.map",
                "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&STYLES=&SRS=EPSG:4326&BBOX=9,39,21,48&WIDTH=120&HEIGHT=90"
                        + "&FORMAT=" + mime.replace("+", "%2B") + "&LAYERS=land,roads&TRANSPARENT=TRUE");
        assertEquals(200, r.status(), r.bodyText());
        assertEquals(mime, r.contentType(), r.bodyText());
        byte[] expected = Files.readAllBytes(AnswersWmsRequestsLikeMapServer8Test.WMS
                .resolve("expected/getmap-vector." + ext));
        VectorDocuments.assertLooksLike(expected, r.body(), ext.equals("svg"), "wms-getmap-" + ext);
    }
}
