package org.jmapserv.server;

import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.HtmlEntities;
import org.jmapserv.ows.OwsMetadata;

/**
 * INSPIRE extended capabilities (msOWSPrintInspireCommonExtendedCapabilities, mapows.cpp) in the "url" scenario:
 * the service metadata URL and media type, supported and response languages. The "embed" scenario is not
 * written: a comment says so rather than writing an incomplete block.
 */
final class WmsInspire {

    static final String COMMON = "http://inspire.ec.europa.eu/schemas/common/1.0";
    static final String VS = "http://inspire.ec.europa.eu/schemas/inspire_vs/1.0";

    private WmsInspire() {
    }

    /**
     * With {@code declareNamespaces} (WMS 1.1.1, where MapServer binds the prefixes through its DTD's internal
     * subset) the element declares them itself.
     */
    static void extendedCapabilities(StringBuilder b, Metadata web, String language, boolean declareNamespaces) {
        String scenario = OwsMetadata.lookup(web, "inspire_capabilities");
        if (!"url".equalsIgnoreCase(scenario)) {
            b.append("  <!-- WARNING: jmapserv writes the INSPIRE 'url' scenario only; '")
                    .append(HtmlEntities.encode(scenario)).append("' is not supported -->\n");
            return;
        }
        b.append("  <inspire_vs:ExtendedCapabilities");
        if (declareNamespaces) {
            b.append(" xmlns:inspire_vs=\"").append(VS).append("\" xmlns:inspire_common=\"").append(COMMON)
                    .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        }
        b.append(">\n");
        String href = OwsMetadata.lookup(web, "inspire_metadataurl_href");
        String format = OwsMetadata.lookup(web, "inspire_metadataurl_format");
        if (href == null) {
            b.append("  <!-- WARNING: Mandatory metadata \"wms_inspire_metadataurl_href\" or ")
                    .append("\"ows_inspire_metadataurl_href\" was missing in this context. -->\n");
        } else {
            b.append("    <inspire_common:MetadataUrl xsi:type=\"inspire_common:resourceLocatorType\">\n")
                    .append("      <inspire_common:URL>").append(HtmlEntities.encode(href))
                    .append("</inspire_common:URL>\n");
            b.append("      <inspire_common:MediaType>").append(HtmlEntities.encode(format))
                    .append("</inspire_common:MediaType>\n");
            b.append("    </inspire_common:MetadataUrl>\n");
        }
        String list = OwsMetadata.lookup(web, "languages");
        if (list != null) {
            String[] langs = list.split(",");
            b.append("    <inspire_common:SupportedLanguages>\n      <inspire_common:DefaultLanguage>")
                    .append("<inspire_common:Language>").append(HtmlEntities.encode(langs[0].trim()))
                    .append("</inspire_common:Language></inspire_common:DefaultLanguage>\n");
            for (int i = 1; i < langs.length; i++) {
                b.append("      <inspire_common:SupportedLanguage><inspire_common:Language>")
                        .append(HtmlEntities.encode(langs[i].trim()))
                        .append("</inspire_common:Language></inspire_common:SupportedLanguage>\n");
            }
            b.append("    </inspire_common:SupportedLanguages>\n    <inspire_common:ResponseLanguage>")
                    .append("<inspire_common:Language>").append(HtmlEntities.encode(language == null
                            ? langs[0].trim() : language)).append("</inspire_common:Language>")
                    .append("</inspire_common:ResponseLanguage>\n");
        }
        b.append("  </inspire_vs:ExtendedCapabilities>\n");
    }
}
