package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A STYLE block (styleObj; defaults from initStyle, mapfile.c). Sizes are in pixels at the layer's scale; a property bound to an attribute appears in {@code bindings}, a property given as an (expression) in {@code expressions}.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record StyleDef(
        Color color,
        Color outlineColor,
        double width,
        double outlineWidth,
        double size,
        double minSize,
        double maxSize,
        double minWidth,
        double maxWidth,
        String symbolName,
        int symbol,
        int opacity,
        List<Double> pattern,
        double gap,
        double initialGap,
        LineCap lineCap,
        LineJoin lineJoin,
        double lineJoinMaxSize,
        double angle,
        boolean autoAngle,
        double offsetX,
        double offsetY,
        double polarOffsetPixel,
        double polarOffsetAngle,
        ExpressionDef geomTransform,
        double minScaleDenom,
        double maxScaleDenom,
        boolean antialias,
        Color minColor,
        Color maxColor,
        double minValue,
        double maxValue,
        String rangeItem,
        Map<String,String> bindings,
        Map<String,ExpressionDef> expressions,
        SourcePosition source) {

    public StyleDef {
        pattern = List.copyOf(pattern);
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.color = color;
        b.outlineColor = outlineColor;
        b.width = width;
        b.outlineWidth = outlineWidth;
        b.size = size;
        b.minSize = minSize;
        b.maxSize = maxSize;
        b.minWidth = minWidth;
        b.maxWidth = maxWidth;
        b.symbolName = symbolName;
        b.symbol = symbol;
        b.opacity = opacity;
        b.pattern = new ArrayList<>(pattern);
        b.gap = gap;
        b.initialGap = initialGap;
        b.lineCap = lineCap;
        b.lineJoin = lineJoin;
        b.lineJoinMaxSize = lineJoinMaxSize;
        b.angle = angle;
        b.autoAngle = autoAngle;
        b.offsetX = offsetX;
        b.offsetY = offsetY;
        b.polarOffsetPixel = polarOffsetPixel;
        b.polarOffsetAngle = polarOffsetAngle;
        b.geomTransform = geomTransform;
        b.minScaleDenom = minScaleDenom;
        b.maxScaleDenom = maxScaleDenom;
        b.antialias = antialias;
        b.minColor = minColor;
        b.maxColor = maxColor;
        b.minValue = minValue;
        b.maxValue = maxValue;
        b.rangeItem = rangeItem;
        b.bindings = new LinkedHashMap<>(bindings);
        b.expressions = new LinkedHashMap<>(expressions);
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Color color = Color.UNSET;
        public Color outlineColor = Color.UNSET;
        public double width = 1;
        public double outlineWidth = 0;
        /** -1 means the symbol's own size. */
        public double size = -1;
        public double minSize = 0;
        public double maxSize = 500;
        public double minWidth = 0;
        public double maxWidth = 32;
        /** A symbol referenced by name, resolved after loading (case-insensitive). */
        public String symbolName = null;
        /** Symbol index when given as a number; 0 is MapServer's built-in default symbol. */
        public int symbol = 0;
        public int opacity = 100;
        public List<Double> pattern = new ArrayList<>();
        public double gap = 0;
        public double initialGap = -1;
        public LineCap lineCap = LineCap.ROUND;
        public LineJoin lineJoin = LineJoin.ROUND;
        public double lineJoinMaxSize = 3;
        public double angle = 0;
        public boolean autoAngle = false;
        public double offsetX = 0;
        public double offsetY = 0;
        public double polarOffsetPixel = 0;
        public double polarOffsetAngle = 0;
        /** A named transform (start, end, vertices, ...) is a STRING expression. */
        public ExpressionDef geomTransform = null;
        public double minScaleDenom = -1;
        public double maxScaleDenom = -1;
        public boolean antialias = true;
        public Color minColor = Color.UNSET;
        public Color maxColor = Color.UNSET;
        public double minValue = 0;
        public double maxValue = 1;
        public String rangeItem = null;
        /** Property keyword (upper case) -> attribute name. */
        public Map<String,String> bindings = new LinkedHashMap<>();
        /** Property keyword (upper case) -> (expression). */
        public Map<String,ExpressionDef> expressions = new LinkedHashMap<>();
        public SourcePosition source = SourcePosition.NONE;

        public StyleDef build() {
            return new StyleDef(
                    color, outlineColor, width, outlineWidth, size, minSize, maxSize, minWidth,
                    maxWidth, symbolName, symbol, opacity, pattern, gap, initialGap, lineCap,
                    lineJoin, lineJoinMaxSize, angle, autoAngle, offsetX, offsetY, polarOffsetPixel,
                    polarOffsetAngle, geomTransform, minScaleDenom, maxScaleDenom, antialias,
                    minColor, maxColor, minValue, maxValue, rangeItem, bindings, expressions, source);
        }
    }
}
