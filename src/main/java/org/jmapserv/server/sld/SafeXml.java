package org.jmapserv.server.sld;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads SLD and filter XML (CPLParseXMLString in msSLDParseSLD) without DOCTYPEs, external entities or schema
 * fetches, and with a size cap; elements are matched by local name as MapServer strips namespace prefixes.
 */
public final class SafeXml {
    /** Larger documents are refused before parsing. */
    public static final int MAX_CHARS = 1 << 20;

    private SafeXml() {
    }

    public static Element parse(String xml, String what) throws SldException {
        if (xml.length() > MAX_CHARS) {
            throw new SldException(what + " is larger than the limit of " + MAX_CHARS + " characters.");
        }
        try {
            return parse(xml, true);
        } catch (SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("is not bound")) {
                try {
                    // 8.0's XML reader (CPLParseXMLString) ignores namespaces: an unbound prefix is no error
                    return parse(xml, false);
                } catch (SAXException again) {
                    throw new SldException(what + " is not well-formed XML: " + again.getMessage());
                } catch (ParserConfigurationException | IOException again) {
                    throw new SldException(what + " could not be read: " + again.getMessage());
                }
            }
            throw new SldException(what + " is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new SldException(what + " could not be read: " + e.getMessage());
        }
    }

    private static Element parse(String xml, boolean namespaces) throws SAXException, ParserConfigurationException,
            IOException {
        {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(namespaces);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        }
    }

    static String local(Node n) {
        String l = n.getLocalName();
        if (l != null) {
            return l;
        }
        String name = n.getNodeName(); // parsed without namespaces: drop the prefix
        return name.substring(name.indexOf(':') + 1);
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(e)) {
            if (local(c).equals(localName)) {
                out.add(c);
            }
        }
        return out;
    }

    static Element child(Element e, String localName) {
        for (Element c : children(e)) {
            if (local(c).equals(localName)) {
                return c;
            }
        }
        return null;
    }

    static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
