package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * A LAYER block (layerObj; initLayer / loadLayer, mapfile.c).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record LayerDef(
        String name,
        String group,
        LayerType type,
        Status status,
        String data,
        ConnectionType connectionType,
        String connection,
        ProjectionDef projection,
        List<ClassDef> classes,
        String classItem,
        String labelItem,
        String filterItem,
        String styleItem,
        String classGroup,
        ExpressionDef filter,
        Metadata metadata,
        Metadata validation,
        Metadata connectionOptions,
        Metadata bindVals,
        List<String> processing,
        double minScaleDenom,
        double maxScaleDenom,
        double labelMinScaleDenom,
        double labelMaxScaleDenom,
        double symbolScaleDenom,
        Extent extent,
        List<FeatureDef> features,
        List<CompositeDef> composites,
        String template,
        String header,
        String footer,
        Color offsite,
        boolean labelCache,
        boolean postLabelCache,
        Units units,
        Units sizeUnits,
        Units toleranceUnits,
        double tolerance,
        int maxFeatures,
        int minFeatureSize,
        double maxGeoWidth,
        double minGeoWidth,
        String transform,
        String requires,
        String labelRequires,
        String mask,
        String encoding,
        String tileIndex,
        String tileItem,
        String tileSrs,
        ExpressionDef geomTransform,
        int debug,
        String plugin,
        ClusterDef cluster,
        List<JoinDef> joins,
        GridDef grid,
        List<ScaleTokenDef> scaleTokens,
        IdentifyDef identify,
        ExpressionDef utfData,
        String utfItem,
        SourcePosition source) {

    public LayerDef {
        classes = List.copyOf(classes);
        processing = List.copyOf(processing);
        features = List.copyOf(features);
        composites = List.copyOf(composites);
        joins = List.copyOf(joins);
        scaleTokens = List.copyOf(scaleTokens);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.group = group;
        b.type = type;
        b.status = status;
        b.data = data;
        b.connectionType = connectionType;
        b.connection = connection;
        b.projection = projection;
        b.classes = new ArrayList<>(classes);
        b.classItem = classItem;
        b.labelItem = labelItem;
        b.filterItem = filterItem;
        b.styleItem = styleItem;
        b.classGroup = classGroup;
        b.filter = filter;
        b.metadata = metadata;
        b.validation = validation;
        b.connectionOptions = connectionOptions;
        b.bindVals = bindVals;
        b.processing = new ArrayList<>(processing);
        b.minScaleDenom = minScaleDenom;
        b.maxScaleDenom = maxScaleDenom;
        b.labelMinScaleDenom = labelMinScaleDenom;
        b.labelMaxScaleDenom = labelMaxScaleDenom;
        b.symbolScaleDenom = symbolScaleDenom;
        b.extent = extent;
        b.features = new ArrayList<>(features);
        b.composites = new ArrayList<>(composites);
        b.template = template;
        b.header = header;
        b.footer = footer;
        b.offsite = offsite;
        b.labelCache = labelCache;
        b.postLabelCache = postLabelCache;
        b.units = units;
        b.sizeUnits = sizeUnits;
        b.toleranceUnits = toleranceUnits;
        b.tolerance = tolerance;
        b.maxFeatures = maxFeatures;
        b.minFeatureSize = minFeatureSize;
        b.maxGeoWidth = maxGeoWidth;
        b.minGeoWidth = minGeoWidth;
        b.transform = transform;
        b.requires = requires;
        b.labelRequires = labelRequires;
        b.mask = mask;
        b.encoding = encoding;
        b.tileIndex = tileIndex;
        b.tileItem = tileItem;
        b.tileSrs = tileSrs;
        b.geomTransform = geomTransform;
        b.debug = debug;
        b.plugin = plugin;
        b.cluster = cluster;
        b.joins = new ArrayList<>(joins);
        b.grid = grid;
        b.scaleTokens = new ArrayList<>(scaleTokens);
        b.identify = identify;
        b.utfData = utfData;
        b.utfItem = utfItem;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = null;
        public String group = null;
        public LayerType type = null;
        public Status status = Status.OFF;
        public String data = null;
        public ConnectionType connectionType = ConnectionType.LOCAL;
        public String connection = null;
        public ProjectionDef projection = ProjectionDef.NONE;
        public List<ClassDef> classes = new ArrayList<>();
        public String classItem = null;
        public String labelItem = null;
        public String filterItem = null;
        public String styleItem = null;
        /** CLASSGROUP: only classes of this GROUP are used. */
        public String classGroup = null;
        public ExpressionDef filter = null;
        public Metadata metadata = Metadata.EMPTY;
        public Metadata validation = Metadata.EMPTY;
        public Metadata connectionOptions = Metadata.EMPTY;
        public Metadata bindVals = Metadata.EMPTY;
        public List<String> processing = new ArrayList<>();
        public double minScaleDenom = -1;
        public double maxScaleDenom = -1;
        public double labelMinScaleDenom = -1;
        public double labelMaxScaleDenom = -1;
        public double symbolScaleDenom = -1;
        public Extent extent = null;
        public List<FeatureDef> features = new ArrayList<>();
        public List<CompositeDef> composites = new ArrayList<>();
        public String template = null;
        public String header = null;
        public String footer = null;
        public Color offsite = Color.UNSET;
        public boolean labelCache = true;
        public boolean postLabelCache = false;
        public Units units = Units.METERS;
        public Units sizeUnits = Units.PIXELS;
        public Units toleranceUnits = Units.PIXELS;
        public double tolerance = -1;
        public int maxFeatures = -1;
        public int minFeatureSize = -1;
        public double maxGeoWidth = -1;
        public double minGeoWidth = -1;
        public String transform = "TRUE";
        public String requires = null;
        public String labelRequires = null;
        public String mask = null;
        public String encoding = null;
        public String tileIndex = null;
        public String tileItem = "location";
        public String tileSrs = null;
        public ExpressionDef geomTransform = null;
        public int debug = 0;
        public String plugin = null;
        public ClusterDef cluster = null;
        public List<JoinDef> joins = new ArrayList<>();
        public GridDef grid = null;
        public List<ScaleTokenDef> scaleTokens = new ArrayList<>();
        public IdentifyDef identify = null;
        public ExpressionDef utfData = null;
        public String utfItem = null;
        public SourcePosition source = SourcePosition.NONE;

        public LayerDef build() {
            return new LayerDef(
                    name, group, type, status, data, connectionType, connection, projection,
                    classes, classItem, labelItem, filterItem, styleItem, classGroup, filter, metadata,
                    validation, connectionOptions, bindVals, processing, minScaleDenom,
                    maxScaleDenom, labelMinScaleDenom, labelMaxScaleDenom, symbolScaleDenom, extent,
                    features, composites, template, header, footer, offsite, labelCache,
                    postLabelCache, units, sizeUnits, toleranceUnits, tolerance, maxFeatures,
                    minFeatureSize, maxGeoWidth, minGeoWidth, transform, requires, labelRequires,
                    mask, encoding, tileIndex, tileItem, tileSrs, geomTransform, debug, plugin,
                    cluster, joins, grid, scaleTokens, identify, utfData, utfItem, source);
        }
    }
}
