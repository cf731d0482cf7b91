package org.jmapserv.image.raster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a raster file by its content, as GDALOpen picks a driver: TIFF by its byte-order mark (TwelveMonkeys),
 * with the overviews of a {@code .ovr} beside it when it has none inside; a GDAL VRT document by its root element;
 * an ESRI ASCII grid by its first header keyword; everything else through the JDK's ImageIO readers (PNG, JPEG, GIF, BMP).
 */
public final class RasterFiles {

    private RasterFiles() {
    }

    public static RasterSource open(Path file) throws RasterReadException {
        return open(file, RasterBlockCache.shared(null));
    }

    /** Opens {@code file}; a TIFF keeps its decoded blocks in {@code cache}. */
    public static RasterSource open(Path file, RasterBlockCache cache) throws RasterReadException {
        if (!Files.isRegularFile(file)) {
            throw new RasterReadException("'" + file + "' does not exist, or is not a file.");
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new RasterReadException("'" + file + "' cannot be read: " + TiffRasterSource.describe(e));
        }
        if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42)
                || (head[0] == 'I' && head[1] == 'I' && head[2] == 43) || (head[0] == 'M' && head[3] == 43))) {
            TiffRasterSource tiff = TiffRasterSource.open(file, cache); // classic TIFF or BigTIFF
            Path ovr = tiff.info().overviews().isEmpty() ? ExternalOverviewSource.find(file) : null;
            return ovr == null ? tiff : ExternalOverviewSource.wrap(tiff, file, ovr);
        }
        if (new String(head, 0, Math.max(0, n), StandardCharsets.ISO_8859_1).contains("<VRTDataset")) {
            return VrtRasterSource.open(file); // as VRTDataset::Identify: the root element in the first bytes
        }
        if (AsciiGridSource.identify(head, n)) {
            return AsciiGridSource.open(file); // AAIGDataset::Identify: a header keyword first
        }
        return ImageRasterSource.open(file);
    }
}
