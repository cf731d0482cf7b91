package org.jmapserv.query.template;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jmapserv.data.Feature;
import org.jmapserv.mapfile.model.Extent;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.Status;
import org.jmapserv.mapfile.model.expr.CNumberFormat;
import org.jmapserv.query.LayerResult;
import org.jmapserv.query.QueryHit;
import org.jmapserv.query.QueryView;

/**
 * MapServer's template processing (maptemplate.c): msReturnPage reads a template line by line and runs processLine
 * on lines holding a '['; msReturnNestedTemplateQuery builds the query "sandwich" (WEB HEADER, per layer with
 * results its HEADER, one TEMPLATE per result (the class TEMPLATE if set, else the layer's), its FOOTER, then WEB
 * FOOTER). Substitutions run in processLine's order; query-only tags ([shpext], [shpxy], [item], attribute names)
 * apply to the current result. Not thread-safe: one per request.
 */
public final class TemplateProcessor {

    /** MINZOOM and MAXZOOM (maptemplate.h): the zoom values [zoom_N_select] knows. */
    static final int MIN_ZOOM = -25;
    static final int MAX_ZOOM = 25;

    private final TemplateContext ctx;
    private final TemplateFiles files;
    /** NR and NL: msReturnNestedTemplateQuery counts them; a DRIVER TEMPLATE page sees 0. */
    private int nr;
    private int nl;
    private LayerResult resultLayer;
    private QueryHit resultHit;
    /** [shpclass]: 8.0's nested query reads shapes back without a class (0); [feature] classifies them. */
    private boolean classified;
    private int rn;
    private int lrn;
    private int nlr;
    /** JOIN tables read for this request (msJoinConnect), by join. */
    private final Map<org.jmapserv.mapfile.model.JoinDef, JoinTable> joinTables = new java.util.IdentityHashMap<>();
    /** The row a ONE-TO-MANY join's TEMPLATE is being processed for. */
    private final Map<org.jmapserv.mapfile.model.JoinDef, List<String>> joinRows = new java.util.IdentityHashMap<>();

    public TemplateProcessor(TemplateContext ctx) {
        this.ctx = ctx;
        this.files = new TemplateFiles(ctx.map().mapPath() == null ? null : Path.of(ctx.map().mapPath()));
    }

    /** msReturnNestedTemplateQuery without the URL-template branch (see {@link #urlTemplate}). */
    public String nestedQuery() throws TemplateException {
        StringBuilder out = new StringBuilder();
        MapDef map = ctx.map();
        nr = ctx.results().total();
        nl = ctx.results().layersWithResults();
        if (map.web().header() != null) {
            out.append(page(map.web().header(), false));
        }
        rn = 1;
        for (LayerResult lr : ctx.results().layers()) {
            if (lr.hits().isEmpty()) {
                continue;
            }
            resultLayer = lr;
            nlr = lr.hits().size();
            if (lr.layer().header() != null) {
                out.append(page(lr.layer().header(), false));
            }
            lrn = 1;
            for (QueryHit h : lr.hits()) {
                resultHit = h;
                out.append(page(templateOf(lr.layer(), h), true));
                resultHit = null;
                rn++;
                lrn++;
            }
            if (lr.layer().footer() != null) {
                out.append(page(lr.layer().footer(), false));
            }
            resultLayer = null;
        }
        if (map.web().footer() != null) {
            out.append(page(map.web().footer(), false));
        }
        return out.toString();
    }

    /**
     * For QUERY and ITEMQUERY: when the topmost layer with results has a URL template (http://, https://, ftp://),
     * the redirect target with the first result's substitutions; otherwise null.
     */
    public String urlTemplate() throws TemplateException {
        List<LayerResult> layers = ctx.results().layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerResult lr = layers.get(i);
            if (lr.hits().isEmpty()) {
                continue;
            }
            String t = templateOf(lr.layer(), lr.hits().get(0));
            if (t == null) {
                throw new TemplateException("msReturnNestedTemplateQuery(): Web application error. No template for "
                        + "layer " + lr.layer().name() + " or it's classes.");
            }
            if (!isUrl(t)) {
                return null;
            }
            resultLayer = lr;
            resultHit = lr.hits().get(0);
            try {
                return line(t, null, true);
            } finally {
                resultLayer = null;
                resultHit = null;
            }
        }
        return null;
    }

    /** msReturnURL: a URL template processed in BROWSE mode (no multi-line tags), the redirect target. */
    public String redirect(String urlTemplate) throws TemplateException {
        return line(urlTemplate, null, false);
    }

    /** TEMPLATE_TYPE: a template naming a URL is a redirect, anything else a file. */
    public static boolean isUrl(String template) {
        String t = template.toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("ftp://");
    }

    private static String templateOf(LayerDef layer, QueryHit h) {
        if (h.classIndex() >= 0 && layer.classes().get(h.classIndex()).template() != null) {
            return layer.classes().get(h.classIndex()).template();
        }
        return layer.template();
    }

    /** msReturnPage: the processed file; {@code query} selects processLine's QUERY mode. */
    public String page(String name, boolean query) throws TemplateException {
        if (name == null) {
            throw new TemplateException("msReturnNestedTemplateQuery(): Web application error. No template for "
                    + "layer " + (resultLayer == null ? "" : resultLayer.layer().name()) + " or it's classes.");
        }
        Deque<String> lines = new ArrayDeque<>(files.page(name));
        return lines(lines, query);
    }

    private String lines(Deque<String> lines, boolean query) throws TemplateException {
        StringBuilder out = new StringBuilder();
        while (!lines.isEmpty()) {
            String l = lines.poll();
            out.append(l.indexOf('[') >= 0 ? line(l, lines, query) : l);
        }
        return out.toString();
    }

    /** processLine. {@code rest} holds the lines after this one, for [resultset] to read ahead. */
    String line(String in, Deque<String> rest, boolean query) throws TemplateException {
        MapDef map = ctx.map();
        String s = in;
        s = s.replace("[version]", ctx.version());
        String ext = imageExtension(map);
        String base = (map.web().imageUrl() == null ? "" : map.web().imageUrl()) + map.name();
        s = s.replace("[img]", base + ctx.id() + "." + ext);
        s = s.replace("[ref]", base + "ref" + ctx.id() + "." + ext);
        if (s.contains("[legend]") && map.legend().template() != null) {
            throw new TemplateException("processLine(): Web application error. LEGEND TEMPLATE ([legend] as HTML) is "
                    + "not supported by jmapserv.");
        }
        s = s.replace("[legend]", base + "leg" + ctx.id() + "." + ext);
        s = s.replace("[scalebar]", base + "sb" + ctx.id() + "." + ext);
        if (ctx.savedQueryFile() != null) {
            s = s.replace("[queryfile]", ctx.savedQueryFile());
        }
        s = s.replace("[id]", ctx.id());
        String layers = String.join(" ", ctx.requestedLayers()).trim();
        s = s.replace("[layers]", Escaping.html(layers));
        s = s.replace("[layers_esc]", Escaping.url(layers));
        StringBuilder toggle = new StringBuilder();
        for (LayerDef l : map.layers()) {
            if (l.status() != Status.DEFAULT && l.name() != null) {
                toggle.append(l.name()).append(' ');
            }
        }
        String tl = toggle.toString().trim();
        s = s.replace("[toggle_layers]", tl).replace("[toggle_layers_esc]", Escaping.url(tl));
        for (LayerDef l : map.layers()) {
            boolean on = ctx.requestedLayers().contains(l.name())
                    || (l.group() != null && ctx.requestedLayers().contains(l.group()));
            for (String n : new String[] {l.group(), l.name()}) {
                if (n != null) {
                    s = s.replace("[" + n + "_select]", on ? "selected=\"selected\"" : "");
                    s = s.replace("[" + n + "_check]", on ? "checked=\"checked\"" : "");
                }
            }
        }
        if (s.contains("[zoom")) {
            for (int i = -1; i <= 1; i++) {
                boolean on = ctx.zoom().direction() == i;
                s = s.replace("[zoomdir_" + i + "_select]", on ? "selected=\"selected\"" : "");
                s = s.replace("[zoomdir_" + i + "_check]", on ? "checked=\"checked\"" : "");
            }
            for (int i = MIN_ZOOM; i <= MAX_ZOOM; i++) {
                boolean on = ctx.zoom().zoom() == i;
                s = s.replace("[zoom_" + i + "_select]", on ? "selected=\"selected\"" : "");
                s = s.replace("[zoom_" + i + "_check]", on ? "checked=\"checked\"" : "");
            }
        }
        if (s.contains("web_")) {
            for (Metadata.Entry e : map.web().metadata().entries()) {
                s = s.replace("[web_" + e.key() + "]", e.value());
                s = s.replace("[web_" + e.key() + "_esc]", Escaping.url(e.value()));
            }
        }
        for (LayerDef l : map.layers()) {
            if (l.name() != null && s.contains(l.name())) {
                boolean on = l.status() == Status.ON;
                for (Metadata.Entry e : l.metadata().entries()) {
                    s = s.replace("[" + l.name() + "_" + e.key() + "]", on ? e.value() : "");
                    s = s.replace("[" + l.name() + "_" + e.key() + "_esc]", on ? Escaping.url(e.value()) : "");
                }
            }
        }
        Extent e = ctx.view().extent();
        s = lazy(s, "[mapx]", () -> f(ctx.mapX()));
        s = lazy(s, "[mapy]", () -> f(ctx.mapY()));
        s = lazy(s, "[minx]", () -> f(e.minX()));
        s = lazy(s, "[maxx]", () -> f(e.maxX()));
        s = lazy(s, "[miny]", () -> f(e.minY()));
        s = lazy(s, "[maxy]", () -> f(e.maxY()));
        s = dateTags(s);
        List<String> mapProj = map.projection().args();
        s = extentTag(s, "mapext", e, mapProj);
        s = extentTag(s, "mapext_esc", e, mapProj);
        s = lazy(s, "[dx]", () -> f(e.maxX() - e.minX()));
        s = lazy(s, "[dy]", () -> f(e.maxY() - e.minY()));
        Extent raw = ctx.rawExtent();
        s = lazy(s, "[rawminx]", () -> f(raw.minX()));
        s = lazy(s, "[rawmaxx]", () -> f(raw.maxX()));
        s = lazy(s, "[rawminy]", () -> f(raw.minY()));
        s = lazy(s, "[rawmaxy]", () -> f(raw.maxY()));
        s = extentTag(s, "rawext", raw, mapProj);
        s = extentTag(s, "rawext_esc", raw, mapProj);
        String size = ctx.view().width() + " " + ctx.view().height();
        s = s.replace("[mapsize]", size).replace("[mapsize_esc]", Escaping.url(size));
        s = s.replace("[mapwidth]", Integer.toString(ctx.view().width()));
        s = s.replace("[mapheight]", Integer.toString(ctx.view().height()));
        s = lazy(s, "[scale]", () -> f(ctx.view().scaleDenom()));
        s = lazy(s, "[scaledenom]", () -> f(ctx.view().scaleDenom()));
        s = lazy(s, "[cellsize]", () -> f(ctx.view().cellSize()));
        s = s.replace("[center]", String.format(Locale.ROOT, "%.1f %.1f", ctx.view().width() / 2.0,
                ctx.view().height() / 2.0));
        s = s.replace("[center_x]", String.format(Locale.ROOT, "%.1f", ctx.view().width() / 2.0));
        s = s.replace("[center_y]", String.format(Locale.ROOT, "%.1f", ctx.view().height() / 2.0));
        s = s.replace("[nr]", Integer.toString(nr));
        s = s.replace("[nl]", Integer.toString(nl));
        if (resultLayer != null) {
            s = s.replace("[items]", String.join(",", resultLayer.items()));
            s = s.replace("[nlr]", Integer.toString(nlr)).replace("[rn]", Integer.toString(rn));
            s = s.replace("[lrn]", Integer.toString(lrn)).replace("[cl]", resultLayer.layer().name());
            if (s.contains("[metadata_")) {
                for (Metadata.Entry m : resultLayer.layer().metadata().entries()) {
                    s = s.replace("[metadata_" + m.key() + "]", m.value());
                    s = s.replace("[metadata_" + m.key() + "_esc]", Escaping.url(m.value()));
                }
            }
        }
        if (!query) {
            s = resultSets(s, rest);
        } else {
            s = shapeTags(s);
        }
        s = includes(s, rest, query);
        for (Map.Entry<String, String> p : ctx.params()) {
            s = replaceIgnoreCase(s, "[" + p.getKey() + "]", Escaping.html(p.getValue()));
            s = replaceIgnoreCase(s, "[" + p.getKey() + "_esc]", Escaping.url(p.getValue()));
        }
        return s;
    }

    private MapDef map() {
        return ctx.map();
    }

    private String shapeTags(String in) throws TemplateException {
        Feature f = resultHit.feature();
        var b = f.shape();
        String s = in;
        double midX = (b.maxX() + b.minX()) / 2;
        double midY = (b.maxY() + b.minY()) / 2;
        s = lazy(s, "[shpmid]", () -> f(midX) + " " + f(midY));
        s = lazy(s, "[shpmidx]", () -> f(midX));
        s = lazy(s, "[shpmidy]", () -> f(midY));
        Extent shpExt = new Extent(b.minX(), b.minY(), b.maxX(), b.maxY());
        List<String> layerProj = resultLayer.layer().projection().args();
        s = extentTag(s, "shpext", shpExt, layerProj);
        s = extentTag(s, "shpext_esc", shpExt, layerProj);
        s = s.replace("[shpclass]", Integer.toString(classified ? resultHit.classIndex() : 0));
        int at = TagArgs.find(s, "shpxy", 0);
        while (at >= 0) {
            int end = TagArgs.end(s, at);
            if (end < 0) {
                break;
            }
            String tag = s.substring(at, end + 1);
            String value = ShpxyTag.format(TagArgs.parse(s, "shpxy", at), b, f.geometry(), ctx.view(),
                    layerProj, map().projection().args());
            s = s.replace(tag, value);
            at = at + value.length() < s.length() ? TagArgs.find(s, "shpxy", at + 1) : -1;
        }
        s = lazy(s, "[shpminx]", () -> f(b.minX()));
        s = lazy(s, "[shpminy]", () -> f(b.minY()));
        s = lazy(s, "[shpmaxx]", () -> f(b.maxX()));
        s = lazy(s, "[shpmaxy]", () -> f(b.maxY()));
        s = s.replace("[shpidx]", Long.toString(f.index())).replace("[tileidx]", "-1");
        List<String> items = resultLayer.items();
        List<String> values = f.values();
        if (s.contains("[values]")) {
            s = s.replace("[values]", String.join(",", values));
        }
        for (int i = 0; i < items.size(); i++) {
            String v = i < values.size() ? values.get(i) : "";
            s = s.replace("[" + items.get(i) + "]", Escaping.html(v));
            s = s.replace("[" + items.get(i) + "_esc]", Escaping.url(v));
            s = s.replace("[" + items.get(i) + "_raw]", v);
        }
        s = itemTags(s, items, values);
        for (org.jmapserv.mapfile.model.JoinDef j : resultLayer.layer().joins()) {
            s = joinTags(s, j, items, values);
        }
        return s;
    }

    /**
     * processLine's join section: a join with values (a ONE-TO-ONE join's first matching row, or the row a
     * ONE-TO-MANY template is being processed for) fills {@code [name_item]}, {@code _esc} and {@code _raw}; a
     * ONE-TO-MANY join expands {@code [join_name]} to its HEADER, its TEMPLATE once per matching row, and its
     * FOOTER (processOneToManyJoin; nothing at all when no row matches).
     */
    private String joinTags(String in, org.jmapserv.mapfile.model.JoinDef j, List<String> items,
                            List<String> values) throws TemplateException {
        String s = in;
        JoinTable t = joinTable(j); // msJoinConnect opens every join of the layer, used or not
        List<String> row = joinRows.get(j);
        boolean oneToMany = "ONE-TO-MANY".equalsIgnoreCase(j.type());
        if (row == null && oneToMany) {
            String tag = "[join_" + j.name() + "]";
            if (s.contains(tag)) {
                s = s.replace(tag, oneToMany(j, t.matching(fromValue(j, items, values))));
            }
            return s;
        }
        if (row == null) {
            row = t.first(fromValue(j, items, values));
        }
        if (!s.contains("[" + j.name() + "_")) {
            return s;
        }
        for (int i = 0; i < t.items().size(); i++) {
            String v = i < row.size() ? row.get(i) : "";
            String tag = "[" + j.name() + "_" + t.items().get(i);
            s = s.replace(tag + "]", Escaping.html(v));
            s = s.replace(tag + "_esc]", Escaping.url(v));
            s = s.replace(tag + "_raw]", v);
        }
        return s;
    }

    private String oneToMany(org.jmapserv.mapfile.model.JoinDef j, List<List<String>> rows) throws TemplateException {
        if (rows.isEmpty()) {
            return "";
        }
        if (j.template() == null) {
            throw new TemplateException("msJoinConnect(): Join error. One-to-many join " + j.name()
                    + " has no TEMPLATE.");
        }
        StringBuilder out = new StringBuilder();
        if (j.header() != null) {
            files.page(j.header()).forEach(out::append); // echoed without substitutions
        }
        List<String> template = files.page(j.template());
        for (List<String> row : rows) {
            joinRows.put(j, row);
            try {
                for (String l : template) {
                    out.append(l.indexOf('[') >= 0 ? line(l, null, true) : l);
                }
            } finally {
                joinRows.remove(j);
            }
        }
        if (j.footer() != null) {
            files.page(j.footer()).forEach(out::append);
        }
        return out.toString();
    }

    /** The FROM item's value in the current result (msJoinPrepare); the item must be one of the layer's. */
    private String fromValue(org.jmapserv.mapfile.model.JoinDef j, List<String> items, List<String> values)
            throws TemplateException {
        int i = JoinTable.indexOf(items, j.from());
        if (i < 0) {
            throw new TemplateException("msJoinConnect(): Join connection error. Item " + j.from()
                    + " not found in layer " + resultLayer.layer().name() + ".");
        }
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private JoinTable joinTable(org.jmapserv.mapfile.model.JoinDef j) throws TemplateException {
        JoinTable t = joinTables.get(j);
        if (t == null) {
            t = JoinTable.load(ctx.map(), j);
            joinTables.put(j, t);
        }
        return t;
    }

    /** processItemTag. */
    private static String itemTags(String in, List<String> items, List<String> values) throws TemplateException {
        String s = in;
        int at = TagArgs.find(s, "item", 0);
        while (at >= 0) {
            Map<String, String> a = TagArgs.parse(s, "item", at);
            String name = a.get("name");
            if (name == null) {
                throw new TemplateException("processItemTag(): Web application error. Item tag contains no name "
                        + "attribute.");
            }
            int i = indexOfIgnoreCase(items, name);
            if (i < 0) {
                throw new TemplateException("processItemTag(): Web application error. Item name (" + name
                        + ") not found in layer item list.");
            }
            String raw = i < values.size() ? values.get(i) : "";
            String value;
            if (raw != null && !raw.isEmpty()) {
                String pattern = a.get("pattern");
                String tv = pattern != null && !Pattern.compile(pattern).matcher(raw).find()
                        ? a.getOrDefault("nullformat", "") : a.getOrDefault("format", "$value");
                String item = a.containsKey("precision")
                        ? CNumberFormat.format("%." + ShpxyTag.atoi(a.get("precision")) + "f", ShpxyTag.atof(raw))
                        : raw;
                if ("true".equalsIgnoreCase(a.get("commify"))) {
                    item = commify(item);
                }
                if ("true".equalsIgnoreCase(a.get("uc"))) {
                    item = asciiCase(item, true);
                }
                if ("true".equalsIgnoreCase(a.get("lc"))) {
                    item = asciiCase(item, false);
                }
                value = tv.replace("$value", item);
                int padding = a.containsKey("padding") ? ShpxyTag.atoi(a.get("padding")) : -1;
                if (padding > 0 && padding < 1000 && value.length() < padding) {
                    value = value + " ".repeat(padding - value.length());
                }
            } else {
                value = a.getOrDefault("nullformat", "");
            }
            String escape = a.getOrDefault("escape", "html").toLowerCase(Locale.ROOT);
            String encoded = switch (escape) {
                case "url" -> Escaping.url(value);
                case "none" -> value;
                case "json" -> Escaping.json(value);
                default -> Escaping.html(value);
            };
            String tag = s.substring(at, TagArgs.end(s, at) + 1);
            s = s.replace(tag, encoded);
            at = TagArgs.find(s, "item", 0);
        }
        return s;
    }

    /** C's toupper/tolower byte by byte: only ASCII letters change (MapServer leaves "é" in "MONTRéJEAU"). */
    static String asciiCase(String v, boolean upper) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** msCommifyString: thousands separators in the integer part. */
    static String commify(String v) {
        int dot = v.indexOf('.');
        String intPart = dot < 0 ? v : v.substring(0, dot);
        String rest = dot < 0 ? "" : v.substring(dot);
        boolean neg = intPart.startsWith("-");
        String digits = neg ? intPart.substring(1) : intPart;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return (neg ? "-" : "") + b + rest;
    }

    /**
     * processExtentTag: expand (number or percent), escape, format, precision and proj. {@code rectProj} is the
     * extent's own projection (the map's for [mapext] and [rawext], the layer's for [shpext]); proj=image turns the
     * extent into pixels of the map image with 8.0's slip (maxx and maxy are computed from the already converted
     * minx and miny), any other proj= reprojects it when the projections differ as msProjectionsDiffer says.
     */
    private String extentTag(String in, String name, Extent e, List<String> rectProj) throws TemplateException {
        String s = in;
        int at = TagArgs.find(s, name, 0);
        while (at >= 0) {
            Map<String, String> a = TagArgs.parse(s, name, at);
            double ex = 0;
            double ey = 0;
            String expand = a.get("expand");
            if (expand != null) {
                if (expand.contains("%")) {
                    double pct = ShpxyTag.atof(expand);
                    ex = ((pct / 100.0) * (e.maxX() - e.minX())) / 2;
                    ey = ((pct / 100.0) * (e.maxY() - e.minY())) / 2;
                } else {
                    ex = ShpxyTag.atof(expand);
                    ey = ex;
                }
            }
            int precision = a.containsKey("precision") ? ShpxyTag.atoi(a.get("precision")) : -1;
            Extent t = new Extent(e.minX() - ex, e.minY() - ey, e.maxX() + ex, e.maxY() + ey);
            String proj = a.get("proj");
            if (proj != null && rectProj != null) {
                if (proj.equalsIgnoreCase("image")) {
                    precision = 0;
                    t = Projections.reproject(t, rectProj, ctx.map().projection().args(), true);
                    QueryView v = ctx.view();
                    double cs = v.cellSize();
                    double minx = Projections.toImageX(t.minX(), v.extent().minX(), cs);
                    double miny = Projections.toImageY(t.minY(), v.extent().maxY(), cs);
                    t = new Extent(minx, miny, Projections.toImageX(minx, v.extent().minX(), cs),
                            Projections.toImageY(miny, v.extent().maxY(), cs));
                } else {
                    t = Projections.reproject(t, rectProj, Projections.args(proj), false);
                }
            }
            String fmt = precision >= 0 ? "%." + precision + "f" : "%f";
            Extent fe = t;
            String v = a.getOrDefault("format", "$minx $miny $maxx $maxy")
                    .replace("$minx", CNumberFormat.format(fmt, fe.minX()))
                    .replace("$miny", CNumberFormat.format(fmt, fe.minY()))
                    .replace("$maxx", CNumberFormat.format(fmt, fe.maxX()))
                    .replace("$maxy", CNumberFormat.format(fmt, fe.maxY()));
            String escape = a.getOrDefault("escape", name.endsWith("_esc") ? "url" : "html");
            String encoded = switch (escape.toLowerCase(Locale.ROOT)) {
                case "url" -> Escaping.url(v);
                case "none" -> v;
                default -> Escaping.html(v);
            };
            int end = TagArgs.end(s, at);
            String tag = s.substring(at, end + 1);
            s = s.replace(tag, encoded);
            at = at + 1 < s.length() ? TagArgs.find(s, name, at + 1) : -1;
        }
        return s;
    }

    /** processDateTag: every [date ...] tag, format= and tz= as strftime sees them. */
    private String dateTags(String in) {
        String s = in;
        int at = TagArgs.find(s, "date", 0);
        while (at >= 0) {
            int end = TagArgs.end(s, at);
            if (end < 0) {
                break;
            }
            Map<String, String> a = TagArgs.parse(s, "date", at);
            String value = DateTag.now(ctx.clock(), a.getOrDefault("format", DateTag.DEFAULT_FORMAT), a.get("tz"));
            s = s.replace(s.substring(at, end + 1), value);
            at = at + 1 < s.length() ? TagArgs.find(s, "date", at + 1) : -1;
        }
        return s;
    }

    /** processResultSetTag / processFeatureTag. */
    private String resultSets(String in, Deque<String> rest) throws TemplateException {
        String s = in;
        int at = TagArgs.find(s, "resultset", 0);
        while (at >= 0) {
            Map<String, String> a = TagArgs.parse(s, "resultset", at);
            String layerName = a.get("layer");
            if (layerName == null) {
                throw new TemplateException("processResultSetTag(): Web application error. [resultset] tag missing "
                        + "required 'layer' argument.");
            }
            int li = layerIndex(layerName);
            if (li < 0) {
                throw new TemplateException("processResultSetTag(): General error message. Layer named '"
                        + layerName + "' does not exist.");
            }
            while (!s.contains("[/resultset]")) {
                if (rest == null || rest.isEmpty()) {
                    throw new TemplateException("processResultSetTag(): Web application error. [resultset] tag found "
                            + "without closing [/resultset].");
                }
                s = s + rest.poll();
            }
            int open = s.indexOf(']', at) + 1;
            int close = s.indexOf("[/resultset]", open);
            String body = s.substring(open, close);
            String pre = s.substring(0, s.indexOf("[resultset"));
            String post = s.substring(close + "[/resultset]".length());
            LayerResult lr = ctx.results().forLayer(li).orElse(null);
            String mid;
            if (lr != null && !lr.hits().isEmpty()) {
                try {
                    mid = features(body, lr);
                } catch (TemplateException e) {
                    if (!e.getMessage().startsWith("processIncludeTag()")
                            && !e.getMessage().startsWith("isValidTemplate()")) {
                        throw e;
                    }
                    // 8.0 drops a result set whose [feature] include cannot be read, without an error (probed)
                    mid = "";
                }
            } else {
                mid = a.getOrDefault("nodata", "");
            }
            s = pre + mid + post;
            at = TagArgs.find(s, "resultset", 0);
        }
        return s;
    }

    private String features(String body, LayerResult lr) throws TemplateException {
        int at = TagArgs.find(body, "feature", 0);
        if (at < 0) {
            return body;
        }
        Map<String, String> a = TagArgs.parse(body, "feature", at);
        int close = body.indexOf("[/feature]");
        if (close < 0) {
            throw new TemplateException("processFeatureTag(): Web application error. [feature] tag found without "
                    + "closing [/feature].");
        }
        String tag = body.substring(body.indexOf(']', at) + 1, close);
        int limit = a.containsKey("limit") ? Math.min(ShpxyTag.atoi(a.get("limit")), lr.hits().size())
                : lr.hits().size();
        String trimLast = a.get("trimlast");
        StringBuilder out = new StringBuilder(body.substring(0, at));
        LayerResult saved = resultLayer;
        resultLayer = lr;
        classified = true;
        lrn = 1;
        for (int i = 0; i < limit; i++) {
            resultHit = lr.hits().get(i);
            String t = tag;
            if (trimLast != null && i == limit - 1) {
                int cut = t.lastIndexOf(trimLast);
                if (cut >= 0) {
                    t = t.substring(0, cut);
                }
            }
            out.append(line(t, null, true));
            rn++;
            lrn++;
        }
        resultHit = null;
        resultLayer = saved;
        classified = false;
        return out.append(body.substring(close + "[/feature]".length())).toString();
    }

    /** processIncludeTag: the file's lines processed in the current mode replace the tag. */
    private String includes(String in, Deque<String> rest, boolean query) throws TemplateException {
        String s = in;
        int at = TagArgs.find(s, "include", 0);
        while (at >= 0) {
            String src = TagArgs.parse(s, "include", at).get("src");
            if (src == null) {
                return s;
            }
            StringBuilder content = new StringBuilder();
            for (String l : files.include(src)) {
                content.append(l);
            }
            String processed = line(content.toString(), rest, query);
            int end = TagArgs.end(s, at);
            s = s.replace(s.substring(at, end + 1), processed);
            at = at + 1 < s.length() ? TagArgs.find(s, "include", at + 1) : -1;
        }
        return s;
    }

    private int layerIndex(String name) {
        for (int i = 0; i < ctx.map().layers().size(); i++) {
            if (name.equals(ctx.map().layers().get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    private static String imageExtension(MapDef map) {
        String type = map.imageType();
        for (var o : map.outputFormats()) {
            if (type == null || o.name().equalsIgnoreCase(type)) {
                return o.extension() == null ? "png" : o.extension();
            }
        }
        return "png";
    }

    private static int indexOfIgnoreCase(List<String> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    static String replaceIgnoreCase(String s, String target, String replacement) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String t = target.toLowerCase(Locale.ROOT);
        int i = lower.indexOf(t);
        if (i < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int from = 0;
        while (i >= 0) {
            b.append(s, from, i).append(replacement);
            from = i + t.length();
            i = lower.indexOf(t, from);
        }
        return b.append(s.substring(from)).toString();
    }

    /** Replaces {@code tag} with a value computed only when the line holds the tag (number formatting is costly). */
    private static String lazy(String s, String tag, java.util.function.Supplier<String> value) {
        return s.contains(tag) ? s.replace(tag, value.get()) : s;
    }

    private static String f(double v) {
        return CNumberFormat.format("%f", v);
    }
}
