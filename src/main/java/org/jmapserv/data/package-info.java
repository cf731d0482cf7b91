/**
 * Feature sources for the renderer: the {@link org.jmapserv.data.Feature} value, the streaming
 * {@link org.jmapserv.data.FeatureSource}/{@link org.jmapserv.data.FeatureCursor} contract and the raw
 * {@link org.jmapserv.data.ShapeGeometry} that lets the renderer draw without building JTS objects.
 * Sub-packages hold the concrete readers ({@code shapefile}, {@code inline}).
 *
 * <p>May import: {@code org.jmapserv.mapfile.model} (incl. {@code expr}), {@code org.jmapserv.geo}, JTS.
 */
package org.jmapserv.data;
