package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A page the renderer draws on through Java2D that is written as a vector document: the Cairo SVG and PDF
 * surfaces msImageCreateCairo (mapcairo.c) creates for {@code DRIVER CAIRO/SVG} and {@code CAIRO/PDF}. Shapes,
 * strokes and glyph outlines drawn on {@link #graphics()} become paths; images drawn on it (raster layers,
 * pixmap symbols, embedded legends) are embedded as images, as Cairo embeds image surfaces.
 */
public interface VectorCanvas {

    /** The page's Graphics2D, in pixel units (one pixel is one point, as Cairo's surfaces are sized). */
    Graphics2D graphics();

    /** Ends the page and returns the document's bytes (saveImageCairo); the canvas cannot be drawn on after. */
    byte[] finish();

    /** Marks a page's Graphics2D that cannot write a TexturePaint (JFreeSVG fills it black). */
    RenderingHints.Key NO_TEXTURE_PAINT = new RenderingHints.Key(0x7ec7) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof Boolean;
        }
    };

    /**
     * Marks a page's Graphics2D as a vector page (SVG, PDF): MapServer 8.0 draws seamless vector fill tiles only
     * for the AGG and Cairo raster renderers (msDrawShadeSymbol).
     */
    RenderingHints.Key VECTOR_PAGE = new RenderingHints.Key(0x7ec8) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof Boolean;
        }
    };

    /** True when {@code g} draws a vector page (see {@link #VECTOR_PAGE}). */
    static boolean isVectorPage(Graphics2D g) {
        return Boolean.TRUE.equals(g.getRenderingHint(VECTOR_PAGE));
    }

    /** True when texture fills on {@code g} must be drawn as images (see {@link #NO_TEXTURE_PAINT}). */
    static boolean lacksTexturePaint(Graphics2D g) {
        return Boolean.TRUE.equals(g.getRenderingHint(NO_TEXTURE_PAINT));
    }

    /** True for the formats written through a vector canvas. */
    static boolean isVector(OutputFormat format) {
        return format.kind() == OutputFormat.Kind.SVG || format.kind() == OutputFormat.Kind.PDF;
    }

    /**
     * A {@code width} x {@code height} page for {@code format}, painted with {@code background} (ARGB, ignored when
     * {@code transparent}) as msImageCreateCairo paints IMAGECOLOR.
     */
    static VectorCanvas create(OutputFormat format, int width, int height, java.awt.Color background) {
        VectorCanvas canvas = switch (format.kind()) {
            case SVG -> new SvgCanvas(width, height);
            case PDF -> new PdfCanvas(width, height);
            default -> throw new IllegalArgumentException("not a vector format: " + format.driver()
                    .toUpperCase(Locale.ROOT));
        };
        if (background != null && background.getAlpha() > 0) {
            Graphics2D g = canvas.graphics();
            java.awt.Paint old = g.getPaint();
            g.setPaint(background);
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
            g.setPaint(old);
        }
        return canvas;
    }

    /**
     * {@code image} alone on a page of its size: what mapserv's legend, scalebar and error-image modes give in a
     * vector format (their drawing is a raster, as MapServer's embedded legend is).
     */
    static byte[] ofImage(OutputFormat format, BufferedImage image) {
        VectorCanvas canvas = create(format, image.getWidth(), image.getHeight(), null);
        canvas.graphics().drawImage(image, 0, 0, null);
        return canvas.finish();
    }
}
