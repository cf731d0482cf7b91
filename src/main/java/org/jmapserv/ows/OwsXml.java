package org.jmapserv.ows;

import org.jmapserv.mapfile.model.Metadata;

/**
 * The metadata-driven pieces of OWS capabilities, as mapows.cpp / mapwms.cpp print them: mandatory values with
 * MapServer's warning comment and default (msOWSPrintEncodeMetadata2 with OWS_WARN), keyword lists
 * (msWMSPrintKeywordlist, vocabularies from 1.3.0), CRS lists (one element each from WMS 1.1.1, one
 * space-separated element before), ContactInformation (msOWSPrintContactInfo), Attribution, AuthorityURL,
 * Identifier and the URL types (msOWSPrintURLType: MetadataURL, DataURL, LegendURL). Values are HTML-encoded.
 */
public final class OwsXml {

    public static final String XLINK = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final int V100 = 10000;
    private static final int V111 = 10101;
    private static final int V130 = 10300;

    private OwsXml() {
    }

    /** A mandatory element: the value, else a warning comment naming {@code key} and the default. */
    public static void metadata(StringBuilder b, String indent, String tag, String value, String dflt, String key) {
        if (value == null) {
            if (key != null) {
                b.append("<!-- WARNING: Mandatory metadata \"wms_").append(key).append("\" or \"ows_").append(key)
                        .append("\" was missing in this context. -->\n");
            }
            value = dflt;
        }
        if (value != null) {
            b.append(indent).append('<').append(tag).append('>').append(HtmlEntities.encode(value)).append("</")
                    .append(tag).append(">\n");
        }
    }

    public static void optional(StringBuilder b, String indent, String tag, String value) {
        if (value != null) {
            b.append(indent).append('<').append(tag).append('>').append(HtmlEntities.encode(value)).append("</")
                    .append(tag).append(">\n");
        }
    }

    /** msWMSPrintKeywordlist. */
    public static void keywords(StringBuilder b, String indent, String name, Metadata md, int version) {
        String list = OwsMetadata.lookup(md, name);
        String items = OwsMetadata.lookup(md, name + "_items");
        String vocabulary = OwsMetadata.lookup(md, name + "_vocabulary");
        if (version == V100) {
            if (list != null) {
                b.append(indent).append("<Keywords>");
                for (String k : list.split(",")) {
                    b.append(HtmlEntities.encode(k)).append(' ');
                }
                b.append(indent).append("</Keywords>\n");
            }
            return;
        }
        if (list == null && items == null && vocabulary == null) {
            return;
        }
        b.append(indent).append("<KeywordList>\n");
        keywordItems(b, indent, list, null);
        keywordItems(b, indent, items, null);
        if (vocabulary != null && version >= V130) {
            for (String voc : vocabulary.split(",")) {
                keywordItems(b, indent, OwsMetadata.lookup(md, name + "_" + voc + "_items"), voc);
            }
        }
        b.append(indent).append("</KeywordList>\n");
    }

    private static void keywordItems(StringBuilder b, String indent, String list, String vocabulary) {
        if (list == null) {
            return;
        }
        for (String k : list.split(",")) {
            b.append(indent).append("    <Keyword");
            if (vocabulary != null) {
                b.append(" vocabulary=\"").append(vocabulary).append('"');
            }
            b.append('>').append(HtmlEntities.encode(k)).append("</Keyword>\n");
        }
    }

    /** CRS or SRS list: one element per code from 1.1.1 on, one space-separated element before. */
    public static void crsList(StringBuilder b, String indent, String codes, int version) {
        String tag = version >= V130 ? "CRS" : "SRS";
        if (version >= V111) {
            for (String code : codes.trim().split("\\s+")) {
                if (!code.isEmpty() || codes.isBlank()) {
                    b.append(indent).append('<').append(tag).append('>').append(HtmlEntities.encode(code))
                            .append("</").append(tag).append(">\n");
                }
                if (codes.isBlank()) {
                    break;
                }
            }
        } else {
            b.append(indent).append("<SRS>").append(HtmlEntities.encode(codes.trim())).append("</SRS>\n");
        }
    }

    /** msOWSPrintContactInfo (WMS 1.0.7 and later). */
    public static void contactInfo(StringBuilder b, String indent, Metadata md) {
        b.append(indent).append("<ContactInformation>\n");
        String person = OwsMetadata.lookup(md, "contactperson");
        String org = OwsMetadata.lookup(md, "contactorganization");
        if (person != null || org != null) {
            b.append(indent).append("  <ContactPersonPrimary>\n");
            metadata(b, indent + "    ", "ContactPerson", person, null, "contactperson");
            metadata(b, indent + "    ", "ContactOrganization", org, null, "contactorganization");
            b.append(indent).append("  </ContactPersonPrimary>\n");
        }
        optional(b, indent + "    ", "ContactPosition", OwsMetadata.lookup(md, "contactposition"));
        String[] keys = {"addresstype", "address", "city", "stateorprovince", "postcode", "country"};
        String[] tags = {"AddressType", "Address", "City", "StateOrProvince", "PostCode", "Country"};
        boolean address = false;
        for (String k : keys) {
            address |= OwsMetadata.lookup(md, k) != null;
        }
        if (address) {
            b.append(indent).append("  <ContactAddress>\n");
            for (int i = 0; i < keys.length; i++) {
                metadata(b, indent + "      ", tags[i], OwsMetadata.lookup(md, keys[i]), null, keys[i]);
            }
            b.append(indent).append("  </ContactAddress>\n");
        }
        optional(b, indent + "    ", "ContactVoiceTelephone", OwsMetadata.lookup(md, "contactvoicetelephone"));
        optional(b, indent + "    ", "ContactFacsimileTelephone",
                OwsMetadata.lookup(md, "contactfacsimiletelephone"));
        optional(b, indent, "ContactElectronicMailAddress", OwsMetadata.lookup(md, "contactelectronicmailaddress"));
        b.append(indent).append("</ContactInformation>\n");
    }

    /** msWMSPrintAttribution. */
    public static void attribution(StringBuilder b, String indent, Metadata md) {
        String title = OwsMetadata.lookup(md, "attribution_title");
        String online = OwsMetadata.lookup(md, "attribution_onlineresource");
        String logo = OwsMetadata.lookup(md, "attribution_logourl_width");
        if (title == null && online == null && logo == null) {
            return;
        }
        b.append(indent).append("<Attribution>\n");
        optional(b, indent + indent, "Title", title);
        if (online != null) {
            b.append(indent).append(indent).append("<OnlineResource ").append(XLINK).append(" xlink:href=\"")
                    .append(HtmlEntities.encode(online)).append("\"/>\n");
        }
        if (logo != null) {
            legendUrlLike(b, indent + "    ", md, "attribution_logourl", "LogoURL");
        }
        b.append(indent).append("</Attribution>\n");
    }

    /** msWMSPrintAuthorityURL: only with both name and href. */
    public static void authorityUrl(StringBuilder b, String indent, Metadata md) {
        String name = OwsMetadata.lookup(md, "authorityurl_name");
        String href = OwsMetadata.lookup(md, "authorityurl_href");
        if (name != null && href != null) {
            b.append(indent).append("<AuthorityURL name=\"").append(HtmlEntities.encode(name)).append("\">\n")
                    .append(indent).append("  <OnlineResource ").append(XLINK).append(" xlink:href=\"")
                    .append(HtmlEntities.encode(href)).append("\"/>\n").append(indent).append("</AuthorityURL>\n");
        } else if (name != null || href != null) {
            b.append(indent).append("<!-- WARNING: Both wms_authorityurl_name and wms_authorityurl_href must be set ")
                    .append("to output an AuthorityURL -->\n");
        }
    }

    /** msWMSPrintIdentifier: only with both authority and value. */
    public static void identifier(StringBuilder b, String indent, Metadata md) {
        String authority = OwsMetadata.lookup(md, "identifier_authority");
        String value = OwsMetadata.lookup(md, "identifier_value");
        if (authority != null && value != null) {
            b.append(indent).append("<Identifier authority=\"").append(HtmlEntities.encode(authority)).append("\">")
                    .append(HtmlEntities.encode(value)).append("</Identifier>\n");
        } else if (authority != null || value != null) {
            b.append(indent).append("<!-- WARNING: Both wms_identifier_authority and wms_identifier_value must be ")
                    .append("set to output an Identifier -->\n");
        }
    }

    /**
     * msOWSPrintURLType for MetadataURL / DataURL: {@code <key>_href} required; {@code type} (MetadataURL) and
     * {@code format} written when {@code <key>_type} / {@code <key>_format} exist.
     */
    public static void urlType(StringBuilder b, String indent, Metadata md, String key, String tag, boolean withType,
            boolean unused) {
        String href = OwsMetadata.lookup(md, key + "_href");
        if (href == null) {
            return;
        }
        urlBlock(b, indent, tag, withType ? OwsMetadata.lookup(md, key + "_type") : null, withType,
                OwsMetadata.lookup(md, key + "_format"), HtmlEntities.encode(href));
    }

    /** The same block with an already encoded href (MapServer's generated GetMetadata URL). */
    public static void urlBlock(StringBuilder b, String indent, String tag, String type, boolean withType, String format,
            String encodedHref) {
        b.append(indent).append('<').append(tag);
        if (withType) {
            b.append(" type=\"").append(type == null ? "" : HtmlEntities.encode(type)).append('"');
        }
        b.append(">\n");
        if (format != null) {
            b.append(indent).append("  <Format>").append(HtmlEntities.encode(format)).append("</Format>\n");
        }
        b.append(indent).append("  <OnlineResource ").append(XLINK).append(" xlink:type=\"simple\" xlink:href=\"")
                .append(encodedHref).append("\"/>\n").append(indent).append("</").append(tag).append(">\n");
    }

    /** A LegendURL from {@code <key>_width/_height/_format/_href} metadata. */
    public static void legendUrl(StringBuilder b, String indent, Metadata md, String key) {
        legendUrlLike(b, indent, md, key, "LegendURL");
    }

    private static void legendUrlLike(StringBuilder b, String indent, Metadata md, String key, String tag) {
        String href = OwsMetadata.lookup(md, key + "_href");
        String w = OwsMetadata.lookup(md, key + "_width");
        String h = OwsMetadata.lookup(md, key + "_height");
        String format = OwsMetadata.lookup(md, key + "_format");
        b.append(indent).append('<').append(tag);
        if (w != null) {
            b.append(" width=\"").append(HtmlEntities.encode(w)).append('"');
        }
        if (h != null) {
            b.append(" height=\"").append(HtmlEntities.encode(h)).append('"');
        }
        b.append(">\n");
        if (format != null) {
            b.append(indent).append("   <Format>").append(HtmlEntities.encode(format)).append("</Format>\n");
        }
        b.append(indent).append("   <OnlineResource ").append(XLINK).append(" xlink:type=\"simple\" xlink:href=\"")
                .append(HtmlEntities.encode(href == null ? "" : href)).append("\"/>\n").append(indent).append("</")
                .append(tag).append(">\n");
    }

    /** A generated LegendURL (values already encoded). */
    public static void legendUrl(StringBuilder b, String indent, int width, int height, String encodedFormat,
            String encodedHref) {
        b.append(indent).append("<LegendURL width=\"").append(width).append("\" height=\"").append(height)
                .append("\">\n").append(indent).append("   <Format>").append(encodedFormat).append("</Format>\n")
                .append(indent).append("   <OnlineResource ").append(XLINK)
                .append(" xlink:type=\"simple\" xlink:href=\"").append(encodedHref).append("\"/>\n").append(indent)
                .append("</LegendURL>\n");
    }
}
