package org.jmapserv.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a rendered image in one output format (mirrors msSaveImage / msSaveRasterBuffer, mapimageio.c). */
public interface ImageEncoder {

    void encode(BufferedImage image, OutputFormat format, OutputStream out) throws IOException;
}
