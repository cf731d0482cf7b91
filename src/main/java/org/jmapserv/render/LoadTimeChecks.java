package org.jmapserv.render;

import java.util.List;

import org.jmapserv.geo.ProjectionCheck;
import org.jmapserv.geo.ProjectionFactory;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.MapDef;

/**
 * What msLoadMap checks beyond the mapfile's syntax and that needs the geo layer: every PROJECTION block must be one
 * PROJ accepts (msProcessProjection runs while the map is read). Used right after reading by map2img, mapfile
 * check and the server's mapfile cache, so such a map fails at load with file:line:column.
 */
public final class LoadTimeChecks {

    private static final ProjectionCheck PROJECTIONS = new ProjectionCheck(new ProjectionFactory());

    private LoadTimeChecks() {
    }

    /** Throws with every refused block's position when {@code map} would not load in MapServer. */
    public static MapDef require(MapDef map) throws MapfileException {
        List<ProjectionCheck.Problem> problems = PROJECTIONS.problems(map);
        if (problems.isEmpty()) {
            return map;
        }
        throw new MapfileException(problems.stream().map(p -> new Diagnostic(p.position(), p.message())).toList());
    }
}
