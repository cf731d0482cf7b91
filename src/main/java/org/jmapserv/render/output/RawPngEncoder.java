package org.jmapserv.render.output;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A raw-IMAGEMODE map (BYTE, INT16, FLOAT32) written with {@code DRIVER "GDAL/PNG"}, as msSaveImageGDAL hands its
 * band buffer to GDAL's PNG driver: every band becomes 8 bits (GDALCopyWords: rounded, clamped to 0..255, whatever
 * the mode), 1 band is grey, 2 grey + alpha, 3 RGB, 4 RGBA; NULLVALUE is written as the tRNS colour for grey and RGB
 * images (GDAL's PNG driver writes a band's NODATA so), not for those with an alpha band. More than 4 bands fail as
 * GDAL's PNG driver fails.
 */
final class RawPngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    void encode(RawImage raw, OutputStream out) throws IOException {
        int bands = raw.bands();
        if (bands > 4) {
            throw new IOException("msSaveImageGDAL(): General error message. PNG driver doesn't support " + bands
                    + " bands.  Must be 1 (grey), 2 (grey+alpha), 3 (rgb) or 4 (rgba) bands.");
        }
        int w = raw.width();
        int h = raw.height();
        int colorType = switch (bands) {
            case 1 -> 0;
            case 2 -> 4;
            case 3 -> 2;
            default -> 6;
        };
        DataOutputStream png = new DataOutputStream(out);
        png.write(SIGNATURE);
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.writeByte(8);
        d.writeByte(colorType);
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(0);
        chunk(png, "IHDR", ihdr.toByteArray());
        Float nul = raw.nullAsType();
        if (nul != null && (bands == 1 || bands == 3)) {
            int v = toByte(nul);
            byte[] trns = new byte[2 * bands];
            for (int b = 0; b < bands; b++) {
                trns[2 * b + 1] = (byte) v;
            }
            chunk(png, "tRNS", trns);
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(6))) {
            byte[] line = new byte[1 + w * bands];
            for (int y = 0; y < h; y++) {
                int k = 1;
                for (int x = 0; x < w; x++) {
                    for (int b = 0; b < bands; b++) {
                        line[k++] = (byte) toByte(raw.get(b, x, y));
                    }
                }
                z.write(line);
            }
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        png.flush();
    }

    /** GDALCopyWords from Float32/Int16/Byte to Byte: rounded half up, clamped, NaN as 0. */
    static int toByte(float v) {
        if (Float.isNaN(v)) {
            return 0;
        }
        double r = Math.floor(v + 0.5);
        return (int) Math.max(0, Math.min(255, r));
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(t);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }
}
