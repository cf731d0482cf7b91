/**
 * LAYER CLUSTER (RFC 69, mapcluster.c): a {@link org.jmapserv.data.FeatureSource} that wraps any point layer's
 * source and returns clusters instead of its points, as msClusterLayerOpen hooks the layer's vtable.
 */
package org.jmapserv.data.cluster;
