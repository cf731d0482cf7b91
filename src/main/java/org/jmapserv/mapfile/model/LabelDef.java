package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A LABEL block (labelObj; defaults from initLabel, mapfile.c). {@code sizeKeyword} keeps TINY..GIANT when SIZE was a keyword.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record LabelDef(
        ExpressionDef text,
        String font,
        double size,
        String sizeKeyword,
        Color color,
        Color outlineColor,
        int outlineWidth,
        Color shadowColor,
        double shadowSizeX,
        double shadowSizeY,
        Position position,
        double offsetX,
        double offsetY,
        double angle,
        AngleMode angleMode,
        boolean partials,
        int minDistance,
        int repeatDistance,
        int buffer,
        int priority,
        int maxLength,
        int minFeatureSize,
        boolean minFeatureSizeAuto,
        double minSize,
        double maxSize,
        double maxOverlapAngle,
        String wrap,
        Align align,
        Force force,
        double minScaleDenom,
        double maxScaleDenom,
        List<StyleDef> styles,
        ExpressionDef expression,
        String encoding,
        Map<String,String> bindings,
        Map<String,ExpressionDef> expressions,
        SourcePosition source) {

    public LabelDef {
        styles = List.copyOf(styles);
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions));
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.font = font;
        b.size = size;
        b.sizeKeyword = sizeKeyword;
        b.color = color;
        b.outlineColor = outlineColor;
        b.outlineWidth = outlineWidth;
        b.shadowColor = shadowColor;
        b.shadowSizeX = shadowSizeX;
        b.shadowSizeY = shadowSizeY;
        b.position = position;
        b.offsetX = offsetX;
        b.offsetY = offsetY;
        b.angle = angle;
        b.angleMode = angleMode;
        b.partials = partials;
        b.minDistance = minDistance;
        b.repeatDistance = repeatDistance;
        b.buffer = buffer;
        b.priority = priority;
        b.maxLength = maxLength;
        b.minFeatureSize = minFeatureSize;
        b.minFeatureSizeAuto = minFeatureSizeAuto;
        b.minSize = minSize;
        b.maxSize = maxSize;
        b.maxOverlapAngle = maxOverlapAngle;
        b.wrap = wrap;
        b.align = align;
        b.force = force;
        b.minScaleDenom = minScaleDenom;
        b.maxScaleDenom = maxScaleDenom;
        b.styles = new ArrayList<>(styles);
        b.expression = expression;
        b.encoding = encoding;
        b.bindings = new LinkedHashMap<>(bindings);
        b.expressions = new LinkedHashMap<>(expressions);
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public ExpressionDef text = null;
        public String font = null;
        public double size = -1;
        public String sizeKeyword = "MEDIUM";
        public Color color = Color.BLACK;
        public Color outlineColor = Color.UNSET;
        public int outlineWidth = 1;
        public Color shadowColor = Color.UNSET;
        public double shadowSizeX = 1;
        public double shadowSizeY = 1;
        public Position position = Position.CC;
        public double offsetX = 0;
        public double offsetY = 0;
        public double angle = 0;
        public AngleMode angleMode = AngleMode.NONE;
        public boolean partials = false;
        public int minDistance = -1;
        public int repeatDistance = 0;
        public int buffer = 0;
        public int priority = 1;
        public int maxLength = 0;
        public int minFeatureSize = -1;
        public boolean minFeatureSizeAuto = false;
        public double minSize = 4;
        public double maxSize = 256;
        public double maxOverlapAngle = 22.5;
        public String wrap = null;
        public Align align = Align.DEFAULT;
        public Force force = Force.OFF;
        public double minScaleDenom = -1;
        public double maxScaleDenom = -1;
        public List<StyleDef> styles = new ArrayList<>();
        public ExpressionDef expression = null;
        public String encoding = null;
        /** Property keyword (upper case) -> attribute name. */
        public Map<String,String> bindings = new LinkedHashMap<>();
        /** Property keyword (upper case) -> (expression). */
        public Map<String,ExpressionDef> expressions = new LinkedHashMap<>();
        public SourcePosition source = SourcePosition.NONE;

        public LabelDef build() {
            return new LabelDef(
                    text, font, size, sizeKeyword, color, outlineColor, outlineWidth, shadowColor,
                    shadowSizeX, shadowSizeY, position, offsetX, offsetY, angle, angleMode,
                    partials, minDistance, repeatDistance, buffer, priority, maxLength,
                    minFeatureSize, minFeatureSizeAuto, minSize, maxSize, maxOverlapAngle, wrap,
                    align, force, minScaleDenom, maxScaleDenom, styles, expression, encoding,
                    bindings, expressions, source);
        }
    }
}
