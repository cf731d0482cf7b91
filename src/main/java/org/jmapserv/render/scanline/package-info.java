/**
 * Our own antialiasing scanline rasteriser for solid fills and strokes, following the algorithms of AGG as
 * MapServer's AGG renderer uses them (rasterizer_scanline_aa with 24.8 fixed-point cells, vcgen_stroke,
 * vcgen_dash, premultiplied rgba blending, linear gamma on polygon coverage). It draws straight into the int[]
 * of a TYPE_INT_ARGB_PRE image, avoiding Java2D's per-call cost for many small shapes. May import only
 * java.base and java.awt.
 */
package org.jmapserv.render.scanline;
