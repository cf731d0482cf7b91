package org.jmapserv.wms.client;

import java.util.Locale;

/**
 * The WMS versions MapServer's client speaks (msOWSParseVersionString + the check in msBuildWMSLayerURLBase), with
 * the per-version spellings of the GetMap request that differ.
 */
public enum WmsVersion {
    V1_0_0("1.0.0"), V1_1_0("1.1.0"), V1_1_1("1.1.1"), V1_3_0("1.3.0");

    private final String text;

    WmsVersion(String text) {
        this.text = text;
    }

    /** Parses {@code x.y} or {@code x.y.z}; {@code null} when MapServer would not support it. */
    public static WmsVersion parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.chars().filter(c -> c == '.').count() == 1) {
            v = v + ".0";
        }
        for (WmsVersion version : values()) {
            if (version.text.equals(v)) {
                return version;
            }
        }
        return null;
    }

    public String text() {
        return text;
    }

    /** {@code map} for 1.0.0, {@code GetMap} after. */
    public String getMapRequestName() {
        return this == V1_0_0 ? "map" : "GetMap";
    }

    /** SRS before 1.3.0, CRS from 1.3.0 on. */
    public String crsParameter() {
        return this == V1_3_0 ? "CRS" : "SRS";
    }

    /** The EXCEPTIONS value MapServer asks for on non-essential layers. */
    public String defaultInImageExceptions() {
        return this == V1_1_0 || this == V1_1_1 ? "application/vnd.ogc.se_inimage" : "INIMAGE";
    }

    /** Whether BBOX follows the CRS's axis order by default (only 1.3.0). */
    public boolean strictAxisOrderByDefault() {
        return this == V1_3_0;
    }
}
