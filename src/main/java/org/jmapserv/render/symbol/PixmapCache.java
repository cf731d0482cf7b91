package org.jmapserv.render.symbol;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.SymbolDef;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;

/**
 * Loads PIXMAP symbol images once per path (msPreloadImageSymbol) and shares them between draws. IMAGE paths
 * are relative to the file that defined the symbol, else to the map directory. A missing or unreadable image
 * is an error naming the symbol and the file.
 */
public final class PixmapCache {

    private final Path mapDir;
    private final ConcurrentHashMap<String, BufferedImage> images = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, SVGDocument> svgs = new ConcurrentHashMap<>();
    /** Bytes of symbol images given by URL, fetched before drawing. */
    private final ConcurrentHashMap<String, byte[]> remote = new ConcurrentHashMap<>();
    /** Rasterised SVGs per path and scale; bounded because scales bound to attributes can vary per feature. */
    private final java.util.Map<String, BufferedImage> rasters = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, BufferedImage> e) {
                    return size() > 256;
                }
            });
    private static final BufferedImage EMPTY = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);

    public PixmapCache(Path mapDir) {
        this.mapDir = mapDir;
    }

    public BufferedImage image(SymbolDef s) {
        if (isUrl(s.image())) {
            return images.computeIfAbsent(s.image(), k -> decode(s, remoteBytes(s), s.image()));
        }
        Path p = resolve(s);
        return images.computeIfAbsent(p.toString(), k -> load(s, p));
    }

    /** IMAGE values MapServer fetches over HTTP (msAddImageSymbol / msPreloadImageSymbol: "http" prefix). */
    public static boolean isUrl(String image) {
        return image != null && image.regionMatches(true, 0, "http", 0, 4);
    }

    /** Stores the fetched bytes of a symbol image given by URL ({@link RemoteSymbols} fetches them). */
    void putRemote(String url, byte[] bytes) {
        remote.put(url, bytes);
    }

    boolean hasRemote(String url) {
        return remote.containsKey(url);
    }

    private byte[] remoteBytes(SymbolDef s) {
        byte[] b = remote.get(s.image());
        if (b == null) {
            throw new SymbolLoadException("msPreloadImageSymbol(): symbol '" + s.name() + "' names the URL "
                    + org.jmapserv.http.UrlRedactor.mask(s.image()) + ", which was not fetched (jmapserv fetches "
                    + "symbol URLs of the mapfile's SYMBOLs before drawing, through its HTTP client only).");
        }
        return b;
    }

    private static BufferedImage decode(SymbolDef s, byte[] bytes, String where) {
        try {
            BufferedImage raw = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (raw == null) {
                throw new SymbolLoadException("msPreloadImageSymbol(): Unable to load image "
                        + org.jmapserv.http.UrlRedactor.mask(where) + " of symbol '" + s.name()
                        + "': unsupported image format.");
            }
            BufferedImage pre = new BufferedImage(raw.getWidth(), raw.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
            pre.createGraphics().drawImage(raw, 0, 0, null);
            return pre;
        } catch (IOException e) {
            throw new SymbolLoadException("msPreloadImageSymbol(): Unable to load image "
                    + org.jmapserv.http.UrlRedactor.mask(where) + " of symbol '" + s.name() + "': " + e.getMessage());
        }
    }

    /**
     * A TYPE SVG symbol's document, parsed once (msPreloadSVGSymbol). JSVG is given no base for external
     * references, so an SVG symbol can never make the renderer read other files or the network.
     */
    public SVGDocument svg(SymbolDef s) {
        if (isUrl(s.image())) {
            return svgs.computeIfAbsent(s.image(), k -> {
                try {
                    SVGDocument d = new SVGLoader().load(new java.io.ByteArrayInputStream(remoteBytes(s)), null,
                            LoaderContext.createDefault());
                    if (d == null) {
                        throw new SymbolLoadException("msPreloadSVGSymbol(): Unable to load SVG "
                                + org.jmapserv.http.UrlRedactor.mask(s.image()) + " of symbol '" + s.name() + "'.");
                    }
                    return d;
                } catch (RuntimeException e) {
                    throw e instanceof SymbolLoadException sle ? sle : new SymbolLoadException(
                            "msPreloadSVGSymbol(): " + e.getMessage());
                }
            });
        }
        Path p = resolve(s);
        return svgs.computeIfAbsent(p.toString(), k -> loadSvg(s, p));
    }

    /**
     * The SVG rasterised at {@code scale} (premultiplied ARGB, (int) (width x scale) by (int) (height x scale)
     * pixels, as msRenderRasterizedSVGSymbol sizes its buffer), cached per symbol and scale; null when empty.
     */
    public BufferedImage svgRaster(SymbolDef s, double scale) {
        SVGDocument doc = svg(s);
        String key = (isUrl(s.image()) ? s.image() : resolve(s).toString()) + "@" + scale;
        BufferedImage r = rasters.computeIfAbsent(key, k -> {
            int w = (int) (doc.size().width * scale);
            int h = (int) (doc.size().height * scale);
            if (w <= 0 || h <= 0) {
                return EMPTY;
            }
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            java.awt.Graphics2D g = img.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL,
                    java.awt.RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            doc.render((java.awt.Component) null, g, null);
            g.dispose();
            return img;
        });
        return r == EMPTY ? null : r;
    }

    /**
     * The SVG rasterised already rotated, as msRenderRasterizedSVGSymbol does for a non-zero rotation: on a square
     * surface of MS_NINT(max(width, height) x 1.415) pixels, the SVG (scaled to (int) (size x scale + 0.5) pixels)
     * rotated about the surface's centre, both centres taken with integer halves as Cairo's translate got them.
     */
    public BufferedImage svgRasterRotated(SymbolDef s, double scale, double angle) {
        SVGDocument doc = svg(s);
        String key = (isUrl(s.image()) ? s.image() : resolve(s).toString()) + "@" + scale + "/" + angle;
        BufferedImage r = rasters.computeIfAbsent(key, k -> {
            int w = scale != 1 ? (int) (doc.size().width * scale + 0.5) : (int) doc.size().width;
            int h = scale != 1 ? (int) (doc.size().height * scale + 0.5) : (int) doc.size().height;
            int side = (int) Math.rint(Math.max(w, h) * 1.415);
            if (side <= 0) {
                return EMPTY;
            }
            BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
            java.awt.Graphics2D g = img.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL,
                    java.awt.RenderingHints.VALUE_STROKE_PURE);
            g.translate(side / 2, side / 2);
            g.rotate(-Math.toRadians(angle));
            g.translate(-(w / 2), -(h / 2));
            g.scale(scale, scale);
            doc.render((java.awt.Component) null, g, null);
            g.dispose();
            return img;
        });
        return r == EMPTY ? null : r;
    }

    private static SVGDocument loadSvg(SymbolDef s, Path p) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
            SVGDocument d = new SVGLoader().load(in, null, LoaderContext.createDefault());
            if (d == null) {
                throw new SymbolLoadException("msPreloadSVGSymbol(): Unable to load SVG " + p + " of symbol '"
                        + s.name() + "': not a valid SVG document.");
            }
            return d;
        } catch (IOException e) {
            throw new SymbolLoadException("msPreloadSVGSymbol(): Unable to open SVG " + p + " of symbol '"
                    + s.name() + "': " + e.getMessage());
        }
    }

    private Path resolve(SymbolDef s) {
        Path img = Path.of(s.image());
        if (img.isAbsolute()) {
            return img;
        }
        String defining = s.source() == null ? null : s.source().file();
        if (defining != null && !defining.isEmpty() && !defining.startsWith("<")) {
            Path parent = Path.of(defining).toAbsolutePath().getParent();
            if (parent != null) {
                return parent.resolve(img);
            }
        }
        return mapDir == null ? img.toAbsolutePath() : mapDir.resolve(img);
    }

    private static BufferedImage load(SymbolDef s, Path p) {
        try {
            BufferedImage raw = ImageIO.read(p.toFile());
            if (raw == null) {
                throw new SymbolLoadException("msPreloadImageSymbol(): Unable to load image " + p
                        + " of symbol '" + s.name() + "': unsupported image format.");
            }
            BufferedImage pre = new BufferedImage(raw.getWidth(), raw.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
            pre.createGraphics().drawImage(raw, 0, 0, null);
            return pre;
        } catch (IOException e) {
            throw new SymbolLoadException("msPreloadImageSymbol(): Unable to open image " + p
                    + " of symbol '" + s.name() + "': " + e.getMessage());
        }
    }

    /** A symbol's image could not be loaded; the message names the symbol and the file. */
    public static final class SymbolLoadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SymbolLoadException(String message) {
            super(message);
        }
    }
}
