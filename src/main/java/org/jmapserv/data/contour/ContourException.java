package org.jmapserv.data.contour;

/** GDALContourGenerate failed (CPLError's message), e.g. too many levels for the interval. */
final class ContourException extends RuntimeException {

    ContourException(String message) {
        super(message);
    }
}
