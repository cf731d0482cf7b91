package org.jmapserv.render.symbol;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.jmapserv.mapfile.model.SymbolDef;

/**
 * Loads PIXMAP symbol images once per path (msPreloadImageSymbol) and shares them between draws. IMAGE paths
 * are relative to the file that defined the symbol, else to the map directory. A missing or unreadable image
 * is an error naming the symbol and the file.
 */
public final class PixmapCache {

    private final Path mapDir;
    private final ConcurrentHashMap<String, BufferedImage> images = new ConcurrentHashMap<>();

    public PixmapCache(Path mapDir) {
        this.mapDir = mapDir;
    }

    public BufferedImage image(SymbolDef s) {
        Path p = resolve(s);
        return images.computeIfAbsent(p.toString(), k -> load(s, p));
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
