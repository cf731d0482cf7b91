package org.jmapserv.mapfile.model.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.triangulate.quadedge.QuadEdgeSubdivision;

/**
 * {@code centerline([shape])} as msGEOSCenterline (mapgeos.c) computes it: the edges of the Voronoi diagram of the
 * polygon's vertices that lie wholly inside it (keepEdge: both ends inside, crossing no ring) form a graph; from
 * every dead end (a node met once) the farthest node by shortest path is found (msGraphGetLongestShortestPath), and
 * the longest of those paths is the centre line. A polygon whose Voronoi diagram has no inner edge (a rectangle, a
 * triangle: too few vertices) fails as 8.0 fails it, asking for densify().
 */
final class Centerline {

    private Centerline() {
    }

    static Geometry of(Geometry polygon) {
        if (!(polygon instanceof Polygonal)) {
            throw new ExpressionEvaluationException("msGEOSCenterline(): GEOS library error. Centerlines can only be "
                    + "computed for polygon shapes.");
        }
        List<double[]> edges = insideEdges(polygon);
        // buildNodes: nodes in order of first appearance, each counting the edge ends that meet there
        Map<Coordinate, Integer> index = new LinkedHashMap<>();
        List<Coordinate> nodes = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<List<double[]>> adjacency = new ArrayList<>();
        for (double[] e : edges) {
            int a = node(new Coordinate(e[0], e[1]), index, nodes, ends, adjacency);
            int b = node(new Coordinate(e[2], e[3]), index, nodes, ends, adjacency);
            double w = Math.hypot(e[2] - e[0], e[3] - e[1]);
            adjacency.get(a).add(new double[] {b, w});
            adjacency.get(b).add(new double[] {a, w});
        }
        if (nodes.isEmpty()) {
            throw new ExpressionEvaluationException("msGEOSCenterline(): GEOS library error. Centerline generation "
                    + "failed, try densifying the shapes.");
        }
        int[] best = null;
        double bestDist = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (ends.get(i) != 1) {
                continue;
            }
            if (best != null && i == best[best.length - 1]) {
                continue; // the graph is undirected: the path back from its far end is no longer
            }
            double[] dist = new double[1];
            int[] path = longestShortestPath(adjacency, i, dist);
            if (best == null || dist[0] > bestDist) {
                best = path;
                bestDist = dist[0];
            }
        }
        if (best == null) {
            throw new ExpressionEvaluationException("msGEOSCenterline(): GEOS library error. Centerline generation "
                    + "failed, try densifying the shapes.");
        }
        Coordinate[] line = new Coordinate[best.length];
        for (int i = 0; i < best.length; i++) {
            line[i] = nodes.get(best[i]).copy();
        }
        GeometryFactory f = polygon.getFactory();
        return line.length == 1 ? f.createPoint(line[0]) : f.createLineString(line);
    }

    private static int node(Coordinate c, Map<Coordinate, Integer> index, List<Coordinate> nodes, List<Integer> ends,
            List<List<double[]>> adjacency) {
        Integer i = index.get(c);
        if (i != null) {
            ends.set(i, ends.get(i) + 1);
            return i;
        }
        index.put(c, nodes.size());
        nodes.add(c);
        ends.add(1);
        adjacency.add(new ArrayList<>());
        return nodes.size() - 1;
    }

    /** The Voronoi edges (x0, y0, x1, y1) of the polygon's vertices that keepEdge keeps, each once. */
    private static List<double[]> insideEdges(Geometry polygon) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(polygon);
        QuadEdgeSubdivision sub = builder.getSubdivision();
        @SuppressWarnings("unchecked")
        List<Geometry> cells = sub.getVoronoiCellPolygons(polygon.getFactory());
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(polygon);
        PreparedGeometry boundary = PreparedGeometryFactory.prepare(polygon.getBoundary());
        GeometryFactory f = polygon.getFactory();
        Set<List<Double>> seen = new HashSet<>();
        List<double[]> kept = new ArrayList<>();
        for (Geometry cell : cells) {
            Coordinate[] ring = cell.getCoordinates();
            for (int i = 1; i < ring.length; i++) {
                Coordinate a = ring[i - 1];
                Coordinate b = ring[i];
                boolean forward = a.x < b.x || (a.x == b.x && a.y <= b.y);
                List<Double> key = forward ? Arrays.asList(a.x, a.y, b.x, b.y) : Arrays.asList(b.x, b.y, a.x, a.y);
                if (!seen.add(key)) {
                    continue;
                }
                if (inside.locate(a) != Location.INTERIOR || inside.locate(b) != Location.INTERIOR) {
                    continue;
                }
                if (boundary.intersects(f.createLineString(new Coordinate[] {a, b}))) {
                    continue;
                }
                kept.add(new double[] {a.x, a.y, b.x, b.y});
            }
        }
        return kept;
    }

    /** Dijkstra from {@code src}; the path to the farthest reachable node (the first of equals), and its length. */
    private static int[] longestShortestPath(List<List<double[]>> adjacency, int src, double[] length) {
        int n = adjacency.size();
        double[] dist = new double[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(prev, -1);
        boolean[] done = new boolean[n];
        dist[src] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        queue.add(new double[] {0, src});
        while (!queue.isEmpty()) {
            int u = (int) queue.poll()[1];
            if (done[u]) {
                continue;
            }
            done[u] = true;
            for (double[] edge : adjacency.get(u)) {
                int v = (int) edge[0];
                if (!done[v] && dist[u] + edge[1] < dist[v]) {
                    dist[v] = dist[u] + edge[1];
                    prev[v] = u;
                    queue.add(new double[] {dist[v], v});
                }
            }
        }
        int dest = src;
        length[0] = -1;
        for (int i = 0; i < n; i++) {
            if (dist[i] != Double.POSITIVE_INFINITY && length[0] < dist[i]) {
                length[0] = dist[i];
                dest = i;
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int i = dest; i != -1; i = prev[i]) {
            path.add(i);
        }
        int[] out = new int[path.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = path.get(out.length - 1 - i);
        }
        return out;
    }
}
