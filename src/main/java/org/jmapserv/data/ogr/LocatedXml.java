package org.jmapserv.data.ogr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small XML file (an OGR VRT) read into a DOM whose elements remember where they start, so that what jmapserv
 * refuses can be reported as {@code file:line:column}. No DTDs, no external entities.
 */
final class LocatedXml {

    private static final String WHERE = "jmapserv.where";

    private LocatedXml() {
    }

    static Document parse(Path file) throws IOException, SAXException {
        return parse(file, null);
    }

    /** XML given as text (an inline CONNECTION), located as if it were {@code where}. */
    static Document parse(Path where, String text) throws IOException, SAXException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            SAXParser p = f.newSAXParser();
            if (text == null) {
                p.parse(where.toFile(), new Builder(doc, where));
            } else {
                p.parse(new org.xml.sax.InputSource(new java.io.StringReader(text)), new Builder(doc, where));
            }
        } catch (ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return doc;
    }

    /** {@code file:line:column} of the element's start tag. */
    static String where(Element e) {
        Object w = e.getUserData(WHERE);
        return w == null ? "?" : w.toString();
    }

    private static final class Builder extends DefaultHandler {
        private final Document doc;
        private final Path file;
        private final Deque<org.w3c.dom.Node> stack = new ArrayDeque<>();
        private Locator locator;

        Builder(Document doc, Path file) {
            this.doc = doc;
            this.file = file;
            stack.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator l) {
            this.locator = l;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            Element e = doc.createElement(qName);
            for (int i = 0; i < atts.getLength(); i++) {
                e.setAttribute(atts.getQName(i), atts.getValue(i));
            }
            if (locator != null) {
                e.setUserData(WHERE, file + ":" + locator.getLineNumber() + ":" + locator.getColumnNumber(), null);
            }
            stack.peek().appendChild(e);
            stack.push(e);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (stack.peek() instanceof Element e) {
                e.appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
