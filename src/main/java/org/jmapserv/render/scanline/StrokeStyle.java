package org.jmapserv.render.scanline;

/**
 * How a line is widened, with agg::vcgen_stroke's settings: full {@code width}, cap, outer join, inner join
 * and miter limit (a multiple of half the width). MapServer never sets the miter limit, so AGG's default 4
 * applies; {@link #mapServerLine} reproduces agg2RenderLine's choices.
 */
public record StrokeStyle(double width, Cap cap, Join join, InnerJoin innerJoin, double miterLimit) {

    /** AGG's default miter limit (vcgen_stroke / math_stroke). */
    public static final double DEFAULT_MITER_LIMIT = 4;

    /** line_cap_e. */
    public enum Cap { BUTT, SQUARE, ROUND }

    /** line_join_e. */
    public enum Join { MITER, MITER_REVERT, ROUND, BEVEL, MITER_ROUND }

    /** inner_join_e (jag and round are not used by MapServer and not offered). */
    public enum InnerJoin { BEVEL, MITER }

    /**
     * As agg2RenderLine (mapagg.cpp): above one pixel wide, cap and join as given (applyCJC; a cap or join
     * applyCJC does not know leaves AGG's default butt cap / miter join); one pixel or thinner, butt caps with
     * bevel outer and inner joins whatever the style says.
     */
    public static StrokeStyle mapServerLine(double width, Cap cap, Join join) {
        if (width > 1) {
            return new StrokeStyle(width, cap == null ? Cap.BUTT : cap, join == null ? Join.MITER : join,
                    InnerJoin.MITER, DEFAULT_MITER_LIMIT);
        }
        return new StrokeStyle(width, Cap.BUTT, Join.BEVEL, InnerJoin.BEVEL, DEFAULT_MITER_LIMIT);
    }
}
