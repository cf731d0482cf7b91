package org.jmapserv.render.scanline;

/** Receives polygons vertex by vertex (AGG's path commands move_to / line_to / close) in pixel coordinates. */
public interface PathSink {

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** Ends the current polygon; the rasteriser closes it back to its first vertex. */
    void closePath();
}
