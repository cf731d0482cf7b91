package org.jmapserv.server.sld;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.parse.ExpressionRewriter;
import org.w3c.dom.Element;

/**
 * The GetMap vendor FILTER parameter (msWMSLoadGetMapParams, FLTApplyFilterToLayer in mapogcfilter.cpp): one
 * ogc:Filter per LAYERS entry, each in parentheses when there are several, "()" for none; each becomes the
 * layers' FILTER expression, ANDed with an expression FILTER the layer already has.
 */
public final class FilterParameter {
    private static final ExpressionDef BLANK = new ExpressionDef(ExpressionKind.LOGICAL, false, "", null);

    private FilterParameter() {
    }

    public static List<LayerDef> apply(List<LayerDef> layers, String layersParam, String filterParam)
            throws SldException {
        return apply(layers, layersParam, filterParam, FilterFrame.AS_GIVEN);
    }

    /** As {@link #apply(List, String, String)}, spatial operators' geometries read in {@code frame}. */
    public static List<LayerDef> apply(List<LayerDef> layers, String layersParam, String filterParam,
            FilterFrame frame) throws SldException {
        String[] names = layersParam.split(",");
        List<String> filters = split(filterParam.strip());
        if (filters.size() != names.length) {
            throw new SldException("msWMSApplyFilter: WMS server error. Wrong number of filter elements, one "
                    + "filter must be specified for each requested layer or groups.", true, "InvalidParameterValue");
        }
        List<LayerDef> out = new ArrayList<>(layers);
        for (int n = 0; n < names.length; n++) {
            String xml = filters.get(n).strip();
            if (xml.isEmpty()) {
                continue;
            }
            Element filter = SafeXml.parse(xml, "FILTER");
            if (!SafeXml.local(filter).equals("Filter")) {
                throw new SldException("FILTER must hold ogc:Filter elements.");
            }
            for (int i = 0; i < out.size(); i++) {
                LayerDef l = out.get(i);
                String name = names[n].strip();
                if (name.equalsIgnoreCase(l.name()) || (l.group() != null && name.equalsIgnoreCase(l.group()))) {
                    out.set(i, withFilter(l, expression(filter, frame, l, filters.get(n))));
                }
            }
        }
        return out;
    }

    private static String expression(Element filter, FilterFrame frame, LayerDef layer, String raw)
            throws SldException {
        try {
            return OgcFilterExpression.of(filter, frame, layer);
        } catch (SldException e) {
            if (SldException.MALFORMED_FILTER.equals(e.code())) {
                throw new SldException("msWMSApplyFilter(): WMS server error. Invalid or Unsupported FILTER : " + raw,
                        true, "InvalidParameterValue");
            }
            throw e;
        }
    }

    /** FLTSplitFilters: "(<Filter/>)(<Filter/>)" into its parts; a lone filter may go without parentheses. */
    static List<String> split(String s) throws SldException {
        List<String> out = new ArrayList<>();
        if (!s.startsWith("(")) {
            out.add(s);
            return out;
        }
        int depth = 0;
        int start = -1;
        boolean inTag = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && c == '(' && depth++ == 0) {
                start = i + 1;
            } else if (!inTag && c == ')' && --depth == 0) {
                out.add(s.substring(start, i));
            }
        }
        if (depth != 0) {
            throw new SldException("FILTER has unbalanced parentheses.");
        }
        return out;
    }

    private static LayerDef withFilter(LayerDef l, String expression) {
        ExpressionDef own = l.filter();
        String text = own != null && own.kind() == ExpressionKind.LOGICAL
                ? "((" + own.text() + ") AND " + expression + ")" : expression;
        LayerDef.Builder b = l.toBuilder();
        b.filter = ExpressionRewriter.withText(BLANK, text);
        return b.build();
    }
}
