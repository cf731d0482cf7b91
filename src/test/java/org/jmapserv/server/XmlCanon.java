package org.jmapserv.server;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * XML canonical text for comparing our answers with MapServer's: one line per element as
 * {namespace}name[sorted attributes], text trimmed with whitespace collapsed, comments, namespace declarations
 * and the DOCTYPE dropped (MapServer's own version comment and warning comments are not compared). External DTDs
 * are never loaded. {@code drop} removes elements (with their subtrees) before writing.
 */
final class XmlCanon {

    private XmlCanon() {
    }

    static String of(byte[] xml, Predicate<Element> drop) throws Exception {
        try {
            return of(xml, drop, true);
        } catch (org.xml.sax.SAXParseException unboundPrefix) {
            // WMS 1.1.1 INSPIRE capabilities bind their prefixes in the DTD, which is never loaded here
            return of(xml, drop, false);
        }
    }

    private static String of(byte[] xml, Predicate<Element> drop, boolean namespaces) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(namespaces);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(true);
        DocumentBuilder db = f.newDocumentBuilder();
        db.setEntityResolver((p, s) -> new InputSource(new StringReader("")));
        Element root = db.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        StringBuilder b = new StringBuilder();
        write(b, root, 0, drop);
        return b.toString();
    }

    static String of(String xml, Predicate<Element> drop) throws Exception {
        return of(xml.getBytes(StandardCharsets.UTF_8), drop);
    }

    private static void write(StringBuilder b, Element e, int depth, Predicate<Element> drop) {
        b.append("  ".repeat(depth)).append(name(e));
        NamedNodeMap attrs = e.getAttributes();
        List<String> a = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr at = (Attr) attrs.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(at.getNamespaceURI()) || at.getName().equals("xmlns")
                    || at.getName().startsWith("xmlns:")) {
                continue;
            }
            a.add(name(at) + "=\"" + collapse(at.getValue()) + "\"");
        }
        a.sort(String::compareTo);
        if (!a.isEmpty()) {
            b.append(' ').append(String.join(" ", a));
        }
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        String t = collapse(text.toString());
        if (!t.isEmpty()) {
            b.append(" = ").append(t);
        }
        b.append('\n');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !drop.test(child)) {
                write(b, child, depth + 1, drop);
            }
        }
    }

    private static String name(Node n) {
        String ns = n.getNamespaceURI();
        String local = n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
        return ns == null ? local : "{" + ns + "}" + local;
    }

    private static String collapse(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
