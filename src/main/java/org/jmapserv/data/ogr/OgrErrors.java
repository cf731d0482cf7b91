package org.jmapserv.data.ogr;

import java.nio.file.Path;

import org.jmapserv.data.DataSourceException;

/**
 * The errors msOGRFileOpen / msOGRLayerNextShape report, worded as MapServer 8 words them, plus what MapServer
 * leaves to its logs: the file and the cause.
 */
final class OgrErrors {

    private OgrErrors() {
    }

    static DataSourceException openFailed(OgrOpenRequest r, String cause) {
        return new DataSourceException("msOGRFileOpen(): OGR error. Open failed for OGR connection in layer `"
                + r.layerName() + "'. " + cause + " (" + r.file() + ")");
    }

    static DataSourceException noLayer(OgrOpenRequest r, String cause) {
        return new DataSourceException("msOGRFileOpen(): OGR error. GetLayer(" + r.ref().label()
                + ") failed for OGR connection in layer `" + r.layerName() + "'. " + cause + " (" + r.file() + ")");
    }

    static DataSourceException sqlFailed(OgrOpenRequest r, String cause) {
        return new DataSourceException("msOGRFileOpen(): OGR error. ExecuteSQL() failed in layer `" + r.layerName()
                + "': " + cause + " (" + r.file() + ")");
    }

    static DataSourceException readFailed(String layer, Path file, String cause) {
        return new DataSourceException("msOGRLayerNextShape(): OGR error. Reading layer `" + layer + "' failed: "
                + cause + " (" + file + ")");
    }
}
