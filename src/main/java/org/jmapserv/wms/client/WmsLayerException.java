package org.jmapserv.wms.client;

/**
 * A WMS layer could not be requested or drawn. The message always names the layer, the cause in plain words and,
 * when a request was made, the URL with secrets masked — e.g.
 * {@code WMS layer 'roads': certificate of localhost:8443 is not trusted (CA bundle: /etc/x.pem) [https://...]}.
 * Whether it fails the whole map depends on {@code wms_essential}, decided by the caller.
 */
public class WmsLayerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String layerName;
    private final String maskedUrl;
    private final String reason;

    public WmsLayerException(String layerName, String reason, String maskedUrl) {
        super(format(layerName, reason, maskedUrl));
        this.layerName = layerName;
        this.reason = reason;
        this.maskedUrl = maskedUrl;
    }

    public String layerName() {
        return layerName;
    }

    /** The cause in plain words, without layer name or URL. */
    public String reason() {
        return reason;
    }

    /** The request URL with credentials masked, or {@code null} when no request was built. */
    public String maskedUrl() {
        return maskedUrl;
    }

    private static String format(String layer, String reason, String url) {
        String text = "WMS layer '" + layer + "': " + reason;
        return url == null ? text : text + " (URL: " + url + ")";
    }
}
