package org.jmapserv.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol with java.net.http's WebSocket (no extra test
 * dependency): one page target, {@link #navigate} and {@link #evaluate}. Chromium runs with a fresh profile in a
 * temp dir, picks its own debugging port (read from DevToolsActivePort), and is killed with the dir on close.
 * Every wait is bounded.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"");

    private final Path profile;
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger nextId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Path profile, Process process, WebSocket socket) {
        this.profile = profile;
        this.process = process;
        this.socket = socket;
    }

    static HeadlessChromium launch() throws Exception {
        Path profile = Files.createTempDirectory("jmapserv-chromium-");
        ProcessBuilder pb = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile());
        // Chromium's own scratch dirs go inside the profile, so close() leaves nothing behind in /tmp.
        pb.environment().put("TMPDIR", Files.createDirectory(profile.resolve("tmp")).toString());
        Process p = pb.start();
        try {
            int port = devToolsPort(profile, p);
            HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = PAGE_SOCKET.matcher(list);
            if (!m.find()) {
                throw new IOException("chromium lists no page target: " + list);
            }
            Listener listener = new Listener();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create(m.group(1)), listener)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            HeadlessChromium c = new HeadlessChromium(profile, p, ws);
            listener.owner = c;
            return c;
        } catch (Exception e) {
            stop(p);
            delete(profile);
            throw e;
        }
    }

    private static int devToolsPort(Path profile, Process p) throws Exception {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                String first = Files.readString(file).lines().findFirst().orElse("").trim();
                if (!first.isEmpty()) {
                    return Integer.parseInt(first);
                }
            }
            if (!p.isAlive()) {
                throw new IOException("chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        throw new IOException("chromium wrote no DevToolsActivePort within " + WAIT);
    }

    /** Navigates the page; returns once Chromium has accepted the navigation (the load itself is polled for). */
    void navigate(String url) throws Exception {
        call("Page.navigate", "{\"url\":" + PreviewServlet.jsonString(url) + "}");
    }

    /**
     * Evaluates a JavaScript expression (promises awaited) whose value is a string, and returns that string.
     * Expressions poll with their own time limit; the call itself is bounded by {@link #WAIT}.
     */
    String evaluate(String expression) throws Exception {
        String reply = call("Runtime.evaluate", "{\"expression\":" + PreviewServlet.jsonString(expression)
                + ",\"awaitPromise\":true,\"returnByValue\":true}");
        Matcher m = Pattern.compile("\"result\":\\{\"type\":\"string\",\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(reply);
        if (!m.find()) {
            throw new IOException("evaluation gave no string: " + reply);
        }
        return unescape(m.group(1));
    }

    /**
     * A real mouse gesture through Chromium's input pipeline (Input.dispatchMouseEvent), as a user's hand makes
     * it: {@code type} is mousePressed, mouseMoved, mouseReleased or mouseWheel; x and y are viewport pixels.
     */
    void mouse(String type, double x, double y, double deltaY) throws Exception {
        String button = type.equals("mouseWheel") ? "none" : "left";
        call("Input.dispatchMouseEvent", String.format(java.util.Locale.ROOT, "{\"type\":\"%s\",\"x\":%.1f,"
                + "\"y\":%.1f,\"button\":\"%s\",\"buttons\":%d,\"clickCount\":%d,\"deltaX\":0,"
                + "\"deltaY\":%.1f}", type, x, y, button, type.equals("mouseReleased") || button.equals("none")
                ? 0 : 1, type.startsWith("mouseP") || type.equals("mouseReleased") ? 1 : 0, deltaY));
    }

    private String call(String method, String params) throws Exception {
        int id = nextId.incrementAndGet();
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String r = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (r.contains("\"error\":{")) {
            throw new IOException(method + " failed: " + r);
        }
        return r;
    }

    private void received(String message) {
        Matcher m = ID.matcher(message);
        if (m.find()) {
            CompletableFuture<String> f = pending.remove(Integer.parseInt(m.group(1)));
            if (f != null) {
                f.complete(message);
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            stop(process);
            delete(profile);
        }
    }

    /** Chromium's renderer and zygote children are ours too: they go with the browser. */
    private static void stop(Process p) throws InterruptedException {
        var children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Best effort per file: a child that exits late may still remove its own files while we walk. */
    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file removed or still held by a dying child; the walk goes on
                }
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // the dir vanished under us: nothing left to delete
        }
    }

    /** Collects text frames (which may arrive in parts) and hands whole messages to the owner. */
    private static final class Listener implements WebSocket.Listener {
        volatile HeadlessChromium owner;
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.received(message);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
