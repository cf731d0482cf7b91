package org.jmapserv.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LegendDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Position;
import org.jmapserv.mapfile.model.ScalebarDef;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.render.label.LabelCache;
import org.jmapserv.render.legend.LegendDrawer;
import org.jmapserv.render.legend.LegendTools;
import org.jmapserv.render.legend.ScalebarDrawer;
import org.jmapserv.render.output.OutputFormat;

/**
 * {@code LEGEND STATUS EMBED} and {@code SCALEBAR STATUS EMBED} as msEmbedLegend (maplegend.c) and msEmbedScalebar
 * (mapscale.c) put them into the map: the legend or scalebar image, made as mode=legend / mode=scalebar make it,
 * centred at a point given by POSITION (UL, UC, UR, LL, LC, LR; the scalebar moved inwards by OFFSET). Without
 * POSTLABELCACHE both go into the label cache as forced labels of the highest priority (scalebar first, so the
 * legend is drawn first and other labels keep off both); with POSTLABELCACHE they are drawn straight onto the map
 * after the POSTLABELCACHE layers, legend first. The other positions (CL, CC, CR) leave MapServer's point unset;
 * we refuse them rather than guess.
 */
final class EmbeddedFurniture {

    private final MapDef map;
    private final LegendTools tools;
    private final OutputFormat format;

    EmbeddedFurniture(MapDef map, LegendTools tools, OutputFormat format) {
        this.map = map;
        this.tools = tools;
        this.format = format;
    }

    static boolean anyEmbedded(MapDef map) {
        return map.legend().status() == Status.EMBED || map.scalebar().status() == Status.EMBED;
    }

    /** Before the label cache: the embeds without POSTLABELCACHE, added to {@code cache} in msDrawMap's order. */
    void addToLabelCache(LabelCache cache, int width, int height) throws RenderException {
        ScalebarDef sb = map.scalebar();
        if (sb.status() == Status.EMBED && !sb.postLabelCache()) {
            cache.addEmbedded(scalebar(width, height));
        }
        LegendDef lg = map.legend();
        if (lg.status() == Status.EMBED && !lg.postLabelCache()) {
            cache.addEmbedded(legend(width, height));
        }
    }

    /** After the POSTLABELCACHE layers: the embeds with POSTLABELCACHE, drawn directly, legend then scalebar. */
    void drawAfterLabels(Graphics2D g, int width, int height) throws RenderException {
        LegendDef lg = map.legend();
        if (lg.status() == Status.EMBED && lg.postLabelCache()) {
            draw(g, legend(width, height));
        }
        ScalebarDef sb = map.scalebar();
        if (sb.status() == Status.EMBED && sb.postLabelCache()) {
            draw(g, scalebar(width, height));
        }
    }

    private static void draw(Graphics2D g, LabelCache.EmbeddedImage e) {
        g.drawImage(e.image(), e.left(), e.top(), null);
    }

    private LabelCache.EmbeddedImage legend(int width, int height) throws RenderException {
        BufferedImage img = legendImage(map, tools, format);

        double[] p = point(map.legend().position(), width, height, img, 0, 0, "msEmbedLegend()");
        return new LabelCache.EmbeddedImage(img, p[0], p[1]);
    }

    private LabelCache.EmbeddedImage scalebar(int width, int height) throws RenderException {
        BufferedImage img = scalebarImage(map, tools, format);
        ScalebarDef sb = map.scalebar();
        double[] p = point(sb.position(), width, height, img, sb.offsetX(), sb.offsetY(), "msEmbedScalebar()");
        return new LabelCache.EmbeddedImage(img, p[0], p[1]);
    }

    /** The centre point msEmbedLegend / msEmbedScalebar compute for a POSITION, OFFSET moving inwards. */
    static double[] point(Position pos, int width, int height, BufferedImage img, int offX, int offY, String fn)
            throws RenderException {
        // MS_NINT is lrint where the platform has it (Debian's build): halves round to even
        long halfW = (long) Math.rint(img.getWidth() / 2.0);
        long halfH = (long) Math.rint(img.getHeight() / 2.0);
        long midX = (long) Math.rint(width / 2.0);
        return switch (pos) {
            case LL -> new double[] {halfW + offX, height - halfH - offY};
            case LR -> new double[] {width - halfW - offX, height - halfH - offY};
            case LC -> new double[] {midX + offX, height - halfH - offY};
            case UR -> new double[] {width - halfW - offX, halfH + offY};
            case UL -> new double[] {halfW + offX, halfH + offY};
            case UC -> new double[] {midX + offX, halfH + offY};
            default -> throw new RenderException(fn + ": POSITION " + pos + " is not supported for an embedded "
                    + (fn.contains("Legend") ? "legend" : "scalebar") + "; use UL, UC, UR, LL, LC or LR.");
        };
    }

    /** The legend image as msDrawLegend makes it: LEGEND TRANSPARENT, else the output format's transparency. */
    static BufferedImage legendImage(MapDef map, LegendTools tools, OutputFormat format) throws RenderException {
        boolean transparent = map.legend().transparent() != null ? map.legend().transparent() : format.transparent();
        return new LegendDrawer(tools).draw(transparent ? null : map.legend().imageColor());
    }

    /** The scalebar image as msDrawScalebar makes it (IMAGECOLOR, white when TRANSPARENT OFF names none). */
    static BufferedImage scalebarImage(MapDef map, LegendTools tools, OutputFormat format) throws RenderException {
        Boolean t = map.scalebar().transparent();
        boolean transparent = t != null ? t : format.transparent();
        Color bg = map.scalebar().imageColor().isSet() || Boolean.FALSE.equals(t)
                ? (map.scalebar().imageColor().isSet() ? map.scalebar().imageColor() : Color.WHITE) : null;
        return new ScalebarDrawer(tools).draw(transparent ? null : bg);
    }
}
