package org.jmapserv.data.ogr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.mapfile.model.ConnectionType;
import org.jmapserv.mapfile.model.LayerDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text through CONNECTIONTYPE OGR as GDAL 3.6 hands it to MapServer 8.0: .cpg values and .dbf language-driver bytes
 * as OGRShapeLayer::ConvertCodePage reads them, CSV bytes kept, and LAYER ENCODING applied on top of what OGR gave
 * (the fixtures of samples 145-146, test-data/ogr/encoding).
 */
class RecodesShapefilesAsGdalDoesTest {

    @TempDir
    Path dir;

    private String codePage(String cpg, int ldid) throws Exception {
        Path shp = dir.resolve("t.shp");
        byte[] dbf = new byte[32];
        dbf[29] = (byte) ldid;
        Files.write(dir.resolve("t.dbf"), dbf);
        Files.deleteIfExists(dir.resolve("t.cpg"));
        if (cpg != null) {
            Files.writeString(dir.resolve("t.cpg"), cpg);
        }
        return ShapefileCodePage.of(shp);
    }

    @Test
    void cpgValuesAndLanguageDriverBytesNameTheCodePage() throws Exception {
        assertEquals("CP1252", codePage("1252", 0));
        assertEquals("ISO-8859-1", codePage("88591", 0));
        assertEquals("ISO-8859-15", codePage("8859-15\r\n", 0));
        assertEquals("UTF-8", codePage("UTF8", 87), "a .cpg wins over the LDID byte");
        assertEquals("CP1251", codePage("ANSI 1251", 0));
        assertEquals("Big5", codePage("Big5", 0), "other values are charset names");
        assertNull(codePage("no-such-charset", 0), "GDAL keeps the bytes of a code page it cannot use");
        assertEquals("ISO-8859-1", codePage(null, 87));
        assertEquals("CP1252", codePage(null, 3));
        assertNull(codePage(null, 0));
    }

    private static List<String> names(String file, String data, String encoding) {
        LayerDef.Builder b = OgrFixtures.layer("e", ConnectionType.OGR,
                OgrFixtures.DIR.resolve("encoding").resolve(file).toString(), data);
        b.encoding = encoding;
        try (FeatureSource s = OgrFixtures.open(OgrFixtures.DIR, b.build())) {
            return OgrFixtures.all(s, null).stream().map((Feature f) -> f.attribute("NAME")).toList();
        }
    }

    @Test
    void layerEncodingConvertsWhatOgrGaveOnceMore() {
        assertEquals(List.of("Zürich", "Genève"), names("latin1_cpg.shp", "latin1_cpg", null));
        assertEquals(List.of("Zürich", "Genève"), names("latin1_ldid.shp", "latin1_ldid", null));
        assertEquals(List.of("Z\uDCFCrich", "Gen\uDCE8ve"), names("latin1.csv", "latin1", null),
                "a CSV's latin1 bytes are kept (escaped), not refused");
        assertEquals(List.of("Zürich", "Genève"), names("latin1.csv", "latin1", "ISO-8859-1"));
        assertEquals(List.of("ZÃ¼rich", "GenÃ¨ve"), names("utf8.geojson", "utf8", "ISO-8859-1"));
        assertEquals(List.of("ZÃ¼rich", "GenÃ¨ve"), names("latin1_cpg.shp", "latin1_cpg", "ISO-8859-1"));
    }
}
