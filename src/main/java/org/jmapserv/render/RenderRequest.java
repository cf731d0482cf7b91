package org.jmapserv.render;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jmapserv.mapfile.model.Extent;

/**
 * What one draw asks for on top of the mapfile, with map2img's command-line semantics: an optional extent
 * ({@code -e}), size ({@code -s}), layer list ({@code -l}: names or groups, case-insensitive; non-DEFAULT layers
 * not listed go OFF), output format name ({@code -i}) and debug levels ({@code -map_debug}, {@code -all_debug},
 * {@code -layer_debug}). Debug lines go to {@code debugSink}. Null/empty values mean "as the mapfile says".
 */
public record RenderRequest(
        Extent extent,
        Integer width,
        Integer height,
        List<String> layers,
        String outputFormat,
        Integer mapDebug,
        Integer allDebug,
        Map<String, Integer> layerDebug,
        Consumer<String> debugSink) {

    public RenderRequest {
        layers = layers == null ? null : List.copyOf(layers);
        layerDebug = layerDebug == null ? Map.of() : Map.copyOf(layerDebug);
        debugSink = debugSink == null ? line -> { } : debugSink;
    }

    /** Draw the mapfile exactly as written. */
    public static RenderRequest defaults() {
        return new RenderRequest(null, null, null, null, null, null, null, null, null);
    }

    public RenderRequest withExtent(Extent e) {
        return new RenderRequest(e, width, height, layers, outputFormat, mapDebug, allDebug, layerDebug, debugSink);
    }

    public RenderRequest withSize(int w, int h) {
        return new RenderRequest(extent, w, h, layers, outputFormat, mapDebug, allDebug, layerDebug, debugSink);
    }

    public RenderRequest withLayers(List<String> names) {
        return new RenderRequest(extent, width, height, names, outputFormat, mapDebug, allDebug, layerDebug, debugSink);
    }

    public RenderRequest withOutputFormat(String name) {
        return new RenderRequest(extent, width, height, layers, name, mapDebug, allDebug, layerDebug, debugSink);
    }

    public RenderRequest withDebug(Integer map, Integer all, Map<String, Integer> perLayer, Consumer<String> sink) {
        return new RenderRequest(extent, width, height, layers, outputFormat, map, all, perLayer, sink);
    }
}
