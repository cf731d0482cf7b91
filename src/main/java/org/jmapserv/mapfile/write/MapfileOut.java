package org.jmapserv.mapfile.write;

import java.util.List;
import java.util.Objects;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.ProjectionDef;
import org.jmapserv.mapfile.model.Vertex;
import org.jmapserv.mapfile.model.expr.ExpressionDef;

/**
 * Indented mapfile text under construction, with the value formats the reader accepts back: strings quoted with
 * {@code \"} and {@code \\} escaped, numbers without a needless ".0", colours as R G B or "#rrggbbaa".
 */
final class MapfileOut {
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    void open(String block) {
        line(block);
        depth++;
    }

    void close() {
        depth--;
        line("END");
    }

    void line(String text) {
        sb.append("  ".repeat(depth)).append(text).append('\n');
    }

    void string(String keyword, String value) {
        if (value != null) {
            line(keyword + " " + quote(value));
        }
    }

    void number(String keyword, double value, double dflt) {
        if (Double.compare(value, dflt) != 0) {
            line(keyword + " " + num(value));
        }
    }

    void word(String keyword, Object value, Object dflt) {
        if (value != null && !Objects.equals(value, dflt)) {
            line(keyword + " " + value);
        }
    }

    void color(String keyword, Color value, Color dflt) {
        if (!Objects.equals(value, dflt)) {
            line(keyword + " " + color(value));
        }
    }

    void expression(String keyword, ExpressionDef e) {
        if (e != null) {
            line(keyword + " " + expression(e));
        }
    }

    void extent(String keyword, Extent e) {
        if (e != null) {
            line(keyword + " " + num(e.minX()) + " " + num(e.minY()) + " " + num(e.maxX()) + " " + num(e.maxY()));
        }
    }

    void hash(String block, Metadata m) {
        if (m.isEmpty()) {
            return;
        }
        open(block);
        for (Metadata.Entry e : m.entries()) {
            line(quote(e.key()) + " " + quote(e.value()));
        }
        close();
    }

    void projection(String block, ProjectionDef p) {
        if (p.isEmpty()) {
            return;
        }
        open(block);
        for (String arg : p.args()) {
            line(quote(arg));
        }
        close();
    }

    void points(List<Vertex> points) {
        open("POINTS");
        for (Vertex v : points) {
            line(num(v.x()) + " " + num(v.y()));
        }
        close();
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    static String color(Color c) {
        if (!c.isSet()) {
            return "-1 -1 -1";
        }
        return c.alpha() == 255 ? c.red() + " " + c.green() + " " + c.blue() : quote(c.toHex());
    }

    static String expression(ExpressionDef e) {
        return switch (e.kind()) {
            case STRING -> quote(e.text()) + (e.caseInsensitive() ? "i" : "");
            case REGEX -> "/" + e.text() + "/" + (e.caseInsensitive() ? "i" : "");
            case LIST -> "{" + e.text() + "}";
            case LOGICAL -> "(" + e.text() + ")";
        };
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
