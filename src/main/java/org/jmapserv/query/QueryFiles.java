package org.jmapserv.query;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.Extent;
import org.locationtech.jts.geom.Coordinate;

/**
 * msLoadQuery (mapquery.c): a query file must end in {@code .qy}; its first line says whether it holds query
 * parameters ("MapServer Query Params", {@link SavedQuery}, re-executed) or results ("MapServer Query Results",
 * {@link SavedResults}, in the binary layout 8.0 writes on x86-64: little-endian ints, 32-byte rectObj and
 * resultObj). A file without either magic string is refused without echoing any of its content. The caller checks
 * the path against WEB VALIDATION "queryfile" first, as msCGILoadForm does. A results file naming a layer index
 * past the map's layers is refused as MapServer's later fix does (8.0 itself crashes on it).
 */
public final class QueryFiles {

    static final String PARAMS_MAGIC = "MapServer Query Params";
    static final String RESULTS_MAGIC = "MapServer Query Results";
    private static final int RESULT_SIZE = 32;
    private static final int MAX_BYTES = 64 << 20;

    private QueryFiles() {
    }

    /** What a query file holds: exactly one of the two is set. */
    public record Loaded(SavedQuery params, SavedResults results) {
    }

    /**
     * Loads {@code file}; {@code shown} is the name as the request gave it (MapServer's messages show that).
     * {@code numLayers} bounds the layer indexes of a results file.
     */
    public static Loaded load(Path file, String shown, int numLayers) throws QueryException {
        if (!shown.endsWith(".qy")) {
            throw new QueryException("msLoadQuery(): General error message. Queryfile " + shown
                    + " has incorrect file extension.");
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new IOException("not a readable query file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new QueryException("msLoadQuery(): Unable to access file. (" + shown + ")");
        }
        int eol = indexOf(bytes, (byte) '\n');
        if (bytes.length == 0) {
            throw new QueryException("msLoadQuery(): Web application error. Empty file or failed read for " + shown
                    + ".");
        }
        String first = new String(bytes, 0, eol < 0 ? bytes.length : eol, StandardCharsets.ISO_8859_1);
        String lower = first.toLowerCase(Locale.ROOT);
        int rest = eol < 0 ? bytes.length : eol + 1;
        if (lower.startsWith(RESULTS_MAGIC.toLowerCase(Locale.ROOT))) {
            return new Loaded(null, results(ByteBuffer.wrap(bytes, rest, bytes.length - rest)
                    .order(ByteOrder.LITTLE_ENDIAN), numLayers));
        }
        if (lower.startsWith(PARAMS_MAGIC.toLowerCase(Locale.ROOT))) {
            return new Loaded(params(new String(bytes, rest, bytes.length - rest, StandardCharsets.UTF_8)), null);
        }
        throw new QueryException("msLoadQuery(): Web application error. Missing magic string, " + shown
                + " doesn't look like a MapServer query file.");
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** loadQueryResults. */
    private static SavedResults results(ByteBuffer in, int numLayers) throws QueryException {
        if (in.remaining() < 4) {
            throw fail("failed to read query count from query file stream");
        }
        int n = in.getInt();
        List<SavedResults.LayerRecords> layers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in.remaining() < 4) {
                throw fail("failed to read layer index from query file stream");
            }
            int layer = in.getInt();
            if (layer < 0 || layer >= numLayers) {
                throw fail("Invalid layer index loaded from query file.");
            }
            if (in.remaining() < 4) {
                throw fail("failed to read number of results from query file stream");
            }
            int count = in.getInt();
            if (count < 0) {
                throw fail("failed to read number of results from query file stream");
            }
            if (in.remaining() < 32) {
                throw fail("failed to read bounds from query file stream");
            }
            in.position(in.position() + 32);
            List<SavedResults.Record> records = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (in.remaining() < RESULT_SIZE) {
                    throw fail("failed to read result " + k + " from query file stream");
                }
                in.getLong(); // the shape pointer 8.0 writes along; meaningless once read back
                long shapeIndex = in.getLong();
                int tileIndex = in.getInt();
                in.getInt(); // resultindex: -1 for every loaded result
                int classIndex = in.getInt();
                in.getInt();
                records.add(new SavedResults.Record(shapeIndex, tileIndex, classIndex));
            }
            layers.removeIf(l -> l.layerIndex() == layer);
            layers.add(new SavedResults.LayerRecords(layer, records));
        }
        return new SavedResults(layers);
    }

    private static QueryException fail(String message) {
        return new QueryException("loadQueryResults(): General error message. " + message);
    }

    /** loadQueryParams: line 2 onwards; a line that does not scan is "Parse error line N". */
    private static SavedQuery params(String text) throws QueryException {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int[] head = {0, 0, -1, -1};
        double[] point = {-1, -1, 0};
        int maxResults = 0;
        double[] rect = {-1, -1, -1, -1};
        long[] index = {-1, -1, 1};
        String item = null;
        String filter = null;
        int shapeType = SavedQuery.SHAPE_NULL;
        List<List<Coordinate>> shape = new ArrayList<>();
        int lineNo = 2;
        for (int i = 0; i < lines.size() && lineNo <= 8; i++, lineNo++) {
            String line = lines.get(i);
            switch (lineNo) {
                case 2 -> {
                    double[] v = scan(line, 4, lineNo);
                    for (int k = 0; k < 4; k++) {
                        head[k] = (int) v[k];
                    }
                }
                case 3 -> {
                    double[] v = scan(line, 4, lineNo);
                    point = new double[] {v[0], v[1], v[2]};
                    maxResults = (int) v[3];
                }
                case 4 -> rect = scan(line, 4, lineNo);
                case 5 -> {
                    double[] v = scan(line, 3, lineNo);
                    index = new long[] {(long) v[0], (long) v[1], (long) v[2]};
                }
                case 6 -> item = line.startsWith("NULL") ? null : line;
                case 7 -> filter = line.startsWith("NULL") ? null : line;
                case 8 -> {
                    shapeType = (int) scan(line, 1, lineNo)[0];
                    if (shapeType != SavedQuery.SHAPE_NULL) {
                        int at = i + 1;
                        int numLines = (int) token(lines, at++, lineNo);
                        for (int l = 0; l < numLines; l++) {
                            int numPoints = (int) token(lines, at++, lineNo);
                            if (numPoints < 0) {
                                throw parseError(lineNo);
                            }
                            List<Coordinate> pts = new ArrayList<>();
                            for (int p = 0; p < numPoints; p++) {
                                double[] xy = at < lines.size() ? scan(lines.get(at++), 2, lineNo) : null;
                                if (xy == null) {
                                    throw parseError(lineNo);
                                }
                                pts.add(new Coordinate(xy[0], xy[1]));
                            }
                            shape.add(pts);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return new SavedQuery(head[0], head[1], head[2], head[3], point[0], point[1], point[2], maxResults,
                new Extent(rect[0], rect[1], rect[2], rect[3]), index[0], index[1], (int) index[2], item, filter,
                shapeType, shape);
    }

    private static double token(List<String> lines, int at, int lineNo) throws QueryException {
        if (at >= lines.size()) {
            throw parseError(lineNo);
        }
        return scan(lines.get(at), 1, lineNo)[0];
    }

    /** sscanf with {@code n} numbers: leading numbers must parse, extra text is ignored as sscanf ignores it. */
    private static double[] scan(String line, int n, int lineNo) throws QueryException {
        String[] t = line.trim().split("\\s+");
        if (t.length < n) {
            throw parseError(lineNo);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(t[i]);
            } catch (NumberFormatException e) {
                throw parseError(lineNo);
            }
        }
        return out;
    }

    private static QueryException parseError(int lineNo) {
        return new QueryException("loadQueryParameters(): General error message. Parse error line " + lineNo + ".");
    }
}
