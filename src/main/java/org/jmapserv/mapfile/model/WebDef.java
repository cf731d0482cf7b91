package org.jmapserv.mapfile.model;

import org.jmapserv.mapfile.SourcePosition;

/**
 * The WEB block (webObj). Its METADATA holds wms_/ows_ settings and, at run time, http_cookie_data (RFC 42).
 * <p>Immutable; lists and maps are unmodifiable copies. Use {@link Builder} (defaults as MapServer sets them)
 * or {@link #toBuilder()} to derive a changed copy.
 */
public record WebDef(
        Metadata metadata,
        Metadata validation,
        String imagePath,
        String imageUrl,
        String tempPath,
        String template,
        String header,
        String footer,
        String minTemplate,
        String maxTemplate,
        String error,
        String empty,
        double minScaleDenom,
        double maxScaleDenom,
        String queryFormat,
        String legendFormat,
        String browseFormat,
        SourcePosition source) {

    /** A builder holding this record's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metadata = metadata;
        b.validation = validation;
        b.imagePath = imagePath;
        b.imageUrl = imageUrl;
        b.tempPath = tempPath;
        b.template = template;
        b.header = header;
        b.footer = footer;
        b.minTemplate = minTemplate;
        b.maxTemplate = maxTemplate;
        b.error = error;
        b.empty = empty;
        b.minScaleDenom = minScaleDenom;
        b.maxScaleDenom = maxScaleDenom;
        b.queryFormat = queryFormat;
        b.legendFormat = legendFormat;
        b.browseFormat = browseFormat;
        b.source = source;
        return b;
    }

    /** Mutable accumulator used by the block readers; starts from MapServer's defaults. */
    public static final class Builder {
        public Metadata metadata = Metadata.EMPTY;
        public Metadata validation = Metadata.EMPTY;
        public String imagePath = "";
        public String imageUrl = null;
        public String tempPath = null;
        public String template = null;
        public String header = null;
        public String footer = null;
        public String minTemplate = null;
        public String maxTemplate = null;
        public String error = null;
        public String empty = null;
        public double minScaleDenom = -1;
        public double maxScaleDenom = -1;
        public String queryFormat = "text/html";
        public String legendFormat = "text/html";
        public String browseFormat = "text/html";
        public SourcePosition source = SourcePosition.NONE;

        public WebDef build() {
            return new WebDef(
                    metadata, validation, imagePath, imageUrl, tempPath, template, header, footer,
                    minTemplate, maxTemplate, error, empty, minScaleDenom, maxScaleDenom,
                    queryFormat, legendFormat, browseFormat, source);
        }
    }
}
