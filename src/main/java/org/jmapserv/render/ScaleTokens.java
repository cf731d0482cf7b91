package org.jmapserv.render;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ScaleTokenDef;
import org.jmapserv.mapfile.parse.ExpressionRewriter;

/**
 * SCALETOKEN substitution as msLayerApplyScaletokens (maplayer.c) does it when a layer is opened: for each token,
 * the VALUES entry whose range holds the map's scale denominator (an entry runs from its key up to the next key;
 * the first entry when the scale is unknown) replaces every occurrence of the token's NAME in DATA, TILEINDEX,
 * TILEITEM, FILTERITEM, the FILTER's stored text and each PROCESSING entry. The FILTER is then read back as
 * msLoadExpressionString reads a bare token ({@link ExpressionRewriter#reloaded}): MapServer 8 keeps a logical
 * FILTER's text without its parentheses, so {@code FILTER ([POP] > %min%)} with a token becomes the plain string
 * "[POP] > 100000" and matches nothing; we do the same rather than draw what MapServer does not. Nothing else is substituted
 * (CLASSITEM, LABELITEM and class expressions keep the literal token, as in MapServer 8).
 */
public final class ScaleTokens {

    private ScaleTokens() {
    }

    /** {@code layer} with its scale tokens replaced for {@code scaleDenom}; the layer itself when it has none. */
    public static LayerDef apply(LayerDef layer, double scaleDenom) {
        if (layer.scaleTokens().isEmpty()) {
            return layer;
        }
        LayerDef.Builder b = layer.toBuilder();
        for (ScaleTokenDef token : layer.scaleTokens()) {
            String name = token.name();
            String value = valueAt(token.values(), scaleDenom);
            if (name == null || name.isEmpty() || value == null) {
                continue;
            }
            b.data = replace(b.data, name, value);
            b.tileIndex = replace(b.tileIndex, name, value);
            b.tileItem = replace(b.tileItem, name, value);
            b.filterItem = replace(b.filterItem, name, value);
            if (b.filter != null && b.filter.text().contains(name)) {
                b.filter = ExpressionRewriter.reloaded(b.filter.text().replace(name, value));
            }
            List<String> processing = new ArrayList<>(b.processing.size());
            for (String p : b.processing) {
                processing.add(p.replace(name, value));
            }
            b.processing = processing;
        }
        return b.build();
    }

    /** The value for {@code scale}: the entry with key &lt;= scale &lt; next key; the first when scale &lt;= 0. */
    static String valueAt(Metadata values, double scale) {
        List<Metadata.Entry> entries = values.entries();
        if (entries.isEmpty()) {
            return null;
        }
        if (scale <= 0) {
            return entries.get(0).value();
        }
        for (int i = 0; i < entries.size(); i++) {
            double min = atof(entries.get(i).key());
            double max = i + 1 < entries.size() ? atof(entries.get(i + 1).key()) : Double.MAX_VALUE;
            if (scale < max && scale >= min) {
                return entries.get(i).value();
            }
        }
        return null;
    }

    /** The key as C's atof reads it (loadScaletoken): a number, else 0. */
    private static double atof(String key) {
        try {
            return Double.parseDouble(key.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String replace(String s, String name, String value) {
        return s == null ? null : s.replace(name, value);
    }
}
