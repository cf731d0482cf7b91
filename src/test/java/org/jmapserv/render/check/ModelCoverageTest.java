package org.jmapserv.render.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jmapserv.testsupport.MethodReferences;
import org.junit.jupiter.api.Test;

/**
 * Never silently wrong: every component of every record in {@code org.jmapserv.mapfile.model} (what the parser
 * accepts) is either read by product code outside the mapfile reader/writer — found in the compiled classes'
 * constant pools — or listed in {@link ReportedKeywords} (reported when set, or inert for drawing). Classes that
 * only copy records field by field (runtime substitution) and the reporting code itself do not count as readers.
 */
class ModelCoverageTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final String MODEL = "org/jmapserv/mapfile/model/";
    /** Code that touches every field without honouring any. */
    private static final List<String> NOT_READERS = List.of("org/jmapserv/mapfile/", "org/jmapserv/render/check/",
            "org/jmapserv/server/SubstitutionTargets");

    private static List<Class<?>> modelRecords() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(CLASSES.resolve(MODEL))) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".class") && !n.contains("$")) {
                    Class<?> c = Class.forName(MODEL.replace('/', '.') + n.substring(0, n.length() - 6));
                    if (c.isRecord()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyModelFieldIsHonouredOrListedAsReported() throws Exception {
        MethodReferences refs = MethodReferences.scan(CLASSES,
                rel -> NOT_READERS.stream().noneMatch(rel::startsWith));
        List<String> uncovered = new ArrayList<>();
        List<Class<?>> records = modelRecords();
        assertTrue(records.size() > 15, "model records found: " + records.size());
        for (Class<?> c : records) {
            String simple = c.getSimpleName();
            if (listed(simple)) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                String key = simple + "." + rc.getName();
                boolean read = refs.calls(MODEL + simple, rc.getName());
                if (!read && !listed(key) && !ReportedKeywords.POSITION_COMPONENTS.contains(rc.getName())) {
                    uncovered.add(key);
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "model fields neither read by the renderer nor listed in ReportedKeywords "
                + "(honour them, or add a REPORTED row so the user is warned): " + uncovered);
    }

    @Test
    void everyTableRowNamesAnExistingModelField() throws Exception {
        List<Class<?>> records = modelRecords();
        List<String> stale = new ArrayList<>();
        for (Map<String, ?> table : List.of(ReportedKeywords.REPORTED, ReportedKeywords.INERT,
                ReportedKeywords.ONLY_WHEN)) {
            for (String key : table.keySet()) {
                String[] parts = key.split("\\.");
                boolean exists = records.stream().anyMatch(c -> c.getSimpleName().equals(parts[0])
                        && (parts.length == 1 || Stream.of(c.getRecordComponents())
                                .anyMatch(rc -> rc.getName().equals(parts[1]))));
                if (!exists) {
                    stale.add(key);
                }
            }
        }
        assertTrue(stale.isEmpty(), "rows naming no model field: " + stale);
    }

    @Test
    void aFieldIsNeverBothReportedAndInert() {
        List<String> both = ReportedKeywords.REPORTED.keySet().stream()
                .filter(ReportedKeywords.INERT::containsKey).toList();
        assertTrue(both.isEmpty(), "listed twice: " + both);
    }

    private static boolean listed(String key) {
        return ReportedKeywords.REPORTED.containsKey(key) || ReportedKeywords.INERT.containsKey(key);
    }
}
