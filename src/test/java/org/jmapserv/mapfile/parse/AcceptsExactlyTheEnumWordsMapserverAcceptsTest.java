package org.jmapserv.mapfile.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.ClassDef;
import org.jmapserv.mapfile.model.LabelDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.StyleDef;
import org.jmapserv.mapfile.model.TokenCodes;
import org.jmapserv.mapfile.source.FileSourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every enum-valued keyword of test-data/mapfiles/enum-words-by-token-code.tsv and every word of the 8.0
 * lexer, the reader accepts the word exactly when python3-mapscript 8.0 did, and stores the value mapscript
 * reported (compared as MapServer's integer code).
 */
class AcceptsExactlyTheEnumWordsMapserverAcceptsTest {
    private static final Path TABLE = Path.of("test-data/mapfiles/enum-words-by-token-code.tsv");

    /** Model constants whose stored MapServer value is not the code of the word that spells them. */
    private static final Map<String, Integer> STORED = Map.of("GRATICULE", 10, "TILEINDEX", 7, "GROUP", 2);

    @TempDir
    Path dir;

    @Test
    void acceptsAndStoresEveryLexerWordAsMapserver80Does() throws IOException {
        Files.copy(Path.of("test-data/mapfiles/valid/include/marker.png"), dir.resolve("x.png"));
        MapfileReader reader = new MapfileReader(new FileSourceLoader());
        Map<String, Function<MapDef, Object>> getters = getters();
        List<String> differences = new ArrayList<>();
        int contexts = 0;
        for (String line : Files.readAllLines(TABLE)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            contexts++;
            String[] cols = line.split("\t", -1);
            Map<String, String> accepted = accepted(cols[2]);
            for (String word : new TreeSet<>(TokenCodes.words())) {
                String text = "MAP\n SIZE 10 10\n EXTENT 0 0 1 1\n " + cols[1].replace("{W}", word) + "\nEND\n";
                Files.writeString(dir.resolve("probe.map"), text);
                MapDef map;
                try {
                    map = reader.read(dir.resolve("probe.map"));
                } catch (MapfileException e) {
                    if (accepted.containsKey(word)) {
                        differences.add(cols[0] + " " + word + ": rejected but 8.0 loads it: " + e.getMessage());
                    }
                    continue;
                }
                if (!accepted.containsKey(word)) {
                    differences.add(cols[0] + " " + word + ": loaded but 8.0 rejects it");
                } else if (!accepted.get(word).isEmpty() && getters.containsKey(cols[0])) {
                    String ours = String.valueOf(getters.get(cols[0]).apply(map));
                    if (!ours.equals("*") && !ours.equals(accepted.get(word))) {
                        differences.add(cols[0] + " " + word + ": stored " + ours + ", 8.0 stores " + accepted.get(word));
                    }
                }
            }
        }
        assertTrue(contexts > 50, "the table lists every enum keyword");
        assertEquals(List.of(), differences);
    }

    private static Map<String, String> accepted(String column) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : column.split(" ")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                m.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return m;
    }

    /** MapServer's integer for a value of our model: the code of the word that names it. */
    private static Object code(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Integer || value == null) {
            return value;
        }
        String name = value.toString();
        return STORED.getOrDefault(name, TokenCodes.of(name));
    }

    private static LayerDef layer(MapDef m) {
        return m.layers().get(0);
    }

    private static ClassDef cls(MapDef m) {
        return layer(m).classes().get(0);
    }

    private static StyleDef style(MapDef m) {
        return cls(m).styles().get(0);
    }

    private static LabelDef label(MapDef m) {
        return cls(m).labels().get(0);
    }

    private static OutputFormatDef format(MapDef m) {
        return m.outputFormats().stream().filter(f -> f.name().equals("f")).findFirst().orElseThrow();
    }

    private static Map<String, Function<MapDef, Object>> getters() {
        Map<String, Function<MapDef, Object>> g = new LinkedHashMap<>();
        g.put("map.status", m -> code(m.status()));
        g.put("map.units", m -> code(m.units()));
        g.put("map.debug", m -> m.debug());
        g.put("layer.status", m -> code(layer(m).status()));
        g.put("layer.type", m -> code(layer(m).type()));
        g.put("layer.units", m -> code(layer(m).units()));
        g.put("layer.sizeunits", m -> code(layer(m).sizeUnits()));
        g.put("layer.toleranceunits", m -> code(layer(m).toleranceUnits()));
        g.put("layer.connectiontype", m -> code(layer(m).connectionType()));
        g.put("layer.transform", m -> code(layer(m).transform()));
        g.put("layer.labelcache", m -> code(layer(m).labelCache()));
        g.put("layer.postlabelcache", m -> code(layer(m).postLabelCache()));
        g.put("layer.force", m -> code(layer(m).postLabelCache()));
        g.put("layer.debug", m -> layer(m).debug());
        g.put("class.status", m -> code(cls(m).status()));
        g.put("class.debug", m -> cls(m).debug());
        g.put("class.expression", m -> cls(m).expression().mapfileSpelling());
        g.put("style.linecap", m -> code(style(m).lineCap()));
        g.put("style.linejoin", m -> code(style(m).lineJoin()));
        g.put("label.position", m -> code(label(m).position()));
        g.put("label.align", m -> code(label(m).align()));
        g.put("label.force", m -> code(label(m).force()));
        g.put("label.postlabelcache", m -> code(label(m).force()));
        g.put("label.partials", m -> code(label(m).partials()));
        g.put("label.size", m -> label(m).sizeKeyword() == null ? "*" : code(label(m).sizeKeyword()));
        g.put("label.angle", m -> code(label(m).angleMode()));
        g.put("label.minfeaturesize", m -> code(label(m).minFeatureSizeAuto()));
        g.put("legend.status", m -> code(m.legend().status()));
        g.put("legend.position", m -> code(m.legend().position()));
        g.put("legend.postlabelcache", m -> code(m.legend().postLabelCache()));
        g.put("legend.force", m -> code(m.legend().postLabelCache()));
        g.put("scalebar.status", m -> code(m.scalebar().status()));
        g.put("scalebar.position", m -> code(m.scalebar().position()));
        g.put("scalebar.align", m -> code(m.scalebar().align()));
        g.put("scalebar.units", m -> code(m.scalebar().units()));
        g.put("scalebar.postlabelcache", m -> code(m.scalebar().postLabelCache()));
        g.put("scalebar.force", m -> code(m.scalebar().postLabelCache()));
        g.put("scalebar.transparent", m -> code(m.scalebar().transparent()));
        g.put("querymap.status", m -> code(m.queryMap().status()));
        g.put("querymap.style", m -> code(m.queryMap().style()));
        g.put("reference.status", m -> code(m.reference().status()));
        // MS_IMAGEMODE_PC256 .. MS_IMAGEMODE_FEATURE are 0..6, in the order of our enum
        g.put("outputformat.imagemode", m -> format(m).imageMode().ordinal());
        g.put("outputformat.transparent", m -> code(format(m).transparent()));
        g.put("symbol.type", m -> {
            Object t = m.symbols().get(m.symbols().size() - 1).type();
            return "TRUETYPE".equals(t.toString()) ? 1004 : code(t); // MS_SYMBOL_TRUETYPE
        });
        g.put("symbol.filled", m -> code(m.symbols().get(m.symbols().size() - 1).filled()));
        return g;
    }
}
