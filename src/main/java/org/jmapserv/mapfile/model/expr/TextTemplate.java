package org.jmapserv.mapfile.model.expr;

/**
 * A plain TEXT value with attribute tags, e.g. {@code "[NAME] ([POP])"}: every {@code [item]} the
 * feature has is replaced by its value, as msEvalTextExpression (maputil.c) does for MS_STRING
 * expressions. A tag naming no attribute of the feature stays as written.
 */
final class TextTemplate {

    private TextTemplate() {
    }

    static String apply(String template, FeatureContext f) {
        int open = template.indexOf('[');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf(']', open + 1);
            if (close < 0) {
                break;
            }
            String value = f.attribute(template.substring(open + 1, close));
            out.append(template, from, open);
            if (value != null) {
                out.append(value);
                from = close + 1;
            } else {
                out.append('[');
                from = open + 1;
            }
            open = template.indexOf('[', from);
        }
        return out.append(template, from, template.length()).toString();
    }
}
