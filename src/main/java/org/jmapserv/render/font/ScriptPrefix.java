package org.jmapserv.render.font;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * The FONT list prefix that marks a font as the first choice for a script, as prefix_from_script (textlayout.c)
 * maps HarfBuzz scripts: "en:" Latin, "ar:" Arabic, "he:" Hebrew, "ru:" Cyrillic, "el:" Greek, "hi:" Devanagari,
 * "cn:" Han, "ja:" Hiragana and Katakana, … ; scripts it does not list (and COMMON) have none.
 */
public final class ScriptPrefix {

    private static final Map<UnicodeScript, String> PREFIXES = new EnumMap<>(UnicodeScript.class);

    static {
        Object[] table = {
            UnicodeScript.LATIN, "en", UnicodeScript.ARABIC, "ar", UnicodeScript.HAN, "cn",
            UnicodeScript.ARMENIAN, "hy", UnicodeScript.BENGALI, "bn", UnicodeScript.CANADIAN_ABORIGINAL, "iu",
            UnicodeScript.CHEROKEE, "chr", UnicodeScript.COPTIC, "cop", UnicodeScript.CYRILLIC, "ru",
            UnicodeScript.DEVANAGARI, "hi", UnicodeScript.GEORGIAN, "ka", UnicodeScript.GREEK, "el",
            UnicodeScript.GUJARATI, "gu", UnicodeScript.GURMUKHI, "pa", UnicodeScript.HANGUL, "ko",
            UnicodeScript.HEBREW, "he", UnicodeScript.HIRAGANA, "ja", UnicodeScript.KANNADA, "kn",
            UnicodeScript.KATAKANA, "ja", UnicodeScript.LAO, "lo", UnicodeScript.MALAYALAM, "ml",
            UnicodeScript.MONGOLIAN, "mn", UnicodeScript.ORIYA, "or", UnicodeScript.SYRIAC, "syr",
            UnicodeScript.TAMIL, "ta", UnicodeScript.TELUGU, "te", UnicodeScript.THAI, "th",
            UnicodeScript.TIBETAN, "bo", UnicodeScript.ETHIOPIC, "am", UnicodeScript.KHMER, "km",
            UnicodeScript.MYANMAR, "my", UnicodeScript.SINHALA, "si", UnicodeScript.THAANA, "dv",
            UnicodeScript.BUHID, "bku", UnicodeScript.HANUNOO, "hnn", UnicodeScript.TAGALOG, "tl",
            UnicodeScript.TAGBANWA, "tbw", UnicodeScript.UGARITIC, "uga", UnicodeScript.BUGINESE, "bug",
            UnicodeScript.OLD_PERSIAN, "peo", UnicodeScript.SYLOTI_NAGRI, "syl", UnicodeScript.NKO, "nko",
        };
        for (int i = 0; i < table.length; i += 2) {
            PREFIXES.put((UnicodeScript) table[i], table[i + 1] + ":");
        }
    }

    private ScriptPrefix() {
    }

    /** The prefix (with its colon) for runs of {@code script}, or null. */
    public static String of(UnicodeScript script) {
        return script == null ? null : PREFIXES.get(script);
    }
}
