package org.jmapserv.mapfile.parse;

import java.util.List;

import org.antlr.v4.runtime.Token;
import org.jmapserv.mapfile.antlr.MapfileLexer;
import org.jmapserv.mapfile.antlr.MapfileParser;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.Units;

/**
 * Reads a LAYER block (mirrors loadLayer, mapfile.c): TYPE is required at END ("Layer type not set."), a FEATURE
 * needs TYPE first and turns the layer INLINE, POSTLABELCACHE TRUE turns LABELCACHE off.
 */
final class LayerReader {
    static final String[] ALL_UNITS = {"INCHES", "FEET", "MILES", "METERS", "KILOMETERS", "NAUTICALMILES", "DD",
        "PIXELS"};

    /** MS_GRATICULE (10) has no word of its own (GRATICULE lexes as the keyword 1140); MEDIUM shares its code. */
    private static final Choices CONNECTION_TYPES = Choices.of("OGR", "POSTGIS", "WMS", "ORACLESPATIAL", "WFS",
            "PLUGIN", "UNION", "UVRASTER", "CONTOUR", "KERNELDENSITY", "IDW", "FLATGEOBUF").plus("GRATICULE", 10);
    private static final Choices TYPES = Choices.of(java.util.Arrays.stream(LayerType.values()).map(Enum::name)
            .toArray(String[]::new));
    /** MS_LAYER_ANNOTATION: 8.0 still lexes the word and rejects the type with its own message. */
    private static final int ANNOTATION = 4;

    private static final KeywordHandlers<LayerDef.Builder> KEYWORDS = new KeywordHandlers<LayerDef.Builder>("LAYER")
            .on("NAME", (v, b, s) -> b.name = v.string())
            .on("GROUP", (v, b, s) -> b.group = v.string())
            .on("TYPE", LayerReader::type)
            .on("STATUS", (v, b, s) -> b.status = Status.valueOf(v.symbol("ON", "OFF", "DEFAULT")))
            .on("DATA", (v, b, s) -> b.data = v.string())
            .on("CONNECTIONTYPE", (v, b, s) -> b.connectionType = ConnectionType.valueOf(v.symbol(CONNECTION_TYPES)))
            .on("CONNECTION", (v, b, s) -> b.connection = v.string())
            .on("PROJECTION", (v, b, s) -> b.projection = ProjectionReader.readOnce(v, b.projection))
            .on("CLASS", (v, b, s) -> b.classes.add(ClassReader.read(v.nestedBlock(), s)))
            .on("CLASSITEM", (v, b, s) -> b.classItem = v.string())
            .on("CLASSGROUP", (v, b, s) -> b.classGroup = v.string())
            .on("LABELITEM", (v, b, s) -> b.labelItem = v.string())
            .on("FILTERITEM", (v, b, s) -> b.filterItem = v.string())
            .on("STYLEITEM", (v, b, s) -> b.styleItem = v.string())
            .on("FILTER", (v, b, s) -> b.filter = v.expression())
            .on("METADATA", (v, b, s) -> b.metadata = HashReader.read(v.nestedBlock(), b.metadata))
            .on("VALIDATION", (v, b, s) -> b.validation = HashReader.read(v.nestedBlock(), b.validation))
            .on("CONNECTIONOPTIONS", (v, b, s) ->
                    b.connectionOptions = HashReader.read(v.nestedBlock(), b.connectionOptions))
            .on("BINDVALS", (v, b, s) -> b.bindVals = HashReader.read(v.nestedBlock(), b.bindVals))
            .on("PROCESSING", (v, b, s) -> b.processing.add(v.string()))
            .on("MINSCALEDENOM", (v, b, s) -> b.minScaleDenom = v.number(Range.atLeast(0)))
            .alias("MINSCALE", "MINSCALEDENOM")
            .on("MAXSCALEDENOM", (v, b, s) -> b.maxScaleDenom = v.number(Range.atLeast(0)))
            .alias("MAXSCALE", "MAXSCALEDENOM")
            .on("LABELMINSCALEDENOM", (v, b, s) -> b.labelMinScaleDenom = v.number(Range.atLeast(0)))
            .alias("LABELMINSCALE", "LABELMINSCALEDENOM")
            .on("LABELMAXSCALEDENOM", (v, b, s) -> b.labelMaxScaleDenom = v.number(Range.atLeast(0)))
            .alias("LABELMAXSCALE", "LABELMAXSCALEDENOM")
            .on("SYMBOLSCALEDENOM", (v, b, s) -> b.symbolScaleDenom = v.number(Range.atLeast(1)))
            .alias("SYMBOLSCALE", "SYMBOLSCALEDENOM")
            .on("EXTENT", (v, b, s) -> b.extent = MapReader.extent(v, "Given layer extent is invalid."))
            .on("FEATURE", LayerReader::feature)
            .on("COMPOSITE", (v, b, s) -> b.composites.add(CompositeReader.read(v.nestedBlock(), s)))
            .on("TEMPLATE", (v, b, s) -> b.template = v.string())
            .on("HEADER", (v, b, s) -> b.header = v.string())
            .on("FOOTER", (v, b, s) -> b.footer = v.string())
            .on("OFFSITE", (v, b, s) -> b.offsite = v.color())
            .on("LABELCACHE", (v, b, s) -> b.labelCache = v.onOff())
            .on("POSTLABELCACHE", (v, b, s) -> {
                b.postLabelCache = v.trueFalse();
                if (b.postLabelCache) {
                    b.labelCache = false;
                }
            })
            .on("UNITS", (v, b, s) -> b.units = Units.valueOf(v.symbol(withPercentages())))
            .on("SIZEUNITS", (v, b, s) -> b.sizeUnits = Units.valueOf(v.symbol(ALL_UNITS)))
            .on("TOLERANCEUNITS", (v, b, s) -> b.toleranceUnits = Units.valueOf(v.symbol(ALL_UNITS)))
            .on("TOLERANCE", (v, b, s) -> b.tolerance = v.number(Range.atLeast(0)))
            .on("MAXFEATURES", (v, b, s) -> b.maxFeatures = v.integer(Range.above(0)))
            .on("MINFEATURESIZE", (v, b, s) -> b.minFeatureSize = v.integer(Range.above(0)))
            .on("MAXGEOWIDTH", (v, b, s) -> b.maxGeoWidth = v.number(Range.above(0)))
            .on("MINGEOWIDTH", (v, b, s) -> b.minGeoWidth = v.number(Range.above(0)))
            .on("TRANSFORM", (v, b, s) -> b.transform = v.symbol("TRUE", "FALSE", "UL", "UC", "UR", "CL", "CC", "CR",
                    "LL", "LC", "LR"))
            .on("REQUIRES", (v, b, s) -> b.requires = v.string())
            .on("LABELREQUIRES", (v, b, s) -> b.labelRequires = v.string())
            .on("MASK", (v, b, s) -> b.mask = v.string())
            .on("ENCODING", (v, b, s) -> b.encoding = v.string())
            .on("TILEINDEX", (v, b, s) -> b.tileIndex = v.string())
            .on("TILEITEM", (v, b, s) -> b.tileItem = v.string())
            .on("TILESRS", (v, b, s) -> b.tileSrs = v.string())
            .on("GEOMTRANSFORM", (v, b, s) -> {
                if (v.peekType() != MapfileLexer.EXPRESSION) {
                    Token t = v.token("an (expression)");
                    throw v.fail(t, "LAYER GEOMTRANSFORM expects an (expression)");
                }
                b.geomTransform = v.expression();
            })
            .on("DEBUG", (v, b, s) -> b.debug = MapReader.debug(v))
            .on("PLUGIN", (v, b, s) -> b.plugin = v.string())
            .on("CLUSTER", (v, b, s) -> b.cluster = ClusterReader.read(v.nestedBlock(), s))
            .on("JOIN", (v, b, s) -> b.joins.add(JoinReader.read(v.nestedBlock(), s)))
            .on("GRID", (v, b, s) -> {
                b.grid = GridReader.read(v.nestedBlock(), s);
                b.connectionType = ConnectionType.GRATICULE;
            })
            .on("SCALETOKEN", (v, b, s) -> b.scaleTokens.add(ScaleTokenReader.read(v.nestedBlock(), s)))
            .on("UTFDATA", (v, b, s) -> b.utfData = v.expression())
            .on("UTFITEM", (v, b, s) -> b.utfItem = v.string());

    private LayerReader() {
    }

    static void read(MapfileParser.BlockContext block, ReadSession session, List<LayerDef> into) {
        LayerDef.Builder b = new LayerDef.Builder();
        b.source = Values.positionOf(block);
        if (KEYWORDS.read(block, b, session) && b.type == null) {
            session.problems().at(block.END().getSymbol(), "Layer type not set."
                    + (b.name == null ? "" : " (LAYER \"" + b.name + "\" has no TYPE)"));
        }
        into.add(b.build());
    }

    private static String[] withPercentages() {
        String[] u = java.util.Arrays.copyOf(ALL_UNITS, ALL_UNITS.length + 1);
        u[ALL_UNITS.length] = "PERCENTAGES";
        return u;
    }

    private static void type(Values v, LayerDef.Builder b, ReadSession s) {
        Token t = v.token("a layer type");
        if (t.getType() == MapfileLexer.WORD) {
            if (org.jmapserv.mapfile.model.TokenCodes.of(t.getText()) == ANNOTATION) {
                throw new ReadError(t, "Annotation Layers have been removed. To obtain same functionality, use a "
                        + "layer with label->styles and no class->styles");
            }
            String name = TYPES.match(t.getText());
            if (name != null) {
                b.type = LayerType.valueOf(name);
                return;
            }
        }
        throw v.fail(t, "TYPE expects one of " + TYPES.describe());
    }

    private static void feature(Values v, LayerDef.Builder b, ReadSession s) {
        if (b.type == null) {
            throw new ReadError(v.keywordToken(), "Layer type must be set before defining inline features.");
        }
        b.features.add(FeatureReader.read(v.nestedBlock(), s));
        b.connectionType = ConnectionType.INLINE;
    }
}
