package org.jmapserv.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.output.OutputFormat;

/**
 * The INIMAGE and BLANK exception formats of msWMSException (mapwms.cpp): an image of the requested WIDTH x
 * HEIGHT (the mapfile SIZE for a missing one, 400x300 when one is out of range, as Debian's mapserv 8.0 does) in the requested FORMAT (else the map's
 * default), honouring TRANSPARENT, with the error text written on it for INIMAGE and nothing for BLANK. Both the
 * 1.3.0 names and the 1.1.1 {@code application/vnd.ogc.se_*} names are accepted in either version, as MapServer
 * does; anything else means the XML report.
 */
final class WmsExceptionImage {

    /** How an exception is to be reported. */
    enum Kind { XML, INIMAGE, BLANK }

    private static final int DEFAULT_WIDTH = 400;
    private static final int DEFAULT_HEIGHT = 300;

    private final MapRenderer renderer;

    WmsExceptionImage(MapRenderer renderer) {
        this.renderer = renderer;
    }

    static Kind kind(String exceptions) {
        if (exceptions == null) {
            return Kind.XML;
        }
        String e = exceptions.trim().toLowerCase(Locale.ROOT);
        return switch (e) {
            case "inimage", "application/vnd.ogc.se_inimage" -> Kind.INIMAGE;
            case "blank", "application/vnd.ogc.se_blank" -> Kind.BLANK;
            default -> Kind.XML;
        };
    }

    /** The image response, or null when even the image cannot be made (the caller then answers in XML). */
    MapservResponse write(MapDef map, RequestParams p, WmsException error, Kind kind) {
        OutputFormatDef f = p.first("FORMAT") == null ? null : WmsFormats.find(map, p.first("FORMAT"));
        MapDef.Builder b = map.toBuilder();
        int w = size(p.first("WIDTH"), map.width() > 0 ? map.width() : DEFAULT_WIDTH, map.maxSize());
        int h = size(p.first("HEIGHT"), map.height() > 0 ? map.height() : DEFAULT_HEIGHT, map.maxSize());
        if (w < 0 || h < 0) {
            // an out-of-range size leaves mapserv with no size at all, and msWriteErrorImage then uses 400x300
            w = DEFAULT_WIDTH;
            h = DEFAULT_HEIGHT;
        }
        RenderRequest request = RenderRequest.defaults().withSize(w, h);
        if (f != null) {
            boolean transparent = "TRUE".equalsIgnoreCase(p.first("TRANSPARENT"));
            List<OutputFormatDef> formats = new ArrayList<>(map.outputFormats());
            formats.add(0, new OutputFormatDef("wms_exception", f.driver(), f.mimeType(), f.extension(),
                    transparent ? OutputFormatDef.ImageMode.RGBA : f.imageMode(), transparent, f.formatOptions(),
                    SourcePosition.NONE));
            b.outputFormats = formats;
            request = request.withOutputFormat("wms_exception");
        }
        try {
            RenderedMap img = renderer.renderErrorImage(b.build(), request,
                    kind == Kind.BLANK ? null : error.getMessage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OutputFormat written = img.write(out);
            return MapservResponse.of(200, MapservHandler.mimeType(written), out.toByteArray());
        } catch (RenderException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The requested size, {@code fallback} when absent, -1 when present but not usable. */
    private static int size(String v, int fallback, int max) {
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            return n >= 1 && n <= max ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
