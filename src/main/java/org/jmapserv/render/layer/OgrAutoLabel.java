package org.jmapserv.render.layer;

import java.util.Locale;

import org.jmapserv.data.ogr.OgrStyleString;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.expr.Expr;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.render.font.FontSet;

/**
 * The LABEL part of an OGR feature style string as a class LABEL, as msOGRUpdateStyleParseLabel (mapogr.cpp) builds
 * it from initLabel's defaults: {@code t} the text, taken literally (MapServer 8.0 substitutes neither OGR's
 * {@code {field}} nor {@code [item]} there), {@code s} the size in pixels (below 1 becomes 1), {@code a} the angle,
 * {@code p} the anchor 1-12 mapped to a POSITION (UR when absent: OGR anchors at the lower left), {@code c} the
 * colour, {@code o} the outline colour, {@code h} the shadow colour, {@code f} (with {@code bo}/{@code it} adding
 * "-bold"/"-italic") a FONTSET alias, spaces read as hyphens; a font name the FONTSET lacks falls back to its
 * "default" alias, and without that the label keeps the built-in font at MEDIUM size (10). Everything else
 * ({@code dx}, {@code dy}, {@code w}, {@code st}, {@code m}, ...) is ignored, as MapServer ignores it.
 */
final class OgrAutoLabel {

    private OgrAutoLabel() {
    }

    /** MS_MEDIUM: the size MapServer gives a label whose OGR font it cannot find. */
    private static final double MEDIUM = 10;

    /**
     * The label for {@code p}; {@code groundPixels} converts ground units to pixels. Throws
     * {@link IllegalArgumentException} for a malformed size, angle or anchor.
     */
    static LabelDef of(OgrStyleString.Part p, double groundPixels, FontSet fontSet) {
        LabelDef.Builder b = new LabelDef.Builder();
        String text = p.param("t");
        // a literal: OGR_ST_GetParamStr hands MapServer the text as written, and it is drawn as written
        b.text = text == null ? null : ExpressionDef.logical(text, new Expr.StringLiteral(text));
        b.angle = number(p, "a");
        double size = p.params().containsKey("s") ? p.pixels("s", groundPixels) : 0;
        b.size = size < 1 ? 1 : size;
        b.sizeKeyword = null;
        b.position = position(p);
        b.color = color(p, "c", b.color);
        b.shadowColor = color(p, "h", b.shadowColor);
        b.outlineColor = color(p, "o", b.outlineColor);
        String name = p.param("f");
        if (name != null && !name.isEmpty()) {
            String escaped = name.replace(' ', '-');
            String styled = escaped + (flag(p, "bo") ? "-bold" : "") + (flag(p, "it") ? "-italic" : "");
            if (fontSet.path(styled) != null) {
                b.font = styled;
            } else if (!styled.equals(escaped) && fontSet.path(escaped) != null) {
                b.font = escaped;
            } else if (fontSet.path("default") != null) {
                b.font = "default";
            } else {
                b.size = MEDIUM;
            }
        }
        return b.build();
    }

    /** OGR's anchor numbers (1-3 top, 4-6 middle, 7-9 bottom, 10-12 baseline) as MapServer maps them. */
    private static Position position(OgrStyleString.Part p) {
        if (!p.params().containsKey("p")) {
            return Position.UR;
        }
        return switch ((int) number(p, "p")) {
            case 2, 11 -> Position.UC;
            case 3, 12 -> Position.UL;
            case 4 -> Position.CR;
            case 5 -> Position.CC;
            case 6 -> Position.CL;
            case 7 -> Position.LR;
            case 8 -> Position.LC;
            case 9 -> Position.LL;
            default -> Position.UR;
        };
    }

    /** OGR_ST_GetParamNum / GetParamDbl: 0 when absent (MapServer does not check the null flag here). */
    private static double number(OgrStyleString.Part p, String name) {
        String v = p.param(name);
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + name + " \"" + v + "\" in LABEL");
        }
    }

    private static boolean flag(OgrStyleString.Part p, String name) {
        String v = p.param(name);
        return v != null && !v.isBlank() && !v.trim().toLowerCase(Locale.ROOT).matches("0+(\\.0*)?");
    }

    private static Color color(OgrStyleString.Part p, String name, Color fallback) {
        int[] rgba = p.color(name);
        return rgba == null ? fallback : new Color(rgba[0], rgba[1], rgba[2], rgba[3]);
    }
}
