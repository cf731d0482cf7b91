/**
 * Output formats and image encoders: resolving OUTPUTFORMAT / IMAGETYPE as msSelectOutputFormat and
 * msOutputFormatValidate do (mapoutput.c), and writing PNG (truecolour and 8-bit palette) and JPEG as
 * mapimageio.c does.
 *
 * <p>May import {@code org.jmapserv.mapfile.model} (and {@code org.jmapserv.mapfile} for positions) and the JDK;
 * knows nothing about maps or layers.
 */
package org.jmapserv.render.output;
