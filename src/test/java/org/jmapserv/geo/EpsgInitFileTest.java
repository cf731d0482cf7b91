package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.io.Proj4FileReader;

/** The load-time EPSG check's line scan gives proj4j's own answer (its tokenizer) for the codes it is asked. */
class EpsgInitFileTest {

    @Test
    void answersAsProj4jsReaderForCodesAcrossTheWholeFile() throws Exception {
        TreeSet<Integer> defined = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Proj4FileReader.class.getClassLoader().getResourceAsStream(EpsgInitFile.RESOURCE),
                StandardCharsets.ISO_8859_1))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("<") && line.indexOf('>') > 1) {
                    defined.add(Integer.parseInt(line.substring(1, line.indexOf('>'))));
                }
            }
        }
        assertTrue(defined.size() > 5000, "the file defines " + defined.size() + " codes");
        List<String> asked = new ArrayList<>(List.of("4326", "3857", "2056", "25832", "32632", "900913", "0",
                "999999", "04326", "432", "43260"));
        int i = 0;
        for (int code : defined) {
            // every 80th code from the first to the last; a few undefined neighbours (proj4j reads the whole file
            // for each code it does not find: about 30 ms a lookup, so they are few)
            if (i % 80 == 0) {
                asked.add(Integer.toString(code));
            }
            if (i % 1000 == 0 && !defined.contains(code + 1)) {
                asked.add(Integer.toString(code + 1));
            }
            i++;
        }
        asked.add(Integer.toString(defined.last()));
        asked.add(Integer.toString(defined.last() + 1));
        Proj4FileReader proj4j = new Proj4FileReader();
        for (String code : asked) {
            assertEquals(proj4j.getParameters("EPSG:" + code) != null, EpsgInitFile.defines(code), "EPSG:" + code);
        }
    }

    @Test
    void onlyDigitCodesAreAnsweredByTheScan() {
        assertTrue(EpsgInitFile.isNumeric("4326"));
        assertFalse(EpsgInitFile.isNumeric(""));
        assertFalse(EpsgInitFile.isNumeric("4326a"));
        assertFalse(EpsgInitFile.isNumeric("+4326"));
    }

    @Test
    void checkRefusesAnUnknownCodeAndAcceptsAKnownOneAsBefore() {
        ProjectionFactory factory = new ProjectionFactory();
        factory.check(List.of("init=epsg:4326"));
        factory.check(List.of("init=EPSG:32632", "+epsgaxis=ne"));
        ProjectionException e = assertThrows(ProjectionException.class,
                () -> factory.check(List.of("init=epsg:999999")));
        assertEquals("unknown projection 'init=epsg:999999'", e.getMessage());
        ProjectionException odd = assertThrows(ProjectionException.class,
                () -> factory.check(List.of("init=epsg:43x26")));
        assertTrue(odd.getMessage().startsWith("unknown projection 'init=epsg:43x26'"), odd.getMessage());
    }
}
