package org.jmapserv.render.symbol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.model.SymbolType;

/**
 * The symbols a map can use, indexed as MapServer's symbolSetObj: index 0 is the built-in default (a filled
 * 1x1 ELLIPSE, represented here as {@code null}), the mapfile's and SYMBOLSET's symbols follow. Names resolve
 * case-insensitively; an unknown name naming an image file becomes a PIXMAP symbol as msGetSymbolIndex does
 * with try_addimage. Immutable and shared by concurrent draws.
 */
public final class SymbolCatalog {

    private final List<SymbolDef> symbols;
    private final Path baseDir;

    public SymbolCatalog(List<SymbolDef> symbols, Path baseDir) {
        List<SymbolDef> list = new ArrayList<>(symbols);
        if (!list.isEmpty() && isBuiltInDefault(list.get(0))) {
            list.remove(0);
        }
        list.replaceAll(SymbolCatalog::normalised);
        this.symbols = List.copyOf(list);
        this.baseDir = baseDir;
    }

    /**
     * A VECTOR symbol's POINTS as loadSymbol leaves them at END: shifted so the smallest x and y are 0 when either
     * is negative, or when ANCHORPOINT is not 0.5 0.5 and they are not already 0 (the first point seeds the minimum
     * even when it is a -99 pen-up, as in MapServer). Pen-up pairs stay.
     */
    static SymbolDef normalised(SymbolDef s) {
        if (s.type() != SymbolType.VECTOR || s.points().isEmpty()) {
            return s;
        }
        List<org.jmapserv.mapfile.model.Vertex> pts = s.points();
        double minX = pts.get(0).x();
        double minY = pts.get(0).y();
        for (int i = 1; i < pts.size(); i++) {
            org.jmapserv.mapfile.model.Vertex v = pts.get(i);
            if (v.x() != -99 && v.y() != -99) {
                minX = Math.min(minX, v.x());
                minY = Math.min(minY, v.y());
            }
        }
        boolean anchored = s.anchorX() != 0.5 || s.anchorY() != 0.5;
        if (!(minX < 0 || minY < 0 || anchored && (minX != 0 || minY != 0))) {
            return s;
        }
        List<org.jmapserv.mapfile.model.Vertex> shifted = new ArrayList<>();
        for (org.jmapserv.mapfile.model.Vertex v : pts) {
            shifted.add(v.x() != -99 && v.y() != -99 ? new org.jmapserv.mapfile.model.Vertex(v.x() - minX, v.y() - minY)
                    : v);
        }
        SymbolDef.Builder b = s.toBuilder();
        b.points = shifted;
        return b.build();
    }

    private static boolean isBuiltInDefault(SymbolDef s) {
        return s.name() == null && s.type() == SymbolType.ELLIPSE && s.points().size() <= 1;
    }

    /** The symbol a style names, {@code null} for symbol 0; throws when a name is unknown (loadStyle's error). */
    public SymbolDef resolve(StyleDef style, String layerName) throws UnknownSymbolException {
        if (style.symbolName() != null) {
            SymbolDef found = byName(style.symbolName());
            if (found != null) {
                return found;
            }
            SymbolDef image = imageSymbol(style.symbolName());
            if (image != null) {
                return image;
            }
            throw new UnknownSymbolException("msGetSymbolIndex(): Undefined symbol \"" + style.symbolName()
                    + "\" in class of layer " + layerName + ".");
        }
        int i = style.symbol();
        if (i <= 0) {
            return null;
        }
        if (i > symbols.size()) {
            throw new UnknownSymbolException("Undefined symbol index " + i + " in layer " + layerName + ".");
        }
        return symbols.get(i - 1);
    }

    /**
     * The symbol of a style whose SYMBOL is bound to an attribute, for one feature, as msBindLayerToShape does:
     * the attribute names a symbol, else it is taken as an image file (msGetSymbolIndex with try_addimage), so an
     * unknown name fails when the image cannot be read, as MapServer 8.0 fails the layer; an empty value is
     * symbol 0 ({@code null}).
     */
    public SymbolDef bound(StyleDef style, org.jmapserv.mapfile.model.expr.FeatureContext f) {
        String item = style.bindings().get("SYMBOL");
        String value = item == null || f == null ? null : f.attribute(item);
        if (value == null || value.isBlank()) {
            return null;
        }
        SymbolDef found = byName(value.strip());
        if (found != null) {
            return found;
        }
        SymbolDef.Builder b = new SymbolDef.Builder();
        b.name = value.strip();
        b.type = value.strip().toLowerCase(Locale.ROOT).endsWith(".svg") ? SymbolType.SVG : SymbolType.PIXMAP;
        b.image = (baseDir == null ? Path.of(b.name) : baseDir.resolve(b.name)).toString();
        return b.build();
    }

    public SymbolDef byName(String name) {
        for (SymbolDef s : symbols) {
            if (s.name() != null && s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return null;
    }

    private SymbolDef imageSymbol(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".gif") || lower.endsWith(".jpg") || lower.endsWith(".svg"))) {
            return null;
        }
        Path p = baseDir == null ? Path.of(name) : baseDir.resolve(name);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        SymbolDef.Builder b = new SymbolDef.Builder();
        b.name = name;
        b.type = lower.endsWith(".svg") ? SymbolType.SVG : SymbolType.PIXMAP;
        b.image = p.toString();
        return b.build();
    }

    /** Thrown when a STYLE references a symbol that does not exist. */
    public static final class UnknownSymbolException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnknownSymbolException(String message) {
            super(message);
        }
    }
}
