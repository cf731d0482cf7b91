package org.jmapserv.mapfile.model;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.SourcePosition;

/**
 * A whole mapfile (mapObj; initMap / loadMapInternal, mapfile.c). {@code mapPath} is the absolute directory of the mapfile, against which SHAPEPATH, FONTSET, SYMBOLSET and data paths resolve.
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record MapDef(
        String name,
        Status status,
        Extent extent,
        int width,
        int height,
        int maxSize,
        Units units,
        ProjectionDef projection,
        ProjectionDef latlon,
        Color imageColor,
        String imageType,
        String shapePath,
        String fontSet,
        String symbolSet,
        Metadata config,
        int debug,
        double resolution,
        double defResolution,
        double scaleDenom,
        double angle,
        WebDef web,
        LegendDef legend,
        ScalebarDef scalebar,
        QueryMapDef queryMap,
        ReferenceDef reference,
        List<OutputFormatDef> outputFormats,
        List<SymbolDef> symbols,
        List<LayerDef> layers,
        String mapPath,
        SourcePosition source) {

    public MapDef {
        outputFormats = List.copyOf(outputFormats);
        symbols = List.copyOf(symbols);
        layers = List.copyOf(layers);
    }

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.status = status;
        b.extent = extent;
        b.width = width;
        b.height = height;
        b.maxSize = maxSize;
        b.units = units;
        b.projection = projection;
        b.latlon = latlon;
        b.imageColor = imageColor;
        b.imageType = imageType;
        b.shapePath = shapePath;
        b.fontSet = fontSet;
        b.symbolSet = symbolSet;
        b.config = config;
        b.debug = debug;
        b.resolution = resolution;
        b.defResolution = defResolution;
        b.scaleDenom = scaleDenom;
        b.angle = angle;
        b.web = web;
        b.legend = legend;
        b.scalebar = scalebar;
        b.queryMap = queryMap;
        b.reference = reference;
        b.outputFormats = new ArrayList<>(outputFormats);
        b.symbols = new ArrayList<>(symbols);
        b.layers = new ArrayList<>(layers);
        b.mapPath = mapPath;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public String name = "MS";
        public Status status = Status.ON;
        public Extent extent = null;
        public int width = -1;
        public int height = -1;
        public int maxSize = 4096;
        public Units units = Units.METERS;
        public ProjectionDef projection = ProjectionDef.NONE;
        public ProjectionDef latlon = ProjectionDef.NONE;
        public Color imageColor = Color.WHITE;
        public String imageType = null;
        public String shapePath = null;
        public String fontSet = null;
        public String symbolSet = null;
        public Metadata config = Metadata.EMPTY;
        public int debug = 0;
        public double resolution = 72;
        public double defResolution = 72;
        public double scaleDenom = -1;
        public double angle = 0;
        public WebDef web = new WebDef.Builder().build();
        public LegendDef legend = new LegendDef.Builder().build();
        public ScalebarDef scalebar = new ScalebarDef.Builder().build();
        public QueryMapDef queryMap = new QueryMapDef.Builder().build();
        public ReferenceDef reference = new ReferenceDef.Builder().build();
        public List<OutputFormatDef> outputFormats = new ArrayList<>();
        public List<SymbolDef> symbols = new ArrayList<>();
        public List<LayerDef> layers = new ArrayList<>();
        public String mapPath = null;
        public SourcePosition source = SourcePosition.NONE;

        public MapDef build() {
            return new MapDef(
                    name, status, extent, width, height, maxSize, units, projection, latlon,
                    imageColor, imageType, shapePath, fontSet, symbolSet, config, debug, resolution,
                    defResolution, scaleDenom, angle, web, legend, scalebar, queryMap, reference,
                    outputFormats, symbols, layers, mapPath, source);
        }
    }
}
