package org.jmapserv.image.raster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GDAL virtual raster ({@code <VRTDataset>} XML, GDAL's VRT driver): each band is assembled from
 * {@code SimpleSource} / {@code ComplexSource} windows of other rasters (SrcRect onto DstRect, NODATA,
 * ScaleOffset/ScaleRatio, LUT, ColorTableComponent), in document order, later sources over earlier ones, on a
 * background of the band's NoDataValue (else 0), then converted to the band's dataType as GDALCopyWords converts
 * (rounded, clamped). Reads are nearest-neighbour: every buffer pixel takes the source pixel under its centre, as
 * VRTSourcedRasterBand::IRasterIO hands its floating-point window to the sources.
 */
public final class VrtRasterSource implements RasterSource {

    /** VRTs being opened on this thread, outermost first: a source naming one of them is a recursive VRT. */
    private static final ThreadLocal<List<Path>> OPENING = ThreadLocal.withInitial(ArrayList::new);
    private static final int MAX_NESTING = 16;

    private final VrtDocument doc;
    private final RasterInfo info;
    private final Map<Path, RasterSource> sources;

    private VrtRasterSource(VrtDocument doc, RasterInfo info, Map<Path, RasterSource> sources) {
        this.doc = doc;
        this.info = info;
        this.sources = sources;
    }

    /** Parses {@code file} and opens every raster its sources name; errors name the VRT and the source file. */
    public static VrtRasterSource open(Path file) throws RasterReadException {
        Path key = file.toAbsolutePath().normalize();
        List<Path> opening = OPENING.get();
        if (opening.contains(key)) {
            throw new RasterReadException("'" + file + "' is a recursive VRT: it refers to itself through "
                    + opening.subList(opening.indexOf(key), opening.size()) + ".");
        }
        if (opening.size() >= MAX_NESTING) {
            throw new RasterReadException("'" + file + "': VRTs nested more than " + MAX_NESTING + " deep.");
        }
        VrtDocument doc = VrtDocument.parse(file);
        Map<Path, RasterSource> open = new LinkedHashMap<>();
        opening.add(key);
        try {
            for (VrtDocument.Band band : doc.bands()) {
                for (VrtDocument.Source s : band.sources()) {
                    if (open.containsKey(s.file())) {
                        continue;
                    }
                    RasterSource src;
                    try {
                        src = RasterFiles.open(s.file());
                    } catch (RasterReadException e) {
                        throw new RasterReadException("'" + file + "': its source '" + s.file()
                                + "' cannot be opened: " + e.getMessage());
                    }
                    open.put(s.file(), src);
                    if (s.band() > src.info().bandCount()) {
                        throw new RasterReadException("'" + file + "': its source '" + s.file() + "' has "
                                + src.info().bandCount() + " band(s), band " + s.band() + " is asked for.");
                    }
                }
            }
        } catch (RasterReadException | RuntimeException e) {
            open.values().forEach(RasterSource::close);
            throw e;
        } finally {
            opening.remove(opening.size() - 1);
            if (opening.isEmpty()) {
                OPENING.remove();
            }
        }
        VrtDocument.Band first = doc.bands().get(0);
        int alpha = 0;
        for (int i = 0; i < doc.bands().size(); i++) {
            if ("alpha".equalsIgnoreCase(doc.bands().get(i).colorInterp())) {
                alpha = i + 1;
                break;
            }
        }
        RasterInfo info = new RasterInfo(doc.width(), doc.height(), doc.bands().size(), first.type(),
                doc.geoTransform(), doc.epsg(), first.noData(), first.palette(), alpha, List.of());
        return new VrtRasterSource(doc, info, open);
    }

    @Override
    public RasterInfo info() {
        return info;
    }

    @Override
    public float[][] read(int[] bands, int xoff, int yoff, int xsize, int ysize, int bufWidth, int bufHeight)
            throws RasterReadException {
        double[] vx = centres(xoff, xsize, bufWidth);
        double[] vy = centres(yoff, ysize, bufHeight);
        float[][] out = new float[bands.length][];
        for (int b = 0; b < bands.length; b++) {
            if (bands[b] < 1 || bands[b] > doc.bands().size()) {
                throw new RasterReadException("'" + doc.file() + "' has no band " + bands[b] + ".");
            }
            out[b] = readBand(doc.bands().get(bands[b] - 1), vx, vy);
        }
        return out;
    }

    /** The VRT pixel coordinate of every buffer pixel's centre along one axis. */
    private static double[] centres(int off, int size, int buf) {
        double[] c = new double[buf];
        double inc = size / (double) buf;
        for (int i = 0; i < buf; i++) {
            c[i] = off + (i + 0.5) * inc;
        }
        return c;
    }

    private float[] readBand(VrtDocument.Band band, double[] vx, double[] vy) throws RasterReadException {
        int w = vx.length;
        float[] out = new float[w * vy.length];
        if (band.noData() != null) {
            java.util.Arrays.fill(out, band.noData().floatValue());
        }
        for (VrtDocument.Source s : band.sources()) {
            RasterSource src = sources.get(s.file());
            RasterInfo si = src.info();
            double[] srcRect = s.srcRect() != null ? s.srcRect() : new double[] {0, 0, si.width(), si.height()};
            double[] dstRect = s.dstRect() != null ? s.dstRect() : srcRect;
            int[] ci = mapAxis(vx, srcRect[0], srcRect[2], dstRect[0], dstRect[2], si.width());
            int[] cj = mapAxis(vy, srcRect[1], srcRect[3], dstRect[1], dstRect[3], si.height());
            if (ci == null || cj == null) {
                continue;
            }
            int i0 = ci[0];
            int j0 = cj[0];
            int[] cols = java.util.Arrays.copyOfRange(ci, 1, ci.length);
            int[] rows = java.util.Arrays.copyOfRange(cj, 1, cj.length);
            float[] vals = src.readPixels(new int[] {s.band()}, cols, rows)[0];
            int[] palette = s.colorTableComponent() > 0 ? si.palette() : null;
            for (int j = 0; j < rows.length; j++) {
                for (int i = 0; i < cols.length; i++) {
                    float v = vals[j * cols.length + i];
                    if (s.noData() != null && (s.noData().isNaN() ? Float.isNaN(v) : v == s.noData().floatValue())) {
                        continue;
                    }
                    out[(j0 + j) * w + i0 + i] = band.convert(s.apply(v, palette));
                }
            }
        }
        return out;
    }

    /**
     * The source pixel index of the buffer pixels whose centre {@code v} falls in the DstRect and on the source:
     * {first buffer index, source index...}, or null when none does. Sources are placed by their rectangles, so
     * the covered buffer pixels along an axis are one run.
     */
    private static int[] mapAxis(double[] v, double srcOff, double srcSize, double dstOff, double dstSize,
            int limit) {
        int first = -1;
        List<Integer> idx = new ArrayList<>();
        double ratio = srcSize / dstSize;
        for (int i = 0; i < v.length; i++) {
            if (v[i] < dstOff || v[i] >= dstOff + dstSize) {
                if (first >= 0) {
                    break;
                }
                continue;
            }
            int s = (int) Math.floor(srcOff + (v[i] - dstOff) * ratio + 1e-10);
            if (s < 0 || s >= limit) {
                if (first >= 0) {
                    break;
                }
                continue;
            }
            if (first < 0) {
                first = i;
            }
            idx.add(s);
        }
        if (first < 0) {
            return null;
        }
        int[] out = new int[idx.size() + 1];
        out[0] = first;
        for (int k = 0; k < idx.size(); k++) {
            out[k + 1] = idx.get(k);
        }
        return out;
    }

    @Override
    public void close() {
        sources.values().forEach(RasterSource::close);
    }
}
