package org.jmapserv.render.raster;

/** Why one raster layer could not be drawn, worded as MapServer's msSetError message (function name first). */
final class RasterDrawException extends Exception {

    RasterDrawException(String message) {
        super(message);
    }
}
