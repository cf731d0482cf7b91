package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jmapserv.render.ImageDifference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Compares an SVG or PDF document of ours with MapServer 8.0's: both rasterised the same way (SVG with JSVG over
 * its viewBox, PDF with PDFBox at 72 dpi, so one point is one map pixel), then the regression tolerance (a pixel
 * differs when a channel is off by more than 48; at most 1 % may); structure checked as Cairo writes it. Java
 * rasterisers, so CI needs neither librsvg nor poppler.
 */
public final class VectorDocuments {

    public static final int THRESHOLD = 48;
    public static final double MAX_SHARE_PERCENT = 1.0;
    private static final Path OUT = Path.of("target/regression/vector");

    private VectorDocuments() {
    }

    /**
     * Asserts {@code actual} matches {@code expected} (both SVG when {@code svg}, else PDF) within the tolerance;
     * on failure expected | actual | diff PNGs and our document go to target/regression/vector/{@code name}.*.
     */
    public static void assertLooksLike(byte[] expected, byte[] actual, boolean svg, String name) throws Exception {
        assertLooksLike(expected, actual, svg, name, MAX_SHARE_PERCENT);
    }

    /** As {@link #assertLooksLike(byte[], byte[], boolean, String)} with a known gap's own ceiling in percent. */
    public static void assertLooksLike(byte[] expected, byte[] actual, boolean svg, String name, double ceiling)
            throws Exception {
        BufferedImage want;
        BufferedImage got;
        if (svg) {
            assertSvgStructure(expected, actual, name);
            want = rasteriseSvg(expected);
            got = rasteriseSvg(actual);
        } else {
            assertTrue(new String(actual, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"),
                    name + ": not a PDF");
            assertEquals(pageSize(expected), pageSize(actual), name + ": PDF MediaBox in points as 8.0's");
            want = rasterisePdf(expected);
            got = rasterisePdf(actual);
        }
        // guards the rasterisers: blank renderings of both documents would compare equal
        assertTrue(distinctColours(want) > 4, name + ": the reference rasterised to a blank image");
        ImageDifference d = ImageDifference.compare(want, got, THRESHOLD);
        double pct = 100 * d.share();
        System.out.printf(Locale.ROOT, "%s: %.2f %% of pixels differ by more than %d%n", name, pct, THRESHOLD);
        if (pct > MAX_SHARE_PERCENT) {
            Files.createDirectories(OUT);
            ImageIO.write(want, "png", OUT.resolve(name + ".expected.png").toFile());
            ImageIO.write(got, "png", OUT.resolve(name + ".actual.png").toFile());
            if (d.diffImage() != null) {
                ImageIO.write(d.diffImage(), "png", OUT.resolve(name + ".diff.png").toFile());
            }
            Files.write(OUT.resolve(name + (svg ? ".svg" : ".pdf")), actual);
        }
        assertTrue(pct <= ceiling, name + ": " + String.format(Locale.ROOT, "%.2f", pct)
                + " % of pixels differ from MapServer 8.0's document (see target/regression/vector/)");
    }

    /** Same root size (points) and viewBox as Cairo's; vector paths where 8.0 has some; images only where it has. */
    static void assertSvgStructure(byte[] expected, byte[] actual, String name) throws Exception {
        Element e = parse(expected).getDocumentElement();
        Element a = parse(actual).getDocumentElement();
        assertEquals("svg", a.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", a.getNamespaceURI());
        assertEquals(e.getAttribute("width"), a.getAttribute("width"), name + ": width in points");
        assertEquals(e.getAttribute("height"), a.getAttribute("height"), name + ": height in points");
        assertEquals(e.getAttribute("viewBox").replace(" ", ""), a.getAttribute("viewBox").replace(" ", ""));
        if (e.getElementsByTagNameNS("*", "path").getLength() > 0) {
            assertTrue(a.getElementsByTagNameNS("*", "path").getLength() > 0, name + ": no vector paths");
        }
        boolean expectedImages = e.getElementsByTagNameNS("*", "image").getLength() > 0;
        boolean actualImages = a.getElementsByTagNameNS("*", "image").getLength() > 0;
        assertEquals(expectedImages, actualImages, name + ": embedded images where 8.0 has them, and only there");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static BufferedImage rasteriseSvg(byte[] svg) throws IOException {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg), null, LoaderContext.createDefault());
        ViewBox vb = doc.viewBox();
        int w = Math.round(vb.width);
        int h = Math.round(vb.height);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        doc.render((java.awt.Component) null, g, new ViewBox(0, 0, w, h));
        g.dispose();
        return img;
    }

    static BufferedImage rasterisePdf(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 72, ImageType.ARGB);
        }
    }

    static String pageSize(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            return box.getLowerLeftX() + " " + box.getLowerLeftY() + " " + box.getWidth() + " " + box.getHeight();
        }
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
