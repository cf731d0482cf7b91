package org.jmapserv.server;

/**
 * The XML ServiceExceptionReport of msWMSException (mapwms.cpp): 1.1.1 uses the DTD and
 * {@code application/vnd.ogc.se_xml}, 1.3.0 the OGC namespace and {@code text/xml}; the HTTP status stays 200
 * as in MapServer without MS_WMS_ERROR_STATUS_CODE. INIMAGE/BLANK GetMap errors are {@link WmsExceptionImage}s.
 */
public final class WmsExceptionReport {

    private WmsExceptionReport() {
    }

    public static MapservResponse of(WmsException e, boolean v130) {
        String code = e.code() == null ? "" : " code=\"" + Xml.escape(e.code()) + "\"";
        StringBuilder b = new StringBuilder("<?xml version='1.0' encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        if (v130) {
            b.append("<ServiceExceptionReport version=\"1.3.0\" xmlns=\"http://www.opengis.net/ogc\" ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=")
                    .append("\"http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd\">\n");
        } else {
            b.append("<!DOCTYPE ServiceExceptionReport SYSTEM ")
                    .append("\"http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd\">\n")
                    .append("<ServiceExceptionReport version=\"1.1.1\">\n");
        }
        b.append("<ServiceException").append(code).append(">\n").append(Xml.escape(e.getMessage()))
                .append("\n</ServiceException>\n</ServiceExceptionReport>\n");
        String type = v130 ? "text/xml; charset=UTF-8" : "application/vnd.ogc.se_xml; charset=UTF-8";
        return MapservResponse.text(200, type, b.toString());
    }
}
