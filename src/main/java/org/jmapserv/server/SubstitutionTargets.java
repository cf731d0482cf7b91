package org.jmapserv.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.WebDef;
import org.jmapserv.mapfile.model.expr.ExpressionDef;
import org.jmapserv.mapfile.parse.ExpressionRewriter;

/**
 * Where one {@code %tag%} → value replacement lands, as MapServer 8.0's mapfile.c spells it: a class's EXPRESSION,
 * TEXT and TITLE (classSubstituteString); a layer's DATA, TILEINDEX, CONNECTION, FILTER, MASK, BINDVALS and
 * METADATA values, PROCESSING and all of its classes (layerSubstituteString); for the whole map every layer, every
 * OUTPUTFORMAT's FORMATOPTIONs, WEB METADATA values and WEB TEMPLATE (mapSubstituteString). Replacement is
 * case-insensitive on the tag (msCaseReplaceSubstring); expressions are edited on their source text and read again.
 */
final class SubstitutionTargets {

    private final Pattern tag;
    private final String value;

    /** @param key the VALIDATION key; the tag replaced is {@code %key%} */
    SubstitutionTargets(String key, String value) {
        this.tag = Pattern.compile(Pattern.quote("%" + key + "%"), Pattern.CASE_INSENSITIVE);
        this.value = Matcher.quoteReplacement(value);
    }

    ClassDef inClass(ClassDef c) {
        ClassDef.Builder b = c.toBuilder();
        b.expression = expression(c.expression());
        b.text = expression(c.text());
        b.title = string(c.title());
        return b.build();
    }

    LayerDef inLayer(LayerDef l) {
        LayerDef.Builder b = l.toBuilder();
        b.data = string(l.data());
        b.tileIndex = string(l.tileIndex());
        b.connection = string(l.connection());
        b.filter = expression(l.filter());
        b.mask = string(l.mask());
        b.bindVals = metadata(l.bindVals());
        b.metadata = metadata(l.metadata());
        b.processing = l.processing().stream().map(this::string).toList();
        b.classes = l.classes().stream().map(this::inClass).toList();
        return b.build();
    }

    MapDef inMap(MapDef map) {
        MapDef.Builder b = map.toBuilder();
        b.layers = map.layers().stream().map(this::inLayer).toList();
        List<OutputFormatDef> formats = new ArrayList<>();
        for (OutputFormatDef f : map.outputFormats()) {
            formats.add(new OutputFormatDef(f.name(), f.driver(), f.mimeType(), f.extension(), f.imageMode(),
                    f.transparent(), f.formatOptions().stream().map(this::string).toList(), f.source()));
        }
        b.outputFormats = formats;
        WebDef.Builder web = map.web().toBuilder();
        web.metadata = metadata(map.web().metadata());
        web.template = string(map.web().template());
        b.web = web.build();
        return b.build();
    }

    /** hashTableSubstituteString: values only. */
    Metadata metadata(Metadata md) {
        if (md.isEmpty()) {
            return md;
        }
        List<Metadata.Entry> out = new ArrayList<>(md.size());
        for (Metadata.Entry e : md.entries()) {
            out.add(new Metadata.Entry(e.key(), string(e.value())));
        }
        return Metadata.of(out);
    }

    String string(String s) {
        return s == null || s.indexOf('%') < 0 ? s : tag.matcher(s).replaceAll(value);
    }

    private ExpressionDef expression(ExpressionDef e) {
        return e == null ? null : ExpressionRewriter.withText(e, string(e.text()));
    }
}
