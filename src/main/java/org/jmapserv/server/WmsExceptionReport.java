package org.jmapserv.server;

/**
 * The XML ServiceExceptionReport of msWMSException (mapwms.cpp), in each version's form: 1.0.1-1.0.7 with the
 * digitalearth DTD as text/xml, 1.1.0 and 1.1.1 with their DTDs as {@code application/vnd.ogc.se_xml}, 1.3.0 in the
 * OGC namespace as text/xml (or {@code application/vnd.ogc.se_xml} when EXCEPTIONS asked for it), and the 1.0.0
 * WMS_XML {@code WMTException}. The HTTP status stays 200 as in MapServer without MS_WMS_ERROR_STATUS_CODE.
 * INIMAGE/BLANK errors are {@link WmsExceptionImage}s.
 */
public final class WmsExceptionReport {

    private static final String SCHEMAS = "http://schemas.opengis.net";

    private WmsExceptionReport() {
    }

    public static MapservResponse of(WmsException e, boolean v130) {
        return of(e, v130 ? WmsVersion.V130 : WmsVersion.V111, null);
    }

    static MapservResponse of(WmsException e, int version, String format) {
        int v = version <= 0 ? WmsVersion.V130 : version;
        String message = Xml.escape(e.getMessage()).replace("'", "&#39;");
        if ("WMS_XML".equalsIgnoreCase(format)) {
            return MapservResponse.text(200, "text/xml; charset=UTF-8", "<WMTException version=\"1.0.0\">\n"
                    + message + "\n</WMTException>\n");
        }
        StringBuilder b = new StringBuilder("<?xml version='1.0' encoding=\"UTF-8\" standalone=\"no\" ?>\n");
        String type = "application/vnd.ogc.se_xml; charset=UTF-8";
        if (v <= WmsVersion.V107) {
            type = "text/xml; charset=UTF-8";
            b.append("<!DOCTYPE ServiceExceptionReport SYSTEM ")
                    .append("\"http://www.digitalearth.gov/wmt/xml/exception_1_0_1.dtd\">\n")
                    .append("<ServiceExceptionReport version=\"1.0.1\">\n");
        } else if (v <= WmsVersion.V110) {
            b.append("<!DOCTYPE ServiceExceptionReport SYSTEM \"").append(SCHEMAS)
                    .append("/wms/1.1.0/exception_1_1_0.dtd\">\n<ServiceExceptionReport version=\"1.1.0\">\n");
        } else if (v <= WmsVersion.V111) {
            b.append("<!DOCTYPE ServiceExceptionReport SYSTEM \"").append(SCHEMAS)
                    .append("/wms/1.1.1/exception_1_1_1.dtd\">\n<ServiceExceptionReport version=\"1.1.1\">\n");
        } else {
            if (!"application/vnd.ogc.se_xml".equalsIgnoreCase(format)) {
                type = "text/xml; charset=UTF-8";
            }
            b.append("<ServiceExceptionReport version=\"1.3.0\" xmlns=\"http://www.opengis.net/ogc\" ")
                    .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=")
                    .append("\"http://www.opengis.net/ogc ").append(SCHEMAS)
                    .append("/wms/1.3.0/exceptions_1_3_0.xsd\">\n");
        }
        String code = e.code() == null ? "" : " code=\"" + Xml.escape(e.code()) + "\"";
        b.append("<ServiceException").append(code).append(">\n").append(message)
                .append("\n</ServiceException>\n</ServiceExceptionReport>\n");
        return MapservResponse.text(200, type, b.toString());
    }
}
