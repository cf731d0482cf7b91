package org.jmapserv.render.scanline;

/**
 * Receives the coverage of one swept scanline, as AGG's scanline containers do: single boundary cells with
 * their own coverage, and runs of pixels sharing one coverage (0..255, gamma already applied).
 */
public interface SpanSink {

    void cell(int y, int x, int cover);

    void run(int y, int x, int length, int cover);
}
