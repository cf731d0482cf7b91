package org.jmapserv.mapfile.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The integer token code MapServer 8.0's lexer (maplexer.l) returns for every word it knows: keywords as the
 * numbers of mapfile.h, enum words as the MS_* constants of mapserver.h / mapsymbol.h. The loader never looks at
 * a word's spelling again: getSymbol() compares codes and stores the code, and each load&lt;Block&gt;() switches on
 * the code. So words that share a code are interchangeable wherever either is read: {@code STATUS TRUE} is
 * {@code STATUS ON} (MS_TRUE = MS_ON = 1), {@code UNITS ROUND} is KILOMETERS (MS_CJC_ROUND = MS_KILOMETERS = 4),
 * {@code SYMBOL TYPE ANGLE} is SIMPLE (ANGLE = MS_SYMBOL_SIMPLE = 1000), {@code FORCE} is POSTLABELCACHE (both
 * 1098), {@code EXPRESSION bindvals} is a logical expression (BINDVALS = MS_EXPRESSION = 2000). Values checked
 * against python3-mapscript 8.0.0 (its MS_* constants, and loading every word for every enum keyword).
 */
public final class TokenCodes {
    /** Not a word of the lexer: unquoted text is a string token (MS_STRING) and never equals an enum code. */
    public static final int NONE = -1;
    /** MS_EXPRESSION (mapserver.h): BINDVALS lexes to the same number. */
    public static final int MS_EXPRESSION = 2000;
    /** MS_REGEX (mapserver.h): CONNECTIONOPTIONS lexes to the same number. */
    public static final int MS_REGEX = 2001;

    private static final Map<String, Integer> CODES = parse(
            "false=0 inches=0 none=0 normal=0 off=0 one-to-one=0 point=0 single=0 truetype=0 bevel=1 bitmap=1 "
            + "csv=1 feet=1 hilite=1 left=1 line=1 multiple=1 on=1 one-to-many=1 true=1 butt=2 center=2 default=2 "
            + "miles=2 mysql=2 polygon=2 selected=2 embed=3 meters=3 miter=3 raster=3 right=3 annotation=4 "
            + "kilometers=4 ogr=4 postgresql=4 round=4 dd=5 query=5 square=5 tiny=5 circle=6 pixels=6 postgis=6 "
            + "triangle=6 percentages=7 small=7 wms=7 chart=8 nauticalmiles=8 oraclespatial=8 wfs=9 medium=10 "
            + "large=13 plugin=13 union=14 uvraster=15 contour=16 giant=16 kerneldensity=17 idw=18 flatgeobuf=19 "
            + "ul=101 lr=102 ur=103 ll=104 cr=105 cl=106 uc=107 lc=108 cc=109 auto=110 auto2=113 follow=114 "
            + "angle=1000 simple=1000 antialias=1001 vector=1001 backgroundcolor=1002 ellipse=1002 buffer=1003 "
            + "pixmap=1003 class=1004 classitem=1005 hatch=1005 color=1006 svg=1006 data=1007 empty=1010 end=1011 "
            + "error=1012 expression=1013 extent=1014 feature=1015 filled=1016 footer=1017 font=1018 fontset=1019 "
            + "from=1020 group=1021 header=1022 image=1023 imagecolor=1024 imagepath=1025 imageurl=1026 index=1027 "
            + "intervals=1029 join=1030 keysize=1031 keyspacing=1032 label=1033 labelcache=1035 labelitem=1036 "
            + "labelmaxscale=1037 labelminscale=1038 layer=1040 legend=1041 map=1044 maxfeatures=1047 "
            + "maxscale=1048 maxsize=1049 maxtemplate=1050 mindistance=1051 minfeaturesize=1053 minscale=1054 "
            + "minsize=1055 mintemplate=1056 name=1057 offset=1060 offsite=1061 outlinecolor=1062 partials=1063 "
            + "points=1064 position=1065 projection=1066 querymap=1069 reference=1070 scale=1071 scalebar=1072 "
            + "shadowcolor=1074 shadowsize=1075 shapepath=1076 size=1077 status=1078 style=1080 symbol=1081 "
            + "symbolscale=1082 table=1083 template=1084 text=1085 tileindex=1088 tileitem=1089 tolerance=1090 "
            + "to=1091 transparent=1092 transform=1093 type=1094 units=1095 web=1096 wrap=1097 force=1098 "
            + "postlabelcache=1098 toleranceunits=1099 character=1100 connection=1101 connectiontype=1102 "
            + "symbolset=1105 imagetype=1113 gap=1115 filter=1116 filteritem=1117 requires=1118 labelrequires=1119 "
            + "metadata=1120 latlon=1121 resolution=1122 sizeunits=1123 styleitem=1124 title=1126 linecap=1127 "
            + "linejoin=1128 linejoinmaxsize=1129 marker=1131 markersize=1132 minboxsize=1133 maxboxsize=1134 "
            + "outputformat=1135 mimetype=1136 driver=1137 imagemode=1138 formatoption=1139 graticule=1140 "
            + "grid=1141 maxarcs=1142 minarcs=1143 maxinterval=1144 mininterval=1145 maxsubdivide=1146 "
            + "minsubdivide=1147 labelformat=1148 processing=1153 debug=1154 extension=1155 keyimage=1156 "
            + "queryformat=1157 config=1158 bandsitem=1159 encoding=1162 width=1163 minwidth=1164 maxwidth=1165 "
            + "outlinewidth=1166 colorrange=1170 datarange=1172 rangeitem=1173 wkt=1180 legendformat=1190 "
            + "browseformat=1191 relativeto=1192 opacity=1193 priority=1194 pattern=1195 maxscaledenom=1196 "
            + "minscaledenom=1197 labelmaxscaledenom=1198 labelminscaledenom=1199 symbolscaledenom=1200 "
            + "scaledenom=1201 classgroup=1202 align=1203 maxgeowidth=1204 mingeowidth=1205 items=1206 "
            + "maxlength=1210 validation=1212 geomtransform=1220 defresolution=1221 repeatdistance=1222 "
            + "maxoverlapangle=1223 temppath=1224 cluster=1226 maxdistance=1227 region=1228 initialgap=1229 "
            + "anchorpoint=1230 mask=1250 polaroffset=1251 leader=1260 gridstep=1261 scaletoken=1270 values=1271 "
            + "tilesrs=1272 utfdata=1280 utfitem=1281 composite=1290 compop=1291 compfilter=1292 bindvals=2000 "
            + "connectionoptions=2001");

    /** Code -> the alphabetically first word that lexes to it, for printing a value back. */
    private static final Map<Integer, String> FIRST_WORD = firstWords();

    private TokenCodes() {
    }

    /** The code maplexer.l returns for {@code word} (any case), or {@link #NONE} when it is not a lexer word. */
    public static int of(String word) {
        Integer c = CODES.get(word.toLowerCase(Locale.ROOT));
        return c == null ? NONE : c;
    }

    /** Every word of the 8.0 lexer that has a code, lower case. */
    public static java.util.Set<String> words() {
        return CODES.keySet();
    }

    /**
     * A word that lexes to {@code code}, upper case, for MapServer constants that no word of their own spells
     * (MS_GRATICULE = 10 is written MEDIUM, MS_DB_ORACLE = 3 EMBED); null when no word has that code.
     */
    public static String wordFor(int code) {
        String w = FIRST_WORD.get(code);
        return w == null ? null : w.toUpperCase(Locale.ROOT);
    }

    /** Whether {@code a} and {@code b} lex to the same code, so MapServer cannot tell them apart. */
    public static boolean sameCode(String a, String b) {
        int ca = of(a);
        return ca != NONE && ca == of(b);
    }

    private static Map<String, Integer> parse(String table) {
        Map<String, Integer> m = new HashMap<>();
        for (String pair : table.split(" ")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
        }
        return Map.copyOf(m);
    }

    private static Map<Integer, String> firstWords() {
        Map<Integer, String> m = new TreeMap<>();
        CODES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> m.putIfAbsent(e.getValue(), e.getKey()));
        return Map.copyOf(m);
    }
}
