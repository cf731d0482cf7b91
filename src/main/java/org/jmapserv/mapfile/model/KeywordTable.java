package org.jmapserv.mapfile.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What MapServer 8.0's mapfile language knows about keywords, shared by the reader and the writer: the words
 * maplexer.l turns into keyword tokens ({@link TokenCodes} holds them with their codes) (which therefore can never be unquoted string values, as getString()
 * accepts only MS_STRING), which keywords open a nested block in which block, the blocks whose content is a
 * plain list of values up to END, aliases, and hints for keywords MapServer 8 removed.
 */
public final class KeywordTable {

    /** Block keyword -> the keywords that open a nested block inside it. */
    private static final Map<String, Set<String>> CHILD_BLOCKS = Map.ofEntries(
            Map.entry("MAP", upper("web legend scalebar querymap reference outputformat projection latlon symbol "
                    + "layer")),
            Map.entry("SYMBOLSET", upper("symbol")),
            Map.entry("WEB", upper("metadata validation")),
            Map.entry("LEGEND", upper("label")),
            Map.entry("SCALEBAR", upper("label")),
            Map.entry("SYMBOL", upper("points")),
            Map.entry("LAYER", upper("class feature projection metadata validation connectionoptions bindvals "
                    + "composite cluster join grid scaletoken")),
            Map.entry("CLASS", upper("style label leader metadata validation")),
            Map.entry("LABEL", upper("style")),
            Map.entry("LEADER", upper("style")),
            Map.entry("STYLE", upper("pattern")),
            Map.entry("FEATURE", upper("points")),
            Map.entry("SCALETOKEN", upper("values")),
            Map.entry("CONFIG", upper("env maps plugins")));

    /**
     * Blocks that only MapServer releases after 8.0 know (8.0 rejects them as unknown identifiers). They are never
     * accepted; knowing that they open a block only keeps error recovery from taking their END for the enclosing
     * block's END, which would misreport the rest of the LAYER as MAP content.
     */
    private static final Map<String, Set<String>> LATER_VERSION_BLOCKS = Map.of(
            "LAYER", upper("identify identification"));

    /** Blocks whose content is a flat list of values (strings, numbers, pairs) closed by END. */
    private static final Set<String> VALUE_BLOCKS = upper(
            "projection latlon metadata validation connectionoptions bindvals points pattern values env maps plugins");

    /** Old names MapServer still accepts, mapped to the canonical keyword the writer uses. */
    private static final Map<String, String> ALIASES = Map.of(
            "MINSCALE", "MINSCALEDENOM", "MAXSCALE", "MAXSCALEDENOM",
            "LABELMINSCALE", "LABELMINSCALEDENOM", "LABELMAXSCALE", "LABELMAXSCALEDENOM",
            "SYMBOLSCALE", "SYMBOLSCALEDENOM", "SCALE", "SCALEDENOM");

    /** Keywords of 7.x that MapServer 8 rejects as unknown identifiers, with what to use instead. */
    private static final Map<String, String> REMOVED = Map.ofEntries(
            Map.entry("TRANSPARENCY", "LAYER TRANSPARENCY was removed in MapServer 8; use COMPOSITE OPACITY"),
            Map.entry("OPACITY@LAYER", "LAYER OPACITY was removed in MapServer 8; use COMPOSITE OPACITY"),
            Map.entry("DUMP", "DUMP was removed in MapServer 8; use METADATA \"gml_include_items\""),
            Map.entry("TRANSPARENT@MAP", "MAP TRANSPARENT was removed in MapServer 8; set TRANSPARENT in an "
                    + "OUTPUTFORMAT"),
            Map.entry("INTERLACE", "INTERLACE was removed in MapServer 8; use an OUTPUTFORMAT FORMATOPTION"),
            Map.entry("IMAGEQUALITY", "IMAGEQUALITY was removed in MapServer 8; use FORMATOPTION \"QUALITY=n\""),
            Map.entry("TEMPLATEPATTERN", "TEMPLATEPATTERN was removed in MapServer 8; use the config file"),
            Map.entry("DATAPATTERN", "DATAPATTERN was removed in MapServer 8; use VALIDATION"),
            Map.entry("LABELANGLEITEM", "LABELANGLEITEM was removed; use LABEL ANGLE [attribute]"),
            Map.entry("LABELSIZEITEM", "LABELSIZEITEM was removed; use LABEL SIZE [attribute]"),
            Map.entry("ANNOTATION", "Annotation Layers have been removed. To obtain same functionality, use a "
                    + "layer with label->styles and no class->styles"),
            Map.entry("BACKGROUNDCOLOR@LABEL", "LABEL BACKGROUNDCOLOR was removed; use a LABEL STYLE with "
                    + "GEOMTRANSFORM \"labelpoly\""),
            Map.entry("COLOR@CLASS", "CLASS COLOR was removed; put COLOR in a STYLE block"),
            Map.entry("SYMBOL@CLASS", "CLASS SYMBOL was removed; put SYMBOL in a STYLE block"),
            Map.entry("SIZE@CLASS", "CLASS SIZE was removed; put SIZE in a STYLE block"),
            Map.entry("OUTLINECOLOR@CLASS", "CLASS OUTLINECOLOR was removed; put it in a STYLE block"),
            Map.entry("IDENTIFY@LAYER", "LAYER IDENTIFY is not in MapServer 8.0 (a later release added it)"),
            Map.entry("IDENTIFICATION@LAYER", "LAYER IDENTIFICATION is not in MapServer 8.0 (a later release "
                    + "added it)"),
            Map.entry("MINSCALE@WEB", "WEB MINSCALE is not accepted by MapServer 8; use MINSCALEDENOM"),
            Map.entry("MAXSCALE@WEB", "WEB MAXSCALE is not accepted by MapServer 8; use MAXSCALEDENOM"));

    private KeywordTable() {
    }

    /** Whether maplexer.l lexes {@code word} as a keyword, so that it cannot be an unquoted string value. */
    public static boolean isLexerKeyword(String word) {
        // INCLUDE switches maplexer.l to its INCLUDE state instead of returning a token, so it has no code
        return TokenCodes.of(word) != TokenCodes.NONE || word.equalsIgnoreCase("include");
    }

    /** Whether {@code keyword} (any case) opens a nested block inside {@code block} (upper case). */
    public static boolean opensBlock(String block, String keyword) {
        Set<String> children = CHILD_BLOCKS.get(block);
        return children != null && children.contains(keyword.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code keyword} opens a block in {@code block} only in MapServer versions after 8.0. */
    public static boolean opensLaterVersionBlock(String block, String keyword) {
        Set<String> later = LATER_VERSION_BLOCKS.get(block);
        return later != null && later.contains(keyword.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code block}'s content is a flat value list (METADATA, PROJECTION, POINTS, ...). */
    public static boolean isValueBlock(String block) {
        return VALUE_BLOCKS.contains(block);
    }

    /** The canonical keyword for an alias (MINSCALE -> MINSCALEDENOM), or the keyword itself. */
    public static String canonical(String keyword) {
        return ALIASES.getOrDefault(keyword, keyword);
    }

    /** Why a keyword is no longer accepted in {@code block}, or null when it was never a keyword there. */
    public static String removedHint(String block, String keyword) {
        String hint = REMOVED.get(keyword + "@" + block);
        return hint != null ? hint : REMOVED.get(keyword);
    }

    private static Set<String> upper(String list) {
        return Arrays.stream(list.split(" ")).map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Block keywords that may nest inside {@code block}, for messages. */
    public static List<String> childBlocks(String block) {
        return CHILD_BLOCKS.getOrDefault(block, Set.of()).stream().sorted().toList();
    }
}
