package org.jmapserv.wms.client;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.image.ArgbPreImageDecoder;

/**
 * Decides whether a GetMap response is the image we asked for, mirroring the checks of msDrawWMSLayerLow but
 * stricter: the status must be 200; an OGC ServiceException is recognised whatever the XML content type and its
 * charset parameter (MapServer only matches {@code text/xml} exactly, so {@code text/xml; charset=UTF-8} slips
 * through to GDAL and fails the whole map), and so is an HTML error page; the image is decoded only when the
 * Content-Type, the magic bytes and the format we asked for agree. Images come back as {@code TYPE_INT_ARGB_PRE},
 * the canvas's layout (common PNGs through {@link PngArgbPreDecoder}, the rest through ImageIO).
 * <p>Failures come back as {@link Failure} with a plain-words reason; the caller adds the layer and the URL.
 */
public final class WmsResponseChecker {

    /** A response that is not a usable image; {@code reason} is plain words for the user. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        public Failure(String reason) {
            super(reason);
        }
    }

    private static final Pattern EXCEPTION = Pattern.compile(
            "<(?:\\w+:)?ServiceException\\b([^>]*)>(.*?)</(?:\\w+:)?ServiceException>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\bcode\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEXT = 500;

    private WmsResponseChecker() {
    }

    /** How much larger (per axis) than the request an answer may be before it is refused undecoded. */
    static final int MAX_OVERSIZE = 2;

    public static BufferedImage check(int status, String contentType, byte[] body, String requestedFormat)
            throws Failure {
        return check(status, contentType, body, requestedFormat, 0, 0);
    }

    /**
     * {@code width} x {@code height}: the size asked for (0 when unknown); an answer whose header declares more
     * than {@link #MAX_OVERSIZE} times that on either axis is refused before decoding.
     */
    public static BufferedImage check(int status, String contentType, byte[] body, String requestedFormat,
            int width, int height) throws Failure {
        if (looksLikeXml(contentType, body)) {
            throw new Failure(serviceException(body, status));
        }
        if (looksLikeHtml(contentType, body)) {
            throw new Failure("server returned an HTML page instead of an image (HTTP " + status + titleOf(body)
                    + ")");
        }
        if (status != 200) {
            throw new Failure("GetMap request failed with HTTP status " + status);
        }
        ImageFormat asked = ImageFormat.fromMimeOrName(requestedFormat);
        ImageFormat declared = ImageFormat.fromMimeOrName(contentType);
        ImageFormat actual = ImageFormat.sniff(body);
        if (actual == null) {
            throw new Failure("response is not an image (Content-Type " + quote(contentType) + ", " + body.length
                    + " bytes)");
        }
        if (declared != actual) {
            throw new Failure("Content-Type " + quote(contentType) + " does not match the " + actual
                    + " data the server sent");
        }
        if (asked != null && asked != actual) {
            throw new Failure("asked for " + requestedFormat + " but the server sent " + actual);
        }
        if (width > 0 && height > 0) {
            java.util.Optional<org.jmapserv.image.ImageHeader> header = org.jmapserv.image.ImageHeader.of(body);
            if (header.isPresent() && ((long) header.get().width() > (long) width * MAX_OVERSIZE
                    || (long) header.get().height() > (long) height * MAX_OVERSIZE)) {
                throw new Failure("the server sent a " + header.get().width() + "x" + header.get().height() + " "
                        + actual + " image for a " + width + "x" + height + " request; refused without decoding it");
            }
        }
        try {
            return ArgbPreImageDecoder.decode(body, actual == ImageFormat.PNG);
        } catch (IOException e) {
            if ("no image decoder recognises the data".equals(e.getMessage())) {
                throw new Failure("could not decode the " + actual + " image the server sent");
            }
            throw new Failure("corrupt " + actual + " image (" + e.getMessage() + ")");
        }
    }

    private static boolean looksLikeXml(String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("text/xml") || ct.startsWith("application/xml") || ct.contains("se_xml")
                || ct.contains("+xml")) {
            return true;
        }
        String head = head(body).stripLeading();
        return head.startsWith("<?xml") || head.startsWith("<ServiceExceptionReport")
                || head.contains("<ServiceExceptionReport");
    }

    private static boolean looksLikeHtml(String contentType, byte[] body) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String head = head(body).stripLeading().toLowerCase(Locale.ROOT);
        return ct.startsWith("text/html") || head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String serviceException(byte[] body, int status) {
        String xml = new String(body, StandardCharsets.UTF_8);
        Matcher m = EXCEPTION.matcher(xml);
        if (!m.find()) {
            return "server returned XML instead of an image (HTTP " + status + "): " + clip(stripTags(xml));
        }
        Matcher code = CODE.matcher(m.group(1));
        String text = clip(unescape(m.group(2).replace("<![CDATA[", "").replace("]]>", "").trim()));
        return "server returned a ServiceException" + (code.find() ? " (code " + code.group(1) + ")" : "") + ": "
                + text;
    }

    private static String titleOf(byte[] body) {
        Matcher m = TITLE.matcher(head(body));
        return m.find() ? ": " + clip(m.group(1).trim()) : "";
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    }

    private static String stripTags(String s) {
        return s.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String clip(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "...";
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }
}
