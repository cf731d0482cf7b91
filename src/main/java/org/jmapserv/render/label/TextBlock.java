package org.jmapserv.render.label;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jmapserv.mapfile.model.Position;

/**
 * The outlines of a label's lines laid out as MapServer's text path (msLayoutTextSymbol, textlayout.c): lines
 * are spaced and aligned by a {@link LineLayout}, and the whole block is placed so that the anchor
 * sits at the opposite side for the POSITION (UL puts the text up and left of the point), shifted by OFFSET
 * and rotated by ANGLE around the anchor.
 */
public final class TextBlock {

    private final Path2D.Double outline;
    private final Rectangle2D box;
    /** A rotated label's unrotated text box and the transform placing it; else the box in pixels and null. */
    private final Rectangle2D local;
    private final AffineTransform place;
    private final FollowPath follow;

    private TextBlock(Path2D.Double outline, Rectangle2D box, Rectangle2D local, AffineTransform place) {
        this(outline, box, local, place, null);
    }

    private TextBlock(Path2D.Double outline, Rectangle2D box, Rectangle2D local, AffineTransform place,
                      FollowPath follow) {
        this.outline = outline;
        this.box = box;
        this.local = local;
        this.place = place;
        this.follow = follow;
    }

    public static TextBlock layout(List<String> lines, Font font, FontRenderContext frc, double x, double y,
                                   Position pos, double offX, double offY, double angle) {
        return layout(lines, LineLayout.of(font), font, frc, x, y, pos, offX, offY, angle);
    }

    public static TextBlock layout(List<String> lines, LineLayout lineLayout, Font font, FontRenderContext frc,
                                   double x, double y, Position pos, double offX, double offY, double angle) {
        Path2D.Double text = new Path2D.Double(Path2D.WIND_NON_ZERO);
        double lineHeight = lineLayout.lineHeight();
        double maxWidth = 0;
        ShapedLine[] shaped = new ShapedLine[lines.size()];
        for (int i = 0; i < shaped.length; i++) {
            shaped[i] = ShapedLine.of(font, frc, lines.get(i));
            maxWidth = Math.max(maxWidth, shaped[i].advance());
        }
        LineLayout.Direction[] directions = new LineLayout.Direction[shaped.length];
        for (int i = 0; i < shaped.length; i++) {
            directions[i] = shaped[i].direction();
        }
        boolean[] right = LineLayout.rightAligned(directions);
        for (int i = 0; i < shaped.length; i++) {
            double w = shaped[i].advance();
            // msLayoutTextSymbol aligns only the lines of a block of several
            double indent = shaped.length > 1 ? lineLayout.indent(maxWidth, w, right[i]) : 0;
            AffineTransform t = AffineTransform.getTranslateInstance(indent, i * lineHeight);
            text.append(t.createTransformedShape(shaped[i].outline()), false);
        }
        Rectangle2D ink = text.getBounds2D();
        double ascent = shaped.length == 0 ? 0 : shaped[0].visualBounds().getMinY();
        double top = Math.min(ascent, ink.getMinY());
        double height = ink.getMaxY() - top;
        double bx = switch (pos) {
            case UL, CL, LL -> -maxWidth;
            case UC, CC, LC -> -maxWidth / 2;
            default -> 0;
        };
        double by = switch (pos) {
            case UL, UC, UR -> -height;
            case CL, CC, CR -> -height / 2;
            default -> 0;
        };
        AffineTransform place = new AffineTransform();
        place.translate(x, y);
        if (angle != 0) {
            place.rotate(-Math.toRadians(angle));
        }
        place.translate(bx + offX, by + offY - top);
        Path2D.Double placed = new Path2D.Double(text, place);
        Rectangle2D local = new Rectangle2D.Double(0, top, maxWidth, height);
        Path2D.Double boxPath = new Path2D.Double(local, place);
        Rectangle2D box = boxPath.getBounds2D();
        return angle != 0 ? new TextBlock(placed, box, local, place) : new TextBlock(placed, box, box, null);
    }

    /**
     * Glyph by glyph along a {@link FollowPath} (ANGLE FOLLOW); the box is the bounds of all glyphs, the collision
     * bounds the path's own outline.
     */
    public static TextBlock along(FollowPath path, String text, Font font, FontRenderContext frc) {
        List<GlyphLine.Glyph> glyphs = GlyphLine.of(font, frc, text).glyphs();
        Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO);
        double[] g = path.glyphs();
        for (int k = 0; k < Math.min(glyphs.size(), path.size()); k++) {
            AffineTransform t = AffineTransform.getTranslateInstance(g[3 * k], g[3 * k + 1]);
            t.rotate(-g[3 * k + 2]);
            out.append(t.createTransformedShape(glyphs.get(k).outline()), false);
        }
        return new TextBlock(out, out.getBounds2D(), out.getBounds2D(), null, path);
    }

    /**
     * The collision bounds, grown by {@code buffer} pixels on every side before rotation, as get_metrics builds
     * them: a rotated label keeps its rotated rectangle, not the larger axis-aligned box around it.
     */
    public LabelBounds bounds(double buffer) {
        if (follow != null) {
            return follow.bounds(buffer);
        }
        Rectangle2D grown = new Rectangle2D.Double(local.getX() - buffer, local.getY() - buffer,
                local.getWidth() + 2 * buffer, local.getHeight() + 2 * buffer);
        if (place == null) {
            return LabelBounds.of(grown);
        }
        double[] corners = {grown.getMinX(), grown.getMaxY(), grown.getMinX(), grown.getMinY(),
            grown.getMaxX(), grown.getMinY(), grown.getMaxX(), grown.getMaxY()};
        place.transform(corners, 0, corners, 0, 4);
        return LabelBounds.ofCorners(corners);
    }

    /**
     * This block moved by (dx, dy) pixels, as offsetAndTest moves a label along its leader; not for ANGLE FOLLOW
     * labels.
     */
    public TextBlock translated(double dx, double dy) {
        AffineTransform t = AffineTransform.getTranslateInstance(dx, dy);
        Path2D.Double moved = new Path2D.Double(outline, t);
        Rectangle2D movedBox = new Rectangle2D.Double(box.getX() + dx, box.getY() + dy, box.getWidth(),
                box.getHeight());
        if (place == null) {
            return new TextBlock(moved, movedBox, movedBox, null);
        }
        AffineTransform movedPlace = new AffineTransform(t);
        movedPlace.concatenate(place);
        return new TextBlock(moved, movedBox, local, movedPlace);
    }

    /** The glyph outlines in image pixels. */
    public Path2D.Double outline() {
        return outline;
    }

    /** The axis-aligned bounds of the (possibly rotated) text box, used for collisions and edges. */
    public Rectangle2D box() {
        return box;
    }
}
