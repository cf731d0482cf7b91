package org.jmapserv.mapfile.model;

/** A coordinate pair as written in a POINTS block (FEATURE or SYMBOL). */
public record Vertex(double x, double y) {
}
