package org.jmapserv.image.raster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The parts of a GDAL {@code <VRTDataset>} document that VRTDataset::XMLInit, VRTSourcedRasterBand::XMLInit and
 * VRTComplexSource::XMLInit read for a plain sourced VRT. What jmapserv cannot reproduce (warped or pansharpened
 * datasets, raw or derived bands, averaged or kernel-filtered sources, mask bands, explicit overviews) is refused
 * with the element's name rather than drawn differently.
 */
record VrtDocument(Path file, int width, int height, GeoTransform geoTransform, int epsg, List<Band> bands) {

    private static final long MAX_BYTES = 16L << 20;
    private static final Pattern EPSG = Pattern.compile("(?i)(?:EPSG:{1,2}(\\d+)\\s*$|AUTHORITY\\[\"EPSG\",\"?(\\d+)\"?\\]"
            + "(?!.*AUTHORITY\\[)|ID\\[\"EPSG\",(\\d+)\\](?!.*ID\\[))", Pattern.DOTALL);

    /** One VRTRasterBand: its data type, NoDataValue, ColorInterp, ColorTable and its sources in order. */
    record Band(SampleType type, Double noData, String colorInterp, int[] palette, List<Source> sources) {

        /** A computed value stored in this band's type, as GDALCopyWords stores it (rounded, clamped). */
        float convert(double v) {
            float f = switch (type) {
                case BYTE -> Double.isNaN(v) ? 0 : (float) Math.max(0, Math.min(255, Math.floor(v + 0.5)));
                case UINT16 -> Double.isNaN(v) ? 0 : (float) Math.max(0, Math.min(65535, Math.floor(v + 0.5)));
                case INT16 -> Double.isNaN(v) ? 0 : (float) Math.max(-32768, Math.min(32767, round(v)));
                case UINT32 -> Double.isNaN(v) ? 0 : (float) Math.max(0, Math.min(4294967295.0, Math.floor(v + 0.5)));
                case INT32 -> Double.isNaN(v) ? 0 : (float) Math.max(Integer.MIN_VALUE,
                        Math.min(Integer.MAX_VALUE, round(v)));
                case FLOAT32, FLOAT64 -> (float) v;
            };
            return type == SampleType.FLOAT32 || type == SampleType.FLOAT64 ? f : f + 0.0f; // integers have no -0
        }

        private static double round(double v) {
            return v >= 0 ? Math.floor(v + 0.5) : Math.ceil(v - 0.5);
        }
    }

    /**
     * A SimpleSource or ComplexSource. {@code srcRect}/{@code dstRect} are {xOff, yOff, xSize, ySize} or null for
     * the whole source; {@code lut} is {inputs, outputs} or null; scaling applies when {@code scaled}.
     */
    record Source(Path file, int band, double[] srcRect, double[] dstRect, Double noData, boolean scaled,
            double scaleOffset, double scaleRatio, double[][] lut, int colorTableComponent) {

        /** VRTComplexSource's processing of one value: colour table component, then linear scaling, then LUT. */
        double apply(double v, int[] palette) {
            if (colorTableComponent > 0 && palette != null) {
                int k = (int) v;
                int argb = k >= 0 && k < palette.length ? palette[k] : 0;
                v = switch (colorTableComponent) {
                    case 1 -> argb >>> 16 & 0xff;
                    case 2 -> argb >>> 8 & 0xff;
                    case 3 -> argb & 0xff;
                    default -> argb >>> 24;
                };
            }
            // GDAL 3.6 works in Float32 here: 0.5 computed in double as 0.49999999 is 0.5 in float, and rounds up
            if (scaled) {
                v = (float) (v * scaleRatio + scaleOffset);
            }
            if (lut != null) {
                v = (float) lookup(v);
            }
            return v;
        }

        /** VRTComplexSource::LookupValue: clamped at both ends, linear between the points. */
        private double lookup(double v) {
            double[] in = lut[0];
            double[] out = lut[1];
            int i = 0;
            while (i < in.length && in[i] < v) {
                i++;
            }
            if (i == 0) {
                return out[0];
            }
            if (i == in.length) {
                return out[in.length - 1];
            }
            if (in[i] == v) {
                return out[i];
            }
            return out[i - 1] + (v - in[i - 1]) * ((out[i] - out[i - 1]) / (in[i] - in[i - 1]));
        }
    }

    static VrtDocument parse(Path file) throws RasterReadException {
        Element root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RasterReadException("'" + file + "' is a VRT of " + Files.size(file)
                        + " bytes; more than the " + (MAX_BYTES >> 20) + " MB a VRT document may have.");
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = Files.newInputStream(file)) {
                root = b.parse(in).getDocumentElement();
            }
        } catch (SAXException e) {
            throw new RasterReadException("'" + file + "' is not a well-formed VRT: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + e.getMessage());
        }
        if (!"VRTDataset".equals(root.getTagName())) {
            throw bad(file, "its root element is <" + root.getTagName() + ">, not <VRTDataset>");
        }
        if (!root.getAttribute("subClass").isEmpty()) {
            throw bad(file, "it is a " + root.getAttribute("subClass") + ", which jmapserv does not read (only plain"
                    + " sourced VRTs are read)");
        }
        int width = positive(file, root, "rasterXSize");
        int height = positive(file, root, "rasterYSize");
        GeoTransform gt = null;
        int epsg = 0;
        List<Band> bands = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (Element e : children(root)) {
            switch (e.getTagName()) {
                case "GeoTransform" -> gt = geoTransform(file, e.getTextContent());
                case "SRS" -> epsg = epsg(e.getTextContent());
                case "VRTRasterBand" -> bands.add(band(file, dir, e, bands.size() + 1));
                case "MaskBand", "OverviewList", "GCPList" -> throw bad(file, "<" + e.getTagName()
                        + "> is not supported");
                default -> {
                    // Metadata, BlockXSize and other elements that do not change the pixels
                }
            }
        }
        if (bands.isEmpty()) {
            throw bad(file, "it has no <VRTRasterBand>");
        }
        return new VrtDocument(file, width, height, gt, epsg, List.copyOf(bands));
    }

    private static Band band(Path file, Path dir, Element e, int n) throws RasterReadException {
        if (!e.getAttribute("subClass").isEmpty()) {
            throw bad(file, "band " + n + " is a " + e.getAttribute("subClass") + ", which jmapserv does not read");
        }
        SampleType type = dataType(file, e.getAttribute("dataType").isEmpty() ? "Byte" : e.getAttribute("dataType"));
        Double noData = null;
        String interp = "";
        int[] palette = null;
        List<Source> sources = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getTagName()) {
                case "NoDataValue" -> noData = number(file, c.getTextContent());
                case "ColorInterp" -> interp = c.getTextContent().trim();
                case "ColorTable" -> palette = colorTable(c);
                case "SimpleSource", "ComplexSource" -> sources.add(source(file, dir, c, n));
                case "AveragedSource", "KernelFilteredSource", "MaskBand", "Overview" -> throw bad(file, "band " + n
                        + " has a <" + c.getTagName() + ">, which is not supported");
                default -> {
                    // Description, Metadata, Offset, Scale, UnitType, HideNoDataValue: no effect on RasterIO
                }
            }
        }
        return new Band(type, noData, interp, palette, List.copyOf(sources));
    }

    private static Source source(Path file, Path dir, Element e, int n) throws RasterReadException {
        String name = null;
        boolean relative = false;
        int band = 1;
        double[] src = null;
        double[] dst = null;
        Double noData = null;
        boolean scaled = false;
        double offset = 0;
        double ratio = 1;
        double[][] lut = null;
        int component = 0;
        boolean complex = "ComplexSource".equals(e.getTagName());
        for (Element c : children(e)) {
            String text = c.getTextContent().trim();
            switch (c.getTagName()) {
                case "SourceFilename" -> {
                    name = text;
                    relative = "1".equals(c.getAttribute("relativeToVRT").trim());
                }
                case "SourceBand" -> {
                    try {
                        band = Integer.parseInt(text);
                    } catch (NumberFormatException x) {
                        throw bad(file, "band " + n + ": source band '" + text + "' is not supported (mask bands "
                                + "are not read)");
                    }
                    if (band < 1) {
                        throw bad(file, "band " + n + ": source band " + band + " does not exist");
                    }
                }
                case "SrcRect" -> src = rect(file, c);
                case "DstRect" -> dst = rect(file, c);
                case "NODATA" -> noData = complex ? number(file, text) : null;
                case "ScaleOffset" -> {
                    offset = number(file, text);
                    scaled = complex;
                }
                case "ScaleRatio" -> {
                    ratio = number(file, text);
                    scaled = complex;
                }
                case "LUT" -> lut = complex ? lut(file, text) : null;
                case "ColorTableComponent" -> component = complex ? (int) (double) number(file, text) : 0;
                case "Exponent", "SrcMin", "SrcMax", "DstMin", "DstMax" -> throw bad(file, "band " + n
                        + ": non-linear scaling (<" + c.getTagName() + ">) is not supported");
                default -> {
                    // SourceProperties, OpenOptions, UseMaskBand=false...: no effect on the values read
                }
            }
        }
        if (name == null || name.isEmpty()) {
            throw bad(file, "band " + n + " has a source without <SourceFilename>");
        }
        Path p = relative ? dir.resolve(name) : Path.of(name);
        return new Source(p.toAbsolutePath().normalize(), band, src, dst, noData, scaled, offset, ratio, lut,
                component);
    }

    private static double[] rect(Path file, Element e) throws RasterReadException {
        double[] r = new double[4];
        String[] names = {"xOff", "yOff", "xSize", "ySize"};
        for (int i = 0; i < 4; i++) {
            r[i] = number(file, e.getAttribute(names[i]));
            if (!Double.isFinite(r[i]) || Math.abs(r[i]) > 1e9) {
                throw bad(file, "<" + e.getTagName() + "> has " + names[i] + "=\"" + e.getAttribute(names[i]) + "\"");
            }
        }
        if (r[2] <= 0 || r[3] <= 0) {
            throw bad(file, "<" + e.getTagName() + "> has an empty size");
        }
        return r;
    }

    private static double[][] lut(Path file, String text) throws RasterReadException {
        String[] pairs = text.split("\\s*,\\s*");
        double[] in = new double[pairs.length];
        double[] out = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] kv = pairs[i].split(":");
            if (kv.length != 2) {
                throw bad(file, "<LUT> entry '" + pairs[i] + "' is not input:output");
            }
            in[i] = number(file, kv[0]);
            out[i] = number(file, kv[1]);
            if (i > 0 && in[i] < in[i - 1]) {
                throw bad(file, "<LUT> inputs are not in increasing order");
            }
        }
        return new double[][] {in, out};
    }

    private static int[] colorTable(Element e) {
        List<Integer> entries = new ArrayList<>();
        for (Element c : children(e)) {
            if ("Entry".equals(c.getTagName())) {
                entries.add(component(c, "c4", 255) << 24 | component(c, "c1", 0) << 16 | component(c, "c2", 0) << 8
                        | component(c, "c3", 0));
            }
        }
        return entries.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int component(Element e, String name, int dflt) {
        try {
            return e.hasAttribute(name) ? Math.max(0, Math.min(255, Integer.parseInt(e.getAttribute(name).trim())))
                    : dflt;
        } catch (NumberFormatException x) {
            return dflt;
        }
    }

    private static GeoTransform geoTransform(Path file, String text) throws RasterReadException {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 6) {
            throw bad(file, "<GeoTransform> needs 6 numbers, it has " + parts.length);
        }
        double[] c = new double[6];
        for (int i = 0; i < 6; i++) {
            c[i] = number(file, parts[i]);
        }
        return new GeoTransform(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** The EPSG code of an SRS given as EPSG:n or WKT with a final AUTHORITY / ID, else 0 (the layer's PROJECTION). */
    private static int epsg(String srs) {
        Matcher m = EPSG.matcher(srs.trim());
        int code = 0;
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    code = Integer.parseInt(m.group(g));
                }
            }
        }
        return code;
    }

    private static SampleType dataType(Path file, String name) throws RasterReadException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "byte" -> SampleType.BYTE;
            case "uint16" -> SampleType.UINT16;
            case "int16" -> SampleType.INT16;
            case "uint32" -> SampleType.UINT32;
            case "int32" -> SampleType.INT32;
            case "float32" -> SampleType.FLOAT32;
            case "float64" -> SampleType.FLOAT64;
            default -> throw bad(file, "band data type '" + name + "' is not supported");
        };
    }

    private static int positive(Path file, Element e, String attr) throws RasterReadException {
        try {
            int v = Integer.parseInt(e.getAttribute(attr).trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException x) {
            // reported below
        }
        throw bad(file, attr + "=\"" + e.getAttribute(attr) + "\" is not a valid size");
    }

    private static Double number(Path file, String text) throws RasterReadException {
        String t = text.trim();
        if (t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException x) {
            throw bad(file, "'" + t + "' is not a number");
        }
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static RasterReadException bad(Path file, String why) {
        return new RasterReadException("'" + file + "' is not a VRT jmapserv can read: " + why + ".");
    }
}
