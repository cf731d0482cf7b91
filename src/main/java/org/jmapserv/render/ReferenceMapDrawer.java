package org.jmapserv.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jmapserv.data.ShapeKind;
import org.jmapserv.geo.ExtentAdjuster;
import org.jmapserv.geo.PixelGrid;
import org.jmapserv.geo.Rect;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LineCap;
import org.jmapserv.mapfile.model.LineJoin;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.ReferenceDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.SymbolDef;
import org.jmapserv.render.font.FontException;
import org.jmapserv.render.style.LinePainter;
import org.jmapserv.render.style.PixelShape;
import org.jmapserv.render.style.PolygonPainter;
import org.jmapserv.render.style.StyleValues;
import org.jmapserv.render.symbol.MarkerPainter;
import org.jmapserv.render.symbol.SymbolCatalog;

/**
 * The reference map (msDrawReferenceMap, mapdraw.c): REFERENCE IMAGE (relative to the mapfile) on a canvas of
 * COLOR, the REFERENCE EXTENT squared to the image, and the map extent drawn on it as a box in COLOR /
 * OUTLINECOLOR when either side is wider than MINBOXSIZE pixels, otherwise as the MARKER at MARKERSIZE (or, without
 * one, a cross of four 5-pixel strokes around the centre); nothing when a side reaches MAXBOXSIZE. Box corners are
 * whole pixels, as 8.0 converts them to int.
 */
final class ReferenceMapDrawer {

    private final MarkerPainter markers;
    private final SymbolCatalog symbols;

    ReferenceMapDrawer(MarkerPainter markers, SymbolCatalog symbols) {
        this.markers = markers;
        this.symbols = symbols;
    }

    /** Draws the reference map of {@code map} for the map extent {@code extent}. */
    BufferedImage draw(MapDef map, Extent extent) throws RenderException {
        ReferenceDef ref = map.reference();
        if (ref.image() == null || ref.width() == 0 || ref.height() == 0 || ref.extent() == null) {
            throw new RenderException("msDrawReferenceMap(): General error message. Reference map configuration "
                    + "error.");
        }
        String path = buildPath(map.mapPath(), ref.image());
        BufferedImage picture = load(path);
        BufferedImage img = MapRenderer.Canvas.create(picture.getWidth(), picture.getHeight(), ref.color());
        Graphics2D g = MapRenderer.Canvas.graphics(img);
        try {
            g.drawImage(picture, 0, 0, null);
            PixelGrid grid = ExtentAdjuster.adjust(Rect.of(ref.extent()), img.getWidth(), img.getHeight());
            double cell = grid.cellsizeX();
            Rect r = grid.extent();
            int x1 = nint((extent.minX() - r.minX()) / cell);
            int x2 = nint((extent.maxX() - r.minX()) / cell);
            int y1 = nint((r.maxY() - extent.maxY()) / cell);
            int y2 = nint((r.maxY() - extent.minY()) / cell);
            int w = Math.abs(x2 - x1);
            int h = Math.abs(y2 - y1);
            boolean underMax = ref.maxBoxSize() == 0 || w < ref.maxBoxSize() && h < ref.maxBoxSize();
            if (!underMax) {
                return img;
            }
            if (w > ref.minBoxSize() || h > ref.minBoxSize()) {
                PixelShape box = new PixelShape(ShapeKind.POLYGON, new int[] {0},
                        new double[] {x1, y1, x1, y2, x2, y2, x2, y1, x1, y1});
                new PolygonPainter(markers, 0, 0).paint(g, box, style(ref, null));
            } else if (ref.marker() != 0 || ref.markerName() != null) {
                SymbolDef symbol = marker(map, ref);
                if (symbol != null) {
                    markers.paint(g, (x1 + x2) / 2.0, (y1 + y2) / 2.0, style(ref, symbol), 0);
                }
            } else {
                // C integer division, then MS_NINT of an int
                int cx = (x1 + x2) / 2;
                int cy = (y1 + y2) / 2;
                PixelShape cross = new PixelShape(ShapeKind.LINE, new int[] {0, 2, 4, 6}, new double[] {
                    cx - 8, cy, cx - 3, cy, cx, cy - 8, cx, cy - 3, cx, cy + 3, cx, cy + 8, cx + 3, cy, cx + 8, cy});
                // msDrawLineSymbol strokes in COLOR, or OUTLINECOLOR when COLOR is unset
                StyleValues v = style(ref, null);
                if (!v.color().isSet()) {
                    v = new StyleValues(ref.outlineColor(), ref.outlineColor(), 1, 0, ref.markerSize(), 0, false, 0,
                            0, 0, -1, List.of(), LineCap.ROUND, LineJoin.ROUND, null, null);
                }
                new LinePainter(markers).paint(g, cross, v);
            }
            return img;
        } catch (FontException e) {
            throw new RenderException(e.getMessage());
        } finally {
            g.dispose();
        }
    }

    /** msBuildPath: an absolute IMAGE as is, otherwise appended to the mapfile's directory. */
    private static String buildPath(String mapPath, String image) {
        if (Path.of(image).isAbsolute() || mapPath == null) {
            return image;
        }
        return mapPath.endsWith("/") ? mapPath + image : mapPath + "/" + image;
    }

    /**
     * msLoadMSRasterBufferFromFile / readImage: PNG or GIF by their signature (8.0 refuses JPEG and everything else
     * as an unsupported pixmap format); errors name the file, as 8.0's two-line message does.
     */
    private static BufferedImage load(String path) throws RenderException {
        String head = "msDrawReferenceMap(): General error message. Error loading reference image " + path + ".\n";
        Path p = Path.of(path);
        byte[] magic;
        try (var in = Files.newInputStream(p)) {
            magic = in.readNBytes(8);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(head + "msLoadMSRasterBufferFromFile(): General error message. unable to open "
                    + "file " + path + " for reading");
        }
        boolean png = magic.length == 8 && (magic[0] & 0xff) == 0x89 && magic[1] == 'P' && magic[2] == 'N'
                && magic[3] == 'G';
        boolean gif = magic.length >= 4 && magic[0] == 'G' && magic[1] == 'I' && magic[2] == 'F' && magic[3] == '8';
        if (!png && !gif) {
            throw new RenderException(head + "readImage(): General error message. unsupported pixmap format");
        }
        try {
            BufferedImage b = ImageIO.read(p.toFile());
            if (b != null) {
                return b;
            }
        } catch (IOException | RuntimeException e) {
            // a damaged file: reported below
        }
        throw new RenderException(head + (png ? "readPNG" : "readGIF") + "(): General error message. The "
                + (png ? "PNG" : "GIF") + " image could not be decoded.");
    }

    /**
     * The MARKER index, or msGetSymbolIndex(&map->symbolset, markername, MS_TRUE): a symbol name, else an image
     * file next to the mapfile. Null for an index past the symbol set, which msDrawMarkerSymbol skips silently.
     */
    private SymbolDef marker(MapDef map, ReferenceDef ref) throws RenderException {
        if (ref.markerName() == null) {
            return ref.marker() > map.symbols().size() ? null : map.symbols().get(ref.marker() - 1);
        }
        StyleDef.Builder b = new StyleDef.Builder();
        b.symbolName = ref.markerName();
        try {
            return symbols.resolve(b.build(), "reference");
        } catch (SymbolCatalog.UnknownSymbolException e) {
            // 8.0 fails loading the name as an image file
            throw new RenderException("msLoadMSRasterBufferFromFile(): General error message. unable to open file "
                    + buildPath(map.mapPath(), ref.markerName()) + " for reading");
        }
    }

    /** initStyle with the REFERENCE colours: WIDTH 1, SIZE = MARKERSIZE, round caps and joins. */
    private static StyleValues style(ReferenceDef ref, SymbolDef symbol) {
        return new StyleValues(ref.color(), ref.outlineColor(), 1, 0, ref.markerSize(), 0, false, 0, 0, 0, -1,
                List.of(), LineCap.ROUND, LineJoin.ROUND, symbol, null);
    }

    /** MS_NINT (lrint: halves to even), as an int. */
    private static int nint(double v) {
        return (int) Math.rint(v);
    }
}
