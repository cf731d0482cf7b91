package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.model.expr.ExpressionKind;
import org.jmapserv.mapfile.model.expr.MapServerTime;
import org.jmapserv.mapfile.parse.ExpressionRewriter;
import org.jmapserv.ows.OwsMetadata;

/**
 * GetMap's TIME, ELEVATION and DIM_* parameters, as msWMSApplyTime and msWMSApplyDimension (mapwms.cpp) apply
 * them to the requested layers: a value (list, or start/end ranges) is checked against the layer's
 * {@code wms_timeextent} / {@code wms_<dim>_extent} (msValidateTimeValue, msWMSValidateDimensionValue) and becomes a
 * layer FILTER on {@code wms_timeitem} / {@code wms_<dim>_item} (msLayerMakeBackticsTimeFilter,
 * FLTGetExpressionForValuesRanges), ANDed with the layer's own expression FILTER. An absent or invalid TIME falls
 * back to {@code wms_timedefault}; without one MapServer answers MissingDimensionValue / InvalidDimensionValue.
 * A TIME request only happens when TIME is given or a requested layer has a default; an absent ELEVATION/DIM_
 * leaves the layer unfiltered. {@code wms_timeformat} patterns are not applied.
 */
final class WmsDimensions {

    private static final ExpressionDef BLANK = new ExpressionDef(ExpressionKind.LOGICAL, false, "", null);

    private WmsDimensions() {
    }

    static List<LayerDef> apply(List<LayerDef> layers, RequestParams p) throws WmsException {
        List<LayerDef> out = new ArrayList<>(layers);
        String time = null;
        boolean timeRequest = false;
        for (RequestParams.Param param : p.all()) {
            if (param.name().equalsIgnoreCase("TIME")) {
                time = param.value();
                timeRequest = true;
            }
        }
        if (!timeRequest) {
            for (LayerDef l : out) {
                if (active(l) && OwsMetadata.lookup(l.metadata(), "timedefault") != null) {
                    timeRequest = true;
                    break;
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            LayerDef l = out.get(i);
            if (!active(l)) {
                continue;
            }
            if (timeRequest) {
                l = time(l, time);
            }
            l = dimensions(l, p);
            out.set(i, l);
        }
        return out;
    }

    private static boolean active(LayerDef l) {
        return l.status() == Status.ON || l.status() == Status.DEFAULT;
    }

    /** msWMSApplyTime for one layer. */
    private static LayerDef time(LayerDef l, String time) throws WmsException {
        Metadata md = l.metadata();
        String extent = OwsMetadata.lookup(md, "timeextent");
        String item = OwsMetadata.lookup(md, "timeitem");
        String dflt = OwsMetadata.lookup(md, "timedefault");
        if (extent == null || item == null) {
            return l;
        }
        if (time == null || time.isEmpty()) {
            if (dflt == null) {
                throw new WmsException("MissingDimensionValue", "msWMSApplyTime: WMS server error. No Time value "
                        + "was given, and no default time value defined.");
            }
            if (!validTime(dflt, extent)) {
                throw new WmsException("InvalidDimensionValue", "msWMSApplyTime: WMS server error. No Time value "
                        + "was given, and the default time value " + dflt + " is invalid or outside the time extent "
                        + "defined " + extent);
            }
            return withFilter(l, timeFilter(item, dflt));
        }
        if (validTime(time, extent)) {
            return withFilter(l, timeFilter(item, time));
        }
        if (dflt == null) {
            throw new WmsException("InvalidDimensionValue", "msWMSApplyTime: WMS server error. Time value(s) " + time
                    + " given is invalid or outside the time extent defined (" + extent + ").");
        }
        if (!validTime(dflt, extent)) {
            throw new WmsException("InvalidDimensionValue", "msWMSApplyTime: WMS server error. Time value(s) " + time
                    + " given is invalid or outside the time extent defined (" + extent + "), and default time set "
                    + "is invalid (" + dflt + ")");
        }
        return withFilter(l, timeFilter(item, dflt));
    }

    /** msValidateTimeValue: every requested time or range lies within one extent value or range. */
    static boolean validTime(String value, String extent) {
        for (String one : value.split(",", -1)) {
            String[] r = one.split("/", -1);
            Optional<MapServerTime> start = MapServerTime.parse(r[0]);
            Optional<MapServerTime> end = MapServerTime.parse(r.length >= 2 ? r[1] : r[0]);
            if (start.isEmpty() || end.isEmpty() || !withinExtent(start.get(), end.get(), extent)) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinExtent(MapServerTime start, MapServerTime end, String extent) {
        for (String e : extent.split(",")) {
            String[] r = e.split("/");
            Optional<MapServerTime> a = MapServerTime.parse(r[0]);
            Optional<MapServerTime> b = MapServerTime.parse(r.length >= 2 ? r[1] : r[0]);
            if (a.isPresent() && b.isPresent() && a.get().compareTo(start) <= 0 && b.get().compareTo(end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** msLayerMakeBackticsTimeFilter: time literals compared with the item read as a time. */
    static String timeFilter(String item, String time) {
        if (time.indexOf(',') < 0 && time.indexOf('/') < 0) {
            return "(`[" + item + "]` = `" + time + "`)";
        }
        List<String> parts = new ArrayList<>();
        for (String one : time.split(",")) {
            String[] r = one.split("/");
            if (r.length == 1) {
                parts.add("(`[" + item + "]` = `" + r[0] + "`)");
            } else {
                parts.add("((`[" + item + "]` >= `" + r[0] + "`) and (`[" + item + "]` <= `" + r[1] + "`))");
            }
        }
        return "(" + String.join(" or ", parts) + ")";
    }

    /** msWMSApplyDimension for every dimension of {@code wms_dimensionlist} given as ELEVATION or DIM_name. */
    private static LayerDef dimensions(LayerDef l, RequestParams p) throws WmsException {
        String list = l.metadata().value("wms_dimensionlist");
        if (list == null) {
            return l;
        }
        LayerDef out = l;
        for (String raw : list.split(",")) {
            String dim = raw.trim();
            String wanted = dim.equalsIgnoreCase("elevation") ? dim : "dim_" + dim;
            for (RequestParams.Param param : p.all()) {
                if (param.name().equalsIgnoreCase(wanted)) {
                    out = dimension(out, param.name(), param.value());
                    break;
                }
            }
        }
        return out;
    }

    private static LayerDef dimension(LayerDef l, String paramName, String value) throws WmsException {
        String dim = paramName.regionMatches(true, 0, "dim_", 0, 4) ? paramName.substring(4) : paramName;
        Metadata md = l.metadata();
        String current = value;
        if (current.isEmpty()) {
            String d = md.value("wms_" + dim + "_default");
            current = d == null ? "" : d;
        }
        String item = md.value("wms_" + dim + "_item");
        String extent = md.value("wms_" + dim + "_extent");
        String units = md.value("wms_" + dim + "_units");
        String type = md.value("wms_" + dim + "_type");
        boolean character = type != null && type.equalsIgnoreCase("Character");
        if (item == null || extent == null || units == null || current.isEmpty()) {
            throw new WmsException("InvalidDimensionValue", "msWMSApplyDimension: WMS server error. Dimension " + dim
                    + " : invalid settings. Make sure that item, units and extent are set.");
        }
        WmsDimensionValues values = WmsDimensionValues.parse(extent, character);
        if (values == null || !values.accepts(current)) {
            throw new WmsException("InvalidDimensionValue", "msWMSApplyDimension: WMS server error. Dimension " + dim
                    + " with a value of " + current + " is invalid or outside the extents defined");
        }
        return withFilter(l, values.filter(item, current));
    }

    /** The filter ANDed with the layer's own expression FILTER (a string or regex FILTER is replaced). */
    private static LayerDef withFilter(LayerDef l, String expression) {
        ExpressionDef own = l.filter();
        String text = own != null && own.kind() == ExpressionKind.LOGICAL
                ? "((" + own.text() + ") and " + expression + ")" : expression;
        LayerDef.Builder b = l.toBuilder();
        b.filter = ExpressionRewriter.withText(BLANK, text);
        return b.build();
    }
}
