package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.layer.LayerDrawer;
import org.jmapserv.render.layer.LayerDrawers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real internal failure (a drawer that throws, as a bug would: not a mocked handler) is answered in the form the
 * request expects — a WMS ServiceException for a WMS request, mapserv's error page for a CGI mode — with HTTP 500
 * and an incident id; the stack trace goes only to the server log, under the same incident id.
 */
class AnswersInternalErrorsInTheRequestsOwnFormTest {

    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f]{8})");
    private static final String BUG = "simulated bug in a test-only drawer";

    @TempDir
    Path dir;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger serverLog;
    private boolean usedParentHandlers;
    private EmbeddedServer server;
    private MapservHandler handler;

    @BeforeEach
    void start() throws Exception {
        serverLog = Logger.getLogger("org.jmapserv.server");
        usedParentHandlers = serverLog.getUseParentHandlers();
        serverLog.setUseParentHandlers(false); // the trace is expected here: keep the test output quiet
        serverLog.addHandler(capture);
        Files.writeString(dir.resolve("bug.map"), ServerFixture.localMap());
        ConfigFileDef.Builder cfg = new ConfigFileDef.Builder();
        cfg.maps = Metadata.of(List.of(new Metadata.Entry("BUG", dir.resolve("bug.map").toString())));
        cfg.env = Metadata.of(List.of(new Metadata.Entry("MS_MAP_PATTERN",
                "^" + Pattern.quote(dir.toString() + "/"))));
        LayerDrawer throwing = (layer, ctx) -> g -> {
            throw new IllegalStateException(BUG);
        };
        MapRenderer renderer = new MapRenderer(LayerDrawers.standard().with(ConnectionType.INLINE, throwing));
        handler = new MapservHandler(new ServerSettings(cfg.build(), Map.of(), ServerSettings.Limits.defaults()),
                new MapfileCache(new MapfileReader()), renderer);
        server = new EmbeddedServer(handler, "127.0.0.1", 0, null, line -> { }).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serverLog.removeHandler(capture);
        serverLog.setUseParentHandlers(usedParentHandlers);
    }

    @Test
    void aWmsGetMapGetsAServiceExceptionWithTheIncidentId() throws Exception {
        HttpResponse<String> r = get("/mapserv?map=BUG&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=box"
                + "&STYLES=&CRS=EPSG:4326&BBOX=-90,-180,90,180&WIDTH=100&HEIGHT=50&FORMAT=image/png");
        assertEquals(500, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), r.headers().toString());
        assertTrue(r.body().contains("<ServiceExceptionReport version=\"1.3.0\""), r.body());
        assertTrue(r.body().contains("<ServiceException>"), r.body());
        assertTraceOnlyInTheLog(r.body());
    }

    @Test
    void aWms111RequestGetsThe111FormAndInImageGetsAnImage() throws Exception {
        HttpResponse<String> xml = get("/mapserv?map=BUG&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=box"
                + "&STYLES=&SRS=EPSG:4326&BBOX=-180,-90,180,90&WIDTH=100&HEIGHT=50&FORMAT=image/png");
        assertEquals(500, xml.statusCode());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.ogc.se_xml"));
        assertTrue(xml.body().contains("exception_1_1_1.dtd"), xml.body());
        assertTraceOnlyInTheLog(xml.body());

        HttpResponse<byte[]> img = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(
                "/mapserv?map=BUG&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=box&STYLES=&SRS=EPSG:4326"
                        + "&BBOX=-180,-90,180,90&WIDTH=100&HEIGHT=50&FORMAT=image/png&EXCEPTIONS=application/"
                        + "vnd.ogc.se_inimage")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(500, img.statusCode());
        assertEquals("image/png", img.headers().firstValue("Content-Type").orElse(""));
        assertEquals(100, javax.imageio.ImageIO.read(new ByteArrayInputStream(img.body())).getWidth());
    }

    @Test
    void aCgiModeGetsMapservsErrorPageWithTheIncidentId() throws Exception {
        HttpResponse<String> r = get("/mapserv?map=BUG&mode=map&layers=all");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().startsWith("<HTML>\n<HEAD><TITLE>MapServer Message</TITLE></HEAD>"), r.body());
        assertTrue(r.body().contains("msDrawMap(): Web application error. Internal error (incident "), r.body());
        assertTraceOnlyInTheLog(r.body());
    }

    @Test
    void theCgiAdapterAnswersTheSameWay() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CgiGateway(handler).respond(Map.of("REQUEST_METHOD", "GET", "QUERY_STRING",
                "map=BUG&mode=map&layers=all"), new ByteArrayInputStream(new byte[0]), out, true);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Status: 500"), text);
        assertTrue(text.contains("<TITLE>MapServer Message</TITLE>"), text);
        assertTraceOnlyInTheLog(text);
    }

    /** The answer quotes an incident id; the log has that id with the stack trace; the answer has no trace. */
    private void assertTraceOnlyInTheLog(String answer) {
        Matcher m = INCIDENT.matcher(answer);
        assertTrue(m.find(), "no incident id in: " + answer);
        String incident = m.group(1);
        assertFalse(answer.contains(BUG) || answer.contains("IllegalStateException") || answer.contains("\tat "),
                "the answer leaks the failure: " + answer);
        LogRecord record = logged.stream().filter(l -> l.getMessage().contains("incident " + incident))
                .findFirst().orElseThrow(() -> new AssertionError("incident " + incident + " not in the log"));
        assertTrue(record.getThrown() instanceof IllegalStateException && BUG.equals(record.getThrown().getMessage()),
                "the log keeps the failure itself: " + record.getThrown());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
