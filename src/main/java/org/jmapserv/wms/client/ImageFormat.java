package org.jmapserv.wms.client;

import java.util.Locale;

/** Raster formats a WMS may answer with, recognised by mime type, by the names used in wms_format, and by magic bytes. */
public enum ImageFormat {
    PNG, JPEG, GIF, TIFF;

    /** The family of a FORMAT value or Content-Type ({@code image/png; mode=8bit}, {@code PNG}, ...), or null. */
    public static ImageFormat fromMimeOrName(String value) {
        if (value == null) {
            return null;
        }
        String v = value.toLowerCase(Locale.ROOT).trim();
        int semi = v.indexOf(';');
        if (semi >= 0) {
            v = v.substring(0, semi).trim();
        }
        if (v.startsWith("image/")) {
            v = v.substring(6);
        }
        return switch (v) {
            case "png", "png8", "png24", "png32", "x-png" -> PNG;
            case "jpeg", "jpg", "pjpeg" -> JPEG;
            case "gif" -> GIF;
            case "tiff", "tif", "geotiff" -> TIFF;
            default -> null;
        };
    }

    /** The format whose signature starts {@code body}, or null. */
    public static ImageFormat sniff(byte[] body) {
        if (startsWith(body, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(body, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(body, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(body, 'I', 'I', 42, 0) || startsWith(body, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int... sig) {
        if (body.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((body[i] & 0xff) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
