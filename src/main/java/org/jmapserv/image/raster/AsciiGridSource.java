package org.jmapserv.image.raster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ESRI ASCII grid (.asc), read as GDAL's AAIGrid driver reads it (AAIGDataset::CommonOpen and
 * AAIGRasterBand::IReadBlock): a header of {@code ncols}, {@code nrows}, {@code xllcorner|xllcenter},
 * {@code yllcorner|yllcenter}, {@code cellsize} (or {@code dx} and {@code dy}) and an optional
 * {@code NODATA_value}, in any order and case, then {@code nrows} rows of {@code ncols} values separated by blanks
 * or line breaks. The band is Int32 unless the NODATA value or any value has a decimal point or an exponent (then
 * Float32, as GDAL scans the file for them).
 *
 * <p>Opening scans the file once to check every value and to remember where each row starts; reads then parse only
 * the rows a window needs, so memory holds the window, not the grid. Declared sizes the file cannot hold (each value
 * takes at least two bytes) are refused before anything is allocated.
 */
public final class AsciiGridSource implements RasterSource {

    private static final String[] HEADER_KEYS = {"ncols", "nrows", "xllcorner", "yllcorner", "xllcenter",
        "yllcenter", "cellsize", "dx", "dy", "nodata_value"};

    private final Path file;
    private final RasterInfo info;
    private final long[] rowStarts;
    private final RandomAccessFile in;

    private AsciiGridSource(Path file, RasterInfo info, long[] rowStarts, RandomAccessFile in) {
        this.file = file;
        this.info = info;
        this.rowStarts = rowStarts;
        this.in = in;
    }

    /** Whether the first bytes look like an ASCII grid header, as AAIGDataset::Identify tells. */
    public static boolean identify(byte[] head, int n) {
        String s = new String(head, 0, Math.max(0, Math.min(n, 16)), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String k : new String[] {"ncols", "nrows", "xllcorner", "yllcorner", "xllcenter", "yllcenter", "dx",
            "dy", "cellsize"}) {
            if (s.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    public static AsciiGridSource open(Path file) throws RasterReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + e.getMessage());
        }
        Header h;
        long[] rows;
        boolean isFloat;
        try (InputStream s = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Scanner sc = new Scanner(s);
            h = Header.read(sc, file);
            long values = (long) h.ncols * h.nrows;
            long left = size - sc.tokenStart; // from the first value on
            if (values > (left + 1) / 2) {
                throw new RasterReadException("'" + file + "': an ASCII grid of " + h.ncols + " x " + h.nrows
                                + " values cannot fit in the " + left + " bytes after its header (truncated or corrupt).");
            }
            rows = new long[h.nrows];
            isFloat = h.noDataFloat;
            long count = 0;
            String tok = h.firstValue;
            while (tok != null) {
                if (count < values && count % h.ncols == 0) {
                    rows[(int) (count / h.ncols)] = sc.tokenStart;
                }
                if (!isNumber(tok)) {
                    throw new RasterReadException("'" + file + "': value " + (count + 1) + " of the ASCII grid, '"
                            + shorten(tok) + "', is not a number.");
                }
                if (tok.indexOf('.') >= 0 || tok.indexOf('e') >= 0 || tok.indexOf('E') >= 0) {
                    isFloat = true;
                }
                count++;
                if (count >= values) {
                    break;
                }
                tok = sc.next();
            }
            if (count < values) {
                throw new RasterReadException("'" + file + "': the ASCII grid declares " + h.ncols + " x " + h.nrows
                        + " values but holds only " + count + " (truncated).");
            }
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + e.getMessage());
        }
        Double noData = h.noData;
        if (noData != null && !isFloat) {
            noData = (double) (long) noData.doubleValue();
        } else if (noData != null) {
            noData = (double) (float) noData.doubleValue();
        }
        RasterInfo info = new RasterInfo(h.ncols, h.nrows, 1, isFloat ? SampleType.FLOAT32 : SampleType.INT32,
                h.geoTransform(), 0, noData, null, 0, List.of());
        try {
            return new AsciiGridSource(file, info, rows, new RandomAccessFile(file.toFile(), "r"));
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + e.getMessage());
        }
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        for (int b : bands) {
            if (b != 1) {
                throw new RasterReadException("'" + file + "': an ASCII grid has one band, band " + b
                        + " was asked for.");
            }
        }
        NearestPlan plan = NearestPlan.of(info.width(), info.height(), List.of(), xoff, yoff, xsize, ysize, bufWidth,
                bufHeight);
        float[] out = new float[bufWidth * bufHeight];
        int lastCol = plan.maxCol();
        float[] line = new float[lastCol + 1];
        int lineRow = -1;
        for (int j = 0; j < bufHeight; j++) {
            int r = plan.rows()[j];
            if (r != lineRow) {
                readRow(r, line);
                lineRow = r;
            }
            for (int i = 0; i < bufWidth; i++) {
                out[j * bufWidth + i] = line[plan.cols()[i]];
            }
        }
        float[][] res = new float[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            res[b] = b == 0 ? out : out.clone();
        }
        return res;
    }

    /** Parses the first {@code line.length} values of row {@code r}. */
    private void readRow(int r, float[] line) throws RasterReadException {
        try {
            in.seek(rowStarts[r]);
            Scanner sc = new Scanner(new RandomAccessInput(in));
            for (int i = 0; i < line.length; i++) {
                String t = sc.next();
                if (t == null) {
                    throw new RasterReadException("'" + file + "': row " + (r + 1) + " of the ASCII grid ends "
                            + "early (the file changed since it was opened?).");
                }
                double v = Double.parseDouble(t);
                line[i] = info.sampleType() == SampleType.INT32 ? (float) (long) v : (float) v;
            }
        } catch (IOException | NumberFormatException e) {
            throw new RasterReadException("'" + file + "': row " + (r + 1) + " of the ASCII grid cannot be read: "
                    + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }

    static boolean isNumber(String t) {
        try {
            double v = Double.parseDouble(t);
            return !Double.isNaN(v) || t.equalsIgnoreCase("nan");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shorten(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /** The header's values; {@code firstValue} is the first data token, read while looking for more keys. */
    private static final class Header {
        int ncols = -1;
        int nrows = -1;
        Double xll;
        Double yll;
        boolean xCenter;
        boolean yCenter;
        Double cellsize;
        Double dx;
        Double dy;
        Double noData;
        boolean noDataFloat;
        String firstValue;

        static Header read(Scanner sc, Path file) throws IOException, RasterReadException {
            Header h = new Header();
            List<String> seen = new ArrayList<>();
            String tok;
            while ((tok = sc.next()) != null) {
                String key = tok.toLowerCase(Locale.ROOT);
                if (!isKey(key)) {
                    h.firstValue = tok;
                    break;
                }
                String value = sc.next();
                if (value == null || !isNumber(value)) {
                    throw new RasterReadException("'" + file + "': the ASCII grid header's " + tok
                            + " has no numeric value" + (value == null ? "" : " ('" + shorten(value) + "')") + ".");
                }
                seen.add(key);
                double v = Double.parseDouble(value);
                switch (key) {
                    case "ncols" -> h.ncols = size(v, tok, file);
                    case "nrows" -> h.nrows = size(v, tok, file);
                    case "xllcorner" -> h.xll = v;
                    case "yllcorner" -> h.yll = v;
                    case "xllcenter" -> {
                        h.xll = v;
                        h.xCenter = true;
                    }
                    case "yllcenter" -> {
                        h.yll = v;
                        h.yCenter = true;
                    }
                    case "cellsize" -> h.cellsize = v;
                    case "dx" -> h.dx = v;
                    case "dy" -> h.dy = v;
                    default -> {
                        h.noData = v;
                        h.noDataFloat = value.indexOf('.') >= 0 || value.indexOf('e') >= 0
                                || value.indexOf('E') >= 0;
                    }
                }
            }
            if (h.ncols < 0 || h.nrows < 0 || h.xll == null || h.yll == null
                    || (h.cellsize == null && (h.dx == null || h.dy == null))) {
                throw new RasterReadException("'" + file + "' is not a valid ASCII grid: its header needs ncols, "
                        + "nrows, xllcorner (or xllcenter), yllcorner (or yllcenter) and cellsize (or dx and dy).");
            }
            if (h.firstValue == null) {
                throw new RasterReadException("'" + file + "': the ASCII grid has a header but no values "
                        + "(truncated).");
            }
            return h;
        }

        private static boolean isKey(String key) {
            for (String k : HEADER_KEYS) {
                if (k.equals(key)) {
                    return true;
                }
            }
            return false;
        }

        private static int size(double v, String key, Path file) throws RasterReadException {
            if (v < 1 || v > Integer.MAX_VALUE / 2 || v != Math.floor(v)) {
                throw new RasterReadException("'" + file + "': the ASCII grid header's " + key + " " + v
                        + " is not a valid size.");
            }
            return (int) v;
        }

        GeoTransform geoTransform() {
            double cx = dx != null && dy != null ? dx : cellsize;
            double cy = dx != null && dy != null ? dy : cellsize;
            double x0 = xCenter ? xll - 0.5 * cx : xll;
            double top = yCenter ? yll + (nrows - 0.5) * cy : yll + nrows * cy;
            return new GeoTransform(x0, cx, 0, top, 0, -cy);
        }
    }

    /** Blank-separated tokens from a byte stream, with the byte offset each token starts at. */
    private static final class Scanner {
        private final InputStream in;
        long pos;
        long tokenStart;
        private final StringBuilder sb = new StringBuilder();

        Scanner(InputStream in) {
            this.in = in;
        }

        /** The next token, or null at the end; a token longer than 100 characters is cut there. */
        String next() throws IOException {
            int c;
            do {
                c = in.read();
                pos++;
            } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
            if (c < 0) {
                return null;
            }
            tokenStart = pos - 1;
            sb.setLength(0);
            while (c >= 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                if (sb.length() < 100) {
                    sb.append((char) c);
                }
                c = in.read();
                pos++;
            }
            return sb.toString();
        }
    }

    /** A buffered stream over a {@link RandomAccessFile} from its current position. */
    private static final class RandomAccessInput extends InputStream {
        private final RandomAccessFile f;
        private final byte[] buf = new byte[8192];
        private int len;
        private int at;

        RandomAccessInput(RandomAccessFile f) {
            this.f = f;
        }

        @Override
        public int read() throws IOException {
            if (at >= len) {
                len = f.read(buf, 0, buf.length);
                at = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[at++] & 0xff;
        }
    }
}
