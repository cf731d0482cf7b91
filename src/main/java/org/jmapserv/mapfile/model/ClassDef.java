package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A CLASS block (classObj; initClass). The first class whose EXPRESSION matches draws the feature.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record ClassDef(
        String name,
        String title,
        String group,
        ExpressionDef expression,
        ExpressionDef text,
        List<StyleDef> styles,
        List<LabelDef> labels,
        LeaderDef leader,
        double minScaleDenom,
        double maxScaleDenom,
        String keyImage,
        String template,
        Status status,
        int debug,
        Metadata metadata,
        Metadata validation,
        int minFeatureSize,
        boolean fallback,
        SourcePosition source) {

    public ClassDef {
        styles = List.copyOf(styles);
        labels = List.copyOf(labels);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.title = title;
        b.group = group;
        b.expression = expression;
        b.text = text;
        b.styles = new ArrayList<>(styles);
        b.labels = new ArrayList<>(labels);
        b.leader = leader;
        b.minScaleDenom = minScaleDenom;
        b.maxScaleDenom = maxScaleDenom;
        b.keyImage = keyImage;
        b.template = template;
        b.status = status;
        b.debug = debug;
        b.metadata = metadata;
        b.validation = validation;
        b.minFeatureSize = minFeatureSize;
        b.fallback = fallback;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = null;
        public String title = null;
        public String group = null;
        public ExpressionDef expression = null;
        public ExpressionDef text = null;
        public List<StyleDef> styles = new ArrayList<>();
        public List<LabelDef> labels = new ArrayList<>();
        public LeaderDef leader = null;
        public double minScaleDenom = -1;
        public double maxScaleDenom = -1;
        public String keyImage = null;
        public String template = null;
        public Status status = Status.ON;
        public int debug = 0;
        public Metadata metadata = Metadata.EMPTY;
        public Metadata validation = Metadata.EMPTY;
        public int minFeatureSize = -1;
        public boolean fallback = false;
        public SourcePosition source = SourcePosition.NONE;

        public ClassDef build() {
            return new ClassDef(
                    name, title, group, expression, text, styles, labels, leader, minScaleDenom,
                    maxScaleDenom, keyImage, template, status, debug, metadata, validation,
                    minFeatureSize, fallback, source);
        }
    }
}
