package org.jmapserv.render.style;

import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;
import org.jmapserv.mapfile.model.SymbolDef;

/**
 * A STYLE resolved for one feature at the current scale: attribute bindings applied, sizes multiplied by the
 * layer scale factor and clamped by MIN/MAXSIZE and MIN/MAXWIDTH, opacity baked into the colours, and the
 * symbol looked up. Sizes and offsets are in pixels. A null {@code symbol} means MapServer's symbol 0.
 * {@code polarOffsetX/Y} are POLAROFFSET as the pixel shift msDrawMarkerSymbol adds to a marker (only markers).
 */
public record StyleValues(
        Color color,
        Color outlineColor,
        double width,
        double outlineWidth,
        double size,
        double angle,
        boolean autoAngle,
        double offsetX,
        double offsetY,
        double gap,
        double initialGap,
        List<Double> pattern,
        LineCap lineCap,
        LineJoin lineJoin,
        SymbolDef symbol,
        String geomTransform,
        double polarOffsetX,
        double polarOffsetY) {

    /** A style without POLAROFFSET. */
    public StyleValues(Color color, Color outlineColor, double width, double outlineWidth, double size, double angle,
            boolean autoAngle, double offsetX, double offsetY, double gap, double initialGap, List<Double> pattern,
            LineCap lineCap, LineJoin lineJoin, SymbolDef symbol, String geomTransform) {
        this(color, outlineColor, width, outlineWidth, size, angle, autoAngle, offsetX, offsetY, gap, initialGap,
                pattern, lineCap, lineJoin, symbol, geomTransform, 0, 0);
    }

    /** OFFSET y of -99 asks for a perpendicular line offset of OFFSET x pixels; kept unscaled. */
    public static final double PERPENDICULAR = -99;
    /**
     * OFFSET y of -999 (MS_STYLE_DOUBLE_SIDED_OFFSET) draws the line twice, OFFSET x / 2 pixels to either side
     * (msOffsetPolyline); kept unscaled like -99.
     */
    public static final double DOUBLE_SIDED = -999;

    /** True for the OFFSET y values that offset a line sideways rather than translate it (IS_PARALLEL_OFFSET). */
    public static boolean isParallel(double offsetY) {
        return offsetY == PERPENDICULAR || offsetY == DOUBLE_SIDED;
    }

    public boolean hasSymbol() {
        return symbol != null;
    }

    /** The same style without its outline (OUTLINECOLOR unset, OUTLINEWIDTH 0). */
    public StyleValues withoutOutline() {
        return new StyleValues(color, Color.UNSET, width, 0, size, angle, autoAngle, offsetX, offsetY, gap,
                initialGap, pattern, lineCap, lineJoin, symbol, geomTransform, polarOffsetX, polarOffsetY);
    }

    /** The same style with OFFSET 0 0: the shape was offset already (msOffsetPolyline's result drawn as is). */
    public StyleValues withoutOffset() {
        return new StyleValues(color, outlineColor, width, outlineWidth, size, angle, autoAngle, 0, 0, gap,
                initialGap, pattern, lineCap, lineJoin, symbol, geomTransform, polarOffsetX, polarOffsetY);
    }

    /**
     * The line's outline as its own style, as msOutlineRenderingPrepareStyle (mapdraw.c) prepares it: WIDTH grown
     * by OUTLINEWIDTH on each side, drawn in OUTLINECOLOR.
     */
    public StyleValues asOutline() {
        return new StyleValues(outlineColor, Color.UNSET, width + 2 * outlineWidth, 0, size, angle, autoAngle,
                offsetX, offsetY, gap, initialGap, pattern, lineCap, lineJoin, symbol, geomTransform, polarOffsetX,
                polarOffsetY);
    }
}
