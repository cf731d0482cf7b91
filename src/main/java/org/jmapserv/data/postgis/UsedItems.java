package org.jmapserv.data.postgis;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Metadata;

/**
 * Which columns a layer draw needs, in the spirit of msLayerWhichItems: the *ITEM keywords, and every name that
 * appears in the layer's FILTER, GEOMTRANSFORM, UTFDATA and classes (expressions, TEXT, labels, attribute-bound style
 * properties). It errs on the side of fetching too much (a column name appearing anywhere in those definitions
 * counts), never too little; a layer that may be queried for attributes (TEMPLATE, HEADER/FOOTER or
 * {@code *_include_items} metadata) gets every column, as a query would. The definitions are searched in their
 * printed form with the printed field names ({@code name=}, {@code size=}) taken out: a column called {@code name}
 * is fetched when something refers to it, not because every class has a NAME (PostgisBench: a text column fetched
 * for nothing cost PostgreSQL and the driver a fifth of a full-extent draw's reading).
 */
record UsedItems(LayerDef layer, String text) {

    /** {@code field=} as records and maps print themselves: a definition's own field names, never a reference. */
    private static final Pattern FIELD_NAME = Pattern.compile("(?<![A-Za-z0-9_\\]\"'])[A-Za-z_][A-Za-z0-9_]*=(?!=)");

    static UsedItems of(LayerDef layer) {
        StringBuilder t = new StringBuilder();
        t.append(layer.classes()).append('\n').append(layer.filter()).append('\n').append(layer.geomTransform())
                .append('\n').append(layer.utfData());
        return new UsedItems(layer, FIELD_NAME.matcher(t).replaceAll(""));
    }

    /** Whether every column must be fetched (attributes may be queried). */
    boolean all() {
        if (layer.template() != null || layer.header() != null || layer.footer() != null) {
            return true;
        }
        for (Metadata.Entry e : layer.metadata().entries()) {
            if (e.key().toLowerCase(Locale.ROOT).endsWith("include_items")) {
                return true;
            }
        }
        return false;
    }

    boolean uses(String column) {
        for (String item : new String[] {layer.classItem(), layer.labelItem(), layer.filterItem(), layer.styleItem(),
            layer.utfItem(), layer.tileItem()}) {
            if (column.equalsIgnoreCase(item)) {
                return true;
            }
        }
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(column) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
