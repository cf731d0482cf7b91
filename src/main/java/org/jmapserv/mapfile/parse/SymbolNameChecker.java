package org.jmapserv.mapfile.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.mapfile.source.SourceLoader;

/**
 * Reports STYLE SYMBOL names that name no symbol (mirrors resolveSymbolNames / msGetSymbolIndex, mapfile.c and
 * mapsymbol.c): names match case-insensitively; a name that is an existing image file (relative to the mapfile)
 * or a URL is accepted, because MapServer then loads it as a PIXMAP or SVG symbol.
 */
final class SymbolNameChecker {
    private final SourceLoader loader;
    private final Path mapPath;

    SymbolNameChecker(SourceLoader loader, Path mapPath) {
        this.loader = loader;
        this.mapPath = mapPath;
    }

    void check(MapDef.Builder map, Problems problems) {
        for (LayerDef layer : map.layers) {
            for (int c = 0; c < layer.classes().size(); c++) {
                ClassDef cls = layer.classes().get(c);
                checkStyles(cls.styles(), map.symbols, layer, c, problems);
                for (LabelDef label : cls.labels()) {
                    checkStyles(label.styles(), map.symbols, layer, c, problems);
                }
            }
        }
    }

    private void checkStyles(List<StyleDef> styles, List<SymbolDef> symbols, LayerDef layer, int classIndex,
            Problems problems) {
        for (int s = 0; s < styles.size(); s++) {
            String name = styles.get(s).symbolName();
            if (name != null && !known(name, symbols) && !isImage(name)) {
                problems.add(new Diagnostic(styles.get(s).source(), "Undefined symbol \"" + name + "\" in class "
                        + classIndex + ", style " + s + " of layer " + layer.name() + "."));
            }
        }
    }

    private static boolean known(String name, List<SymbolDef> symbols) {
        for (SymbolDef d : symbols) {
            if (d.name() != null && d.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean isImage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return true;
        }
        try {
            return loader.exists(mapPath.resolve(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
