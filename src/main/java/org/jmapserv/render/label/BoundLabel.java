package org.jmapserv.render.label;

import java.util.Locale;
import java.util.Map;

import org.jmapserv.mapfile.model.Align;
import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.expr.FeatureContext;
import org.jmapserv.render.style.ColorText;

/**
 * A LABEL with its attribute bindings ({@code SIZE [attr]}, {@code COLOR [attr]}, …) replaced by one feature's
 * values, as bindLabel in msBindLayerToShape (maputil.c) does before a feature's labels are built: each bound
 * property first takes bindLabel's reset value (size 1, colour unset, priority 1, offsets 0, shadow 1), then the
 * attribute's value when it parses. POSITION and ALIGN take MapServer's integer codes or their names.
 */
public final class BoundLabel {

    private BoundLabel() {
    }

    /** {@code label} itself when it binds nothing, else a copy holding {@code f}'s values. */
    public static LabelDef bind(LabelDef label, FeatureContext f) {
        Map<String, String> b = label.bindings();
        if (b.isEmpty() || f == null) {
            return label;
        }
        LabelDef.Builder out = label.toBuilder();
        for (Map.Entry<String, String> e : b.entrySet()) {
            String v = f.attribute(e.getValue());
            switch (e.getKey()) {
                case "ANGLE" -> out.angle = number(v, 0);
                case "SIZE" -> {
                    out.size = Math.rint(number(v, 1)); // bindIntegerAttribute: whole points
                    out.sizeKeyword = null;
                }
                case "COLOR" -> out.color = color(v);
                case "OUTLINECOLOR" -> out.outlineColor = color(v);
                case "FONT" -> out.font = v;
                case "PRIORITY" -> out.priority = (int) Math.rint(number(v, 1));
                case "SHADOWSIZEX" -> out.shadowSizeX = Math.rint(number(v, 1));
                case "SHADOWSIZEY" -> out.shadowSizeY = Math.rint(number(v, 1));
                case "OFFSET_X" -> out.offsetX = Math.rint(number(v, 0));
                case "OFFSET_Y" -> out.offsetY = Math.rint(number(v, 0));
                case "ALIGN" -> out.align = align(v, label.align());
                case "POSITION" -> out.position = position(v, label.position());
                default -> {
                    // the reader stores only the keys above
                }
            }
        }
        return out.build();
    }

    private static double number(String v, double reset) {
        if (v == null || v.isBlank()) {
            return reset;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return reset;
        }
    }

    private static Color color(String v) {
        Color c = ColorText.parse(v);
        return c == null ? Color.UNSET : c;
    }

    /** MS_ALIGN_CENTER = 1, MS_ALIGN_RIGHT = 2 as integers (0 falls through to the names, as bindLabel tests). */
    private static Align align(String v, Align current) {
        if (v == null) {
            return current;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        int code = (int) number(t, 0);
        if (code == 1) {
            return Align.CENTER;
        }
        if (code == 2) {
            return Align.RIGHT;
        }
        if (t.length() >= 4) {
            if (t.startsWith("cente")) {
                return Align.CENTER;
            }
            if (t.startsWith("left")) {
                return Align.LEFT;
            }
            if (t.startsWith("right")) {
                return Align.RIGHT;
            }
        }
        return current;
    }

    /** MapServer's position codes: MS_UL = 101, then LR, UR, LL, CR, CL, UC, LC, CC, AUTO; or two-letter names. */
    private static Position position(String v, Position current) {
        if (v == null) {
            return current;
        }
        String t = v.trim().toUpperCase(Locale.ROOT);
        Position[] byCode = {Position.UL, Position.LR, Position.UR, Position.LL, Position.CR, Position.CL,
            Position.UC, Position.LC, Position.CC, Position.AUTO};
        int code = (int) number(t, 0);
        if (code >= 101 && code <= 110) {
            return byCode[code - 101];
        }
        if (t.length() == 2 && !t.equals("AU")) {
            try {
                return Position.valueOf(t);
            } catch (IllegalArgumentException e) {
                return current;
            }
        }
        return current;
    }
}
