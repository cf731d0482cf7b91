package org.jmapserv.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.io.Proj4FileReader;

/**
 * Loads PROJECTION definitions into {@link Projection}s backed by proj4j. Mirrors loadProjection and
 * msLoadProjectionString (mapfile.c) for turning text into MapServer's argument list, and msProcessProjection
 * (mapproject.c) for turning that list into a CRS. CRSs are cached by argument list; the factory is thread-safe
 * and meant to be shared.
 *
 * <p>Supported: {@code init=epsg:n} (plus extra PROJ args), {@code EPSG:n} and {@code ESRI:n} that proj4j knows,
 * PROJ parameter lists, URNs/URIs, {@code CRS:84/83/27}, AUTO/AUTO2 42001-42005, and the word {@code AUTO}.
 * Authorities proj4j lacks (IAU_2015, IGNF, NKG, OGC) give a {@link ProjectionException}.
 */
public final class ProjectionFactory {

    /** MapServer/PROJ-only arguments that change nothing for proj4j. */
    private static final Set<String> IGNORED = Set.of("epsgaxis=ne", "epsgaxis=en", "over", "type=crs", "wktext");

    private final Map<List<String>, CoordinateReferenceSystem> cache = new ConcurrentHashMap<>();
    private final Object crsLock = new Object();
    private final Proj4FileReader epsgReader = new Proj4FileReader();

    /**
     * proj4j's CRSFactory, created on first use: its class initialisation builds proj4j's registry and datums,
     * whose NAD27 constant decodes a 1 MB grid-shift file (about 20 ms of a one-shot map2img), and a map drawn in
     * its own projection never needs it.
     */
    private static final class Proj4j {
        static final CRSFactory FACTORY = new CRSFactory();
    }

    /**
     * A PROJECTION block's strings as written. One string containing '+' is a PROJ definition string; the single
     * word AUTO defers to the data source; an empty block means no projection.
     */
    public Projection fromMapfileArgs(List<String> blockArgs) {
        if (blockArgs.isEmpty()) {
            return Projection.NONE;
        }
        if (blockArgs.size() == 1 && blockArgs.get(0).contains("+")) {
            return fromString(blockArgs.get(0));
        }
        if (blockArgs.size() > 20) {
            throw new ProjectionException("Too many arguments in projection string");
        }
        return load(blockArgs);
    }

    /**
     * msProcessProjection's verdict on a PROJECTION block without building the CRS when that is not needed: a
     * block that is only {@code init=epsg:n} (plus arguments proj4j ignores) is valid when the EPSG table has the
     * code, which costs a table lookup instead of proj4j's registry and datum set-up (the CRS is built when a
     * draw first reprojects). Anything else is built, so that bad parameters are refused at load time.
     *
     * @throws ProjectionException what msProcessProjection would refuse
     */
    public void check(List<String> blockArgs) {
        if (blockArgs.isEmpty() || blockArgs.size() == 1 && blockArgs.get(0).contains("+")) {
            fromMapfileArgs(blockArgs); // a PROJ definition string: parsed and built
            return;
        }
        String init = null;
        for (String a : blockArgs) {
            String plain = strip(a);
            String lower = plain.toLowerCase(Locale.ROOT);
            if (lower.startsWith("init=epsg:") && init == null) {
                init = plain.substring(5);
            } else if (!IGNORED.contains(lower)) {
                fromMapfileArgs(blockArgs);
                return;
            }
        }
        if (init == null) {
            fromMapfileArgs(blockArgs);
            return;
        }
        String code = init.substring(init.indexOf(':') + 1);
        if (EpsgInitFile.isNumeric(code)) {
            if (!EpsgInitFile.defines(code)) {
                throw new ProjectionException("unknown projection '" + String.join(" ", blockArgs) + "'");
            }
            return; // the same verdict as initParameters' proj4j lookup, without its tokenizer (EpsgInitFile)
        }
        initParameters(init, String.join(" ", blockArgs));
    }

    /** msLoadProjectionString: {@code EPSG:n} in lon/lat order, URNs and URIs in EPSG axis order. */
    public Projection fromString(String value) {
        return load(ProjectionStrings.toArgs(value, false));
    }

    /** msLoadProjectionStringEPSG (WMS 1.3.0): {@code EPSG:n} too follows the EPSG axis order. */
    public Projection fromStringEpsgAxisOrder(String value) {
        return load(ProjectionStrings.toArgs(value, true));
    }

    private Projection load(List<String> args) {
        if (args.get(0).equalsIgnoreCase("AUTO")) {
            return new Projection(args, null, true, false);
        }
        boolean northEast = args.stream().anyMatch(a -> strip(a).equalsIgnoreCase("epsgaxis=ne"));
        return new Projection(args, crs(args), false, northEast);
    }

    /** The CRS for a MapServer argument list (msProcessProjection), cached. */
    public CoordinateReferenceSystem crs(List<String> args) {
        List<String> key = List.copyOf(args);
        CoordinateReferenceSystem cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        CoordinateReferenceSystem created = ellipsoidalOrtho(create(key));
        CoordinateReferenceSystem raced = cache.putIfAbsent(key, created);
        return raced != null ? raced : created;
    }

    /**
     * proj4j's +proj=ortho is spherical; PROJ (under MapServer 8.0) projects on the ellipsoid: swap in
     * {@link EllipsoidalOrthographic} unless the CRS is a sphere.
     */
    private static CoordinateReferenceSystem ellipsoidalOrtho(CoordinateReferenceSystem crs) {
        org.locationtech.proj4j.proj.Projection p = crs.getProjection();
        if (p == null || p.getClass() != org.locationtech.proj4j.proj.OrthographicAzimuthalProjection.class
                || p.getEllipsoid() == null || p.getEllipsoid().getEccentricitySquared() == 0) {
            return crs;
        }
        return new CoordinateReferenceSystem(crs.getName(), crs.getParameters(), crs.getDatum(),
                EllipsoidalOrthographic.of(p));
    }

    private CoordinateReferenceSystem create(List<String> args) {
        String text = String.join(" ", args);
        if (args.get(0).equalsIgnoreCase("GEOGRAPHIC")) {
            throw new ProjectionException("PROJECTION 'GEOGRAPHIC' no longer supported. "
                    + "Provide explicit definition, ie. proj=latlong ellps=clrk66");
        }
        try {
            synchronized (crsLock) {
                CRSFactory crsFactory = Proj4j.FACTORY;
                if (AutoProjections.isAuto(args)) {
                    return crsFactory.createFromParameters(args.get(0), AutoProjections.parameters(args.get(0)));
                }
                if (args.size() == 1 && isAuthorityCode(args.get(0))) {
                    return crsFactory.createFromName(upperAuthority(args.get(0)));
                }
                return crsFactory.createFromParameters(text, parameters(args, text));
            }
        } catch (ProjectionException e) {
            throw e;
        } catch (RuntimeException e) {
            // proj4j signals bad parameters with assorted runtime exceptions; none may escape as a stack trace
            throw new ProjectionException("unknown projection '" + text + "': " + e.getMessage(), e);
        }
    }

    private String[] parameters(List<String> args, String text) {
        List<String> params = new ArrayList<>();
        for (String arg : args) {
            String plain = strip(arg);
            String lower = plain.toLowerCase(Locale.ROOT);
            if (plain.isEmpty() || IGNORED.contains(lower)) {
                continue;
            }
            if (lower.startsWith("init=")) {
                params.addAll(initParameters(plain.substring(5), text));
            } else {
                params.add("+" + plain);
            }
        }
        if (params.isEmpty()) {
            throw new ProjectionException("unknown projection '" + text + "': no PROJ parameters");
        }
        checkLatitudes(params, text);
        addDefaultUnits(params);
        return params.toArray(String[]::new);
    }

    /** {@code init=epsg:n} and friends: the definition from proj4j's copy of PROJ's init files. */
    private List<String> initParameters(String fileAndCode, String text) {
        int colon = fileAndCode.indexOf(':');
        if (colon <= 0) {
            throw new ProjectionException("unknown projection '" + text + "': bad init= value");
        }
        String file = fileAndCode.substring(0, colon);
        if (ProjInitFile.isPath(file)) {
            return ProjInitFile.parameters(file, fileAndCode.substring(colon + 1), text);
        }
        String name = file.toUpperCase(Locale.ROOT) + fileAndCode.substring(colon);
        String[] found = epsgReader.getParameters(name);
        if (found == null) {
            throw new ProjectionException("unknown projection '" + text + "'");
        }
        return List.of(found);
    }

    /**
     * PROJ defaults projected CRSs to metres; proj4j leaves the unit unset, which breaks its CRS equality, so the
     * default is made explicit.
     */
    private static void addDefaultUnits(List<String> params) {
        boolean hasUnits = false;
        boolean geographic = false;
        for (String p : params) {
            String lower = p.toLowerCase(Locale.ROOT);
            hasUnits |= lower.startsWith("+units=") || lower.startsWith("+to_meter=");
            geographic |= lower.matches("\\+proj=(longlat|latlong|lonlat|latlon|geocent)");
        }
        if (!hasUnits && !geographic) {
            params.add("+units=m");
        }
    }

    /** PROJ refuses a latitude parameter beyond ±90° ("Invalid value for an argument"); proj4j accepts it. */
    private static void checkLatitudes(List<String> params, String text) {
        for (String p : params) {
            int eq = p.indexOf('=');
            String key = eq < 0 ? "" : p.substring(1, eq).toLowerCase(Locale.ROOT);
            if (key.equals("lat_0") || key.equals("lat_1") || key.equals("lat_2") || key.equals("lat_ts")) {
                double v;
                try {
                    v = Double.parseDouble(p.substring(eq + 1).strip());
                } catch (NumberFormatException e) {
                    continue;
                }
                if (!(Math.abs(v) <= 90)) {
                    throw new ProjectionException("Invalid value for an argument: " + p.substring(1)
                            + " is beyond ±90° in '" + text + "'");
                }
            }
        }
    }

    private static String strip(String arg) {
        return arg.startsWith("+") ? arg.substring(1).strip() : arg.strip();
    }

    private static boolean isAuthorityCode(String arg) {
        int colon = arg.indexOf(':');
        return colon > 0 && arg.indexOf('=') < 0 && arg.indexOf(' ') < 0;
    }

    private static String upperAuthority(String arg) {
        int colon = arg.indexOf(':');
        return arg.substring(0, colon).toUpperCase(Locale.ROOT) + arg.substring(colon);
    }
}
