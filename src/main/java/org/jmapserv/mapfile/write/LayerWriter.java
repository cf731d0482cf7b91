package org.jmapserv.mapfile.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.ClusterDef;
import org.jmapserv.mapfile.model.CompositeDef;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.TokenCodes;
import org.jmapserv.mapfile.model.FeatureDef;
import org.jmapserv.mapfile.model.GridDef;
import org.jmapserv.mapfile.model.JoinDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LeaderDef;
import org.jmapserv.mapfile.model.ScaleTokenDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.Vertex;

/** Prints LAYER blocks and everything inside them, for {@link MapfileWriter}. */
final class LayerWriter {
    private final MapfileOut out;

    LayerWriter(MapfileOut out) {
        this.out = out;
    }

    void layer(LayerDef l) {
        LayerDef d = new LayerDef.Builder().build();
        out.open("LAYER");
        out.string("NAME", l.name());
        out.string("GROUP", l.group());
        out.word("TYPE", l.type(), null);
        out.word("STATUS", l.status(), d.status());
        boolean implied = l.connectionType() == ConnectionType.INLINE
                || l.connectionType() == ConnectionType.GRATICULE && l.grid() != null;
        out.word("CONNECTIONTYPE", implied ? null : connectionTypeWord(l.connectionType()), d.connectionType());
        out.string("CONNECTION", l.connection());
        out.string("DATA", l.data());
        out.string("CLASSITEM", l.classItem());
        out.string("CLASSGROUP", l.classGroup());
        out.string("LABELITEM", l.labelItem());
        out.string("FILTERITEM", l.filterItem());
        out.string("STYLEITEM", l.styleItem());
        out.expression("FILTER", l.filter());
        l.processing().forEach(p -> out.string("PROCESSING", p));
        out.number("MINSCALEDENOM", l.minScaleDenom(), d.minScaleDenom());
        out.number("MAXSCALEDENOM", l.maxScaleDenom(), d.maxScaleDenom());
        out.number("LABELMINSCALEDENOM", l.labelMinScaleDenom(), d.labelMinScaleDenom());
        out.number("LABELMAXSCALEDENOM", l.labelMaxScaleDenom(), d.labelMaxScaleDenom());
        out.number("SYMBOLSCALEDENOM", l.symbolScaleDenom(), d.symbolScaleDenom());
        out.extent("EXTENT", l.extent());
        out.string("TEMPLATE", l.template());
        out.string("HEADER", l.header());
        out.string("FOOTER", l.footer());
        out.color("OFFSITE", l.offsite(), d.offsite());
        out.word("LABELCACHE", !l.labelCache() && !l.postLabelCache() ? "OFF" : null, null);
        out.word("POSTLABELCACHE", l.postLabelCache() ? "TRUE" : null, null);
        out.word("UNITS", l.units(), d.units());
        out.word("SIZEUNITS", l.sizeUnits(), d.sizeUnits());
        out.word("TOLERANCEUNITS", l.toleranceUnits(), d.toleranceUnits());
        out.number("TOLERANCE", l.tolerance(), d.tolerance());
        out.word("MAXFEATURES", l.maxFeatures(), d.maxFeatures());
        out.word("MINFEATURESIZE", l.minFeatureSize(), d.minFeatureSize());
        out.number("MAXGEOWIDTH", l.maxGeoWidth(), d.maxGeoWidth());
        out.number("MINGEOWIDTH", l.minGeoWidth(), d.minGeoWidth());
        out.word("TRANSFORM", l.transform(), d.transform());
        out.string("REQUIRES", l.requires());
        out.string("LABELREQUIRES", l.labelRequires());
        out.string("MASK", l.mask());
        out.string("ENCODING", l.encoding());
        out.string("TILEINDEX", l.tileIndex());
        out.string("TILEITEM", l.tileItem().equals(d.tileItem()) ? null : l.tileItem());
        out.string("TILESRS", l.tileSrs());
        out.expression("GEOMTRANSFORM", l.geomTransform());
        out.word("DEBUG", l.debug(), d.debug());
        out.string("PLUGIN", l.plugin());
        out.expression("UTFDATA", l.utfData());
        out.string("UTFITEM", l.utfItem());
        out.projection("PROJECTION", l.projection());
        out.hash("METADATA", l.metadata());
        out.hash("VALIDATION", l.validation());
        out.hash("CONNECTIONOPTIONS", l.connectionOptions());
        out.hash("BINDVALS", l.bindVals());
        l.composites().forEach(this::composite);
        if (l.cluster() != null) {
            cluster(l.cluster());
        }
        l.joins().forEach(this::join);
        l.scaleTokens().forEach(this::scaleToken);
        // GRID makes the layer GRATICULE and FEATURE makes it INLINE: the later one in the file wins
        boolean gridLast = l.connectionType() == ConnectionType.GRATICULE;
        if (l.grid() != null && !gridLast) {
            grid(l.grid());
        }
        l.features().forEach(this::feature);
        if (l.grid() != null && gridLast) {
            grid(l.grid());
        }
        l.classes().forEach(this::cls);
        out.close();
    }

    private void cls(ClassDef c) {
        ClassDef d = new ClassDef.Builder().build();
        out.open("CLASS");
        out.string("NAME", c.name());
        out.string("TITLE", c.title());
        out.string("GROUP", c.group());
        out.expression("EXPRESSION", c.expression());
        out.expression("TEXT", c.text());
        out.number("MINSCALEDENOM", c.minScaleDenom(), d.minScaleDenom());
        out.number("MAXSCALEDENOM", c.maxScaleDenom(), d.maxScaleDenom());
        out.string("KEYIMAGE", c.keyImage());
        out.string("TEMPLATE", c.template());
        out.word("STATUS", c.status(), d.status());
        out.word("DEBUG", c.debug(), d.debug());
        out.word("MINFEATURESIZE", c.minFeatureSize(), d.minFeatureSize());
        out.hash("METADATA", c.metadata());
        out.hash("VALIDATION", c.validation());
        c.styles().forEach(s -> style(s, new StyleDef.Builder().build()));
        c.labels().forEach(this::label);
        if (c.leader() != null) {
            leader(c.leader());
        }
        out.close();
    }

    void style(StyleDef s, StyleDef d) {
        Map<String, String> b = s.bindings();
        out.open("STYLE");
        colorOrBinding("COLOR", s.color(), d.color(), b.get("COLOR"));
        colorOrBinding("OUTLINECOLOR", s.outlineColor(), d.outlineColor(), b.get("OUTLINECOLOR"));
        numberOrBinding("WIDTH", s.width(), d.width(), b.get("WIDTH"));
        numberOrBinding("OUTLINEWIDTH", s.outlineWidth(), d.outlineWidth(), b.get("OUTLINEWIDTH"));
        numberOrBinding("SIZE", s.size(), d.size(), b.get("SIZE"));
        out.number("MINSIZE", s.minSize(), d.minSize());
        out.number("MAXSIZE", s.maxSize(), d.maxSize());
        out.number("MINWIDTH", s.minWidth(), d.minWidth());
        out.number("MAXWIDTH", s.maxWidth(), d.maxWidth());
        if (b.containsKey("SYMBOL")) {
            out.line("SYMBOL [" + b.get("SYMBOL") + "]");
        } else if (s.symbolName() != null) {
            out.string("SYMBOL", s.symbolName());
        } else {
            out.word("SYMBOL", s.symbol(), d.symbol());
        }
        if (b.containsKey("OPACITY")) {
            out.line("OPACITY [" + b.get("OPACITY") + "]");
        } else {
            out.word("OPACITY", s.opacity(), d.opacity());
        }
        if (!s.pattern().isEmpty()) {
            out.line("PATTERN " + s.pattern().stream().map(MapfileOut::num).collect(Collectors.joining(" "))
                    + " END");
        }
        out.number("GAP", s.gap(), d.gap());
        out.number("INITIALGAP", s.initialGap(), d.initialGap());
        out.word("LINECAP", s.lineCap(), d.lineCap());
        out.word("LINEJOIN", s.lineJoin(), d.lineJoin());
        out.number("LINEJOINMAXSIZE", s.lineJoinMaxSize(), d.lineJoinMaxSize());
        if (s.autoAngle()) {
            out.line("ANGLE AUTO");
        } else {
            numberOrBinding("ANGLE", s.angle(), d.angle(), b.get("ANGLE"));
        }
        pair("OFFSET", s.offsetX(), s.offsetY(), d.offsetX(), d.offsetY(), b.get("OFFSET_X"), b.get("OFFSET_Y"));
        pair("POLAROFFSET", s.polarOffsetPixel(), s.polarOffsetAngle(), d.polarOffsetPixel(),
                d.polarOffsetAngle(), b.get("POLAROFFSET_PIXEL"), b.get("POLAROFFSET_ANGLE"));
        if (s.geomTransform() != null && !s.geomTransform().equals(d.geomTransform())) {
            out.expression("GEOMTRANSFORM", s.geomTransform());
        }
        out.number("MINSCALEDENOM", s.minScaleDenom(), d.minScaleDenom());
        out.number("MAXSCALEDENOM", s.maxScaleDenom(), d.maxScaleDenom());
        out.word("ANTIALIAS", s.antialias() ? null : "FALSE", null);
        if (!s.minColor().equals(d.minColor()) || !s.maxColor().equals(d.maxColor())) {
            out.line("COLORRANGE " + MapfileOut.color(s.minColor()) + " " + MapfileOut.color(s.maxColor()));
        }
        if (s.minValue() != d.minValue() || s.maxValue() != d.maxValue()) {
            out.line("DATARANGE " + MapfileOut.num(s.minValue()) + " " + MapfileOut.num(s.maxValue()));
        }
        out.string("RANGEITEM", s.rangeItem());
        out.close();
    }

    void label(LabelDef l) {
        LabelDef d = new LabelDef.Builder().build();
        Map<String, String> b = l.bindings();
        out.open("LABEL");
        out.expression("TEXT", l.text());
        if (b.containsKey("FONT")) {
            out.line("FONT [" + b.get("FONT") + "]");
        } else {
            out.string("FONT", l.font());
        }
        if (b.containsKey("SIZE")) {
            out.line("SIZE [" + b.get("SIZE") + "]");
        } else if (l.expressions().containsKey("SIZE")) {
            out.expression("SIZE", l.expressions().get("SIZE"));
        } else if (l.size() != d.size()) {
            out.line("SIZE " + MapfileOut.num(l.size()));
        } else {
            out.word("SIZE", l.sizeKeyword(), d.sizeKeyword());
        }
        colorOrBinding("COLOR", l.color(), d.color(), b.get("COLOR"));
        colorOrBinding("OUTLINECOLOR", l.outlineColor(), d.outlineColor(), b.get("OUTLINECOLOR"));
        out.word("OUTLINEWIDTH", l.outlineWidth(), d.outlineWidth());
        out.color("SHADOWCOLOR", l.shadowColor(), d.shadowColor());
        pair("SHADOWSIZE", l.shadowSizeX(), l.shadowSizeY(), d.shadowSizeX(), d.shadowSizeY(),
                b.get("SHADOWSIZEX"), b.get("SHADOWSIZEY"));
        bindingOr("POSITION", b.get("POSITION"), l.position(), d.position());
        pair("OFFSET", l.offsetX(), l.offsetY(), d.offsetX(), d.offsetY(), b.get("OFFSET_X"), b.get("OFFSET_Y"));
        if (l.angleMode() != d.angleMode()) {
            out.line("ANGLE " + l.angleMode());
        } else {
            numberOrBinding("ANGLE", l.angle(), d.angle(), b.get("ANGLE"));
        }
        out.word("PARTIALS", l.partials() ? "TRUE" : null, null);
        out.word("MINDISTANCE", l.minDistance(), d.minDistance());
        out.word("REPEATDISTANCE", l.repeatDistance(), d.repeatDistance());
        out.word("BUFFER", l.buffer(), d.buffer());
        bindingOr("PRIORITY", b.get("PRIORITY"), l.priority(), d.priority());
        out.word("MAXLENGTH", l.maxLength(), d.maxLength());
        out.word("MINFEATURESIZE", l.minFeatureSizeAuto() ? "AUTO" : l.minFeatureSize(), d.minFeatureSize());
        out.number("MINSIZE", l.minSize(), d.minSize());
        out.number("MAXSIZE", l.maxSize(), d.maxSize());
        out.number("MAXOVERLAPANGLE", l.maxOverlapAngle(), d.maxOverlapAngle());
        out.string("WRAP", l.wrap());
        bindingOr("ALIGN", b.get("ALIGN"), l.align(), d.align());
        out.word("FORCE", l.force(), d.force());
        out.number("MINSCALEDENOM", l.minScaleDenom(), d.minScaleDenom());
        out.number("MAXSCALEDENOM", l.maxScaleDenom(), d.maxScaleDenom());
        out.expression("EXPRESSION", l.expression());
        out.string("ENCODING", l.encoding());
        StyleDef.Builder labelStyle = new StyleDef.Builder();
        labelStyle.geomTransform = org.jmapserv.mapfile.model.expr.ExpressionDef.string("labelpnt", false);
        l.styles().forEach(s -> style(s, labelStyle.build()));
        out.close();
    }

    private void leader(LeaderDef l) {
        LeaderDef d = new LeaderDef.Builder().build();
        out.open("LEADER");
        out.word("GRIDSTEP", l.gridStep(), d.gridStep());
        out.word("MAXDISTANCE", l.maxDistance(), d.maxDistance());
        l.styles().forEach(s -> style(s, new StyleDef.Builder().build()));
        out.close();
    }

    private void feature(FeatureDef f) {
        out.open("FEATURE");
        for (List<Vertex> part : f.parts()) {
            out.points(part);
        }
        out.string("WKT", f.wkt());
        out.string("ITEMS", f.items().isEmpty() ? null : String.join(";", f.items()));
        out.string("TEXT", f.text());
        out.close();
    }

    private void composite(CompositeDef c) {
        CompositeDef d = new CompositeDef.Builder().build();
        out.open("COMPOSITE");
        out.word("OPACITY", c.opacity(), d.opacity());
        out.string("COMPOP", c.compOp().equals(d.compOp()) ? null : c.compOp());
        c.compFilters().forEach(f -> out.string("COMPFILTER", f));
        out.close();
    }

    private void cluster(ClusterDef c) {
        ClusterDef d = new ClusterDef.Builder().build();
        out.open("CLUSTER");
        out.number("MAXDISTANCE", c.maxDistance(), d.maxDistance());
        out.number("BUFFER", c.buffer(), d.buffer());
        out.string("REGION", c.region()); // initCluster leaves it unset: without REGION nothing clusters
        out.expression("GROUP", c.group());
        out.expression("FILTER", c.filter());
        out.close();
    }

    private void join(JoinDef j) {
        JoinDef d = new JoinDef.Builder().build();
        out.open("JOIN");
        out.string("NAME", j.name());
        out.string("TABLE", j.table());
        out.string("FROM", j.from());
        out.string("TO", j.to());
        out.word("TYPE", j.type(), d.type());
        out.string("TEMPLATE", j.template());
        out.string("HEADER", j.header());
        out.string("FOOTER", j.footer());
        out.string("CONNECTION", j.connection());
        // MS_DB_ORACLE has no word of its own; any word with its code (3) reads back as it
        out.word("CONNECTIONTYPE", "ORACLE".equals(j.connectionType()) ? TokenCodes.wordFor(3) : j.connectionType(),
                null);
        out.close();
    }

    private void grid(GridDef g) {
        GridDef d = new GridDef.Builder().build();
        out.open("GRID");
        out.string("LABELFORMAT", g.labelFormat());
        out.number("MINARCS", g.minArcs(), d.minArcs());
        out.number("MAXARCS", g.maxArcs(), d.maxArcs());
        out.number("MININTERVAL", g.minInterval(), d.minInterval());
        out.number("MAXINTERVAL", g.maxInterval(), d.maxInterval());
        out.number("MINSUBDIVIDE", g.minSubdivide(), d.minSubdivide());
        out.number("MAXSUBDIVIDE", g.maxSubdivide(), d.maxSubdivide());
        out.close();
    }

    private void scaleToken(ScaleTokenDef t) {
        out.open("SCALETOKEN");
        out.string("NAME", t.name());
        out.hash("VALUES", t.values());
        out.close();
    }

    private void colorOrBinding(String kw, org.jmapserv.mapfile.model.Color c,
            org.jmapserv.mapfile.model.Color dflt, String binding) {
        if (binding != null) {
            out.line(kw + " [" + binding + "]");
        } else {
            out.color(kw, c, dflt);
        }
    }

    private void numberOrBinding(String kw, double v, double dflt, String binding) {
        if (binding != null) {
            out.line(kw + " [" + binding + "]");
        } else {
            out.number(kw, v, dflt);
        }
    }

    private void bindingOr(String kw, String binding, Object v, Object dflt) {
        if (binding != null) {
            out.line(kw + " [" + binding + "]");
        } else {
            out.word(kw, v, dflt);
        }
    }

    private void pair(String kw, double x, double y, double dx, double dy, String bx, String by) {
        if (bx == null && by == null && x == dx && y == dy) {
            return;
        }
        out.line(kw + " " + (bx != null ? "[" + bx + "]" : MapfileOut.num(x)) + " "
                + (by != null ? "[" + by + "]" : MapfileOut.num(y)));
    }

    /** MS_GRATICULE without a GRID block is spelled by a word sharing its code (10): GRATICULE lexes as 1140. */
    private static Object connectionTypeWord(ConnectionType t) {
        return t == ConnectionType.GRATICULE ? TokenCodes.wordFor(10) : t;
    }
}
