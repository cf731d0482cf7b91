package org.jmapserv.data.ogr;

/**
 * An OGR SQL statement or WHERE clause that GDAL's swq parser or evaluator refuses, with GDAL's own wording
 * (e.g. {@code "nosuch" not recognised as an available field.}); the caller adds the layer and the file.
 */
final class OgrSqlException extends RuntimeException {

    OgrSqlException(String message) {
        super(message);
    }
}
