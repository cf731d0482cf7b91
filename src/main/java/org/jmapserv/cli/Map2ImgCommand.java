package org.jmapserv.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jmapserv.http.HttpFetcher;
import org.jmapserv.http.settings.HttpProfileResolver;
import org.jmapserv.mapfile.Diagnostic;
import org.jmapserv.mapfile.MapfileException;
import org.jmapserv.mapfile.model.ConfigFileDef;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.mapfile.parse.ConfigFileReader;
import org.jmapserv.mapfile.parse.MapfileReader;
import org.jmapserv.render.LoadTimeChecks;
import org.jmapserv.render.MapRenderer;
import org.jmapserv.render.RenderException;
import org.jmapserv.render.RenderRequest;
import org.jmapserv.render.RenderedMap;
import org.jmapserv.render.check.IgnoredKeywordScanner;
import org.jmapserv.render.output.OutputFormatException;
import org.jmapserv.render.output.UnwritableFormatException;
import org.jmapserv.render.output.OutputFormatResolver;
import org.jmapserv.wms.client.WmsHttpProfiles;

/**
 * {@code map2img}: MapServer 8's map2img (formerly shp2img; mirrors src/apps/map2img.c). Loads the mapfile, applies
 * the options, draws the map (remote WMS layers fetched in parallel) and writes the image. As map2img: a relative
 * {@code -o} is written relative to the mapfile's directory, no {@code -o} writes to stdout, {@code -c N} loads and
 * draws N times (each iteration reloads the mapfile), errors go to stderr as {@code routine(): message} and the exit
 * status is 1. Unlike map2img, the failures of non-essential WMS layers (which MapServer only logs) are printed to
 * stderr as warnings, and the image is not written when drawing failed.
 */
public final class Map2ImgCommand {

    static final String VERSION = "jmapserv 0.1 (MapServer 8 compatible) OUTPUT=PNG OUTPUT=JPEG SUPPORTS=PROJ"
            + " SUPPORTS=WMS_CLIENT SUPPORTS=FREETYPE INPUT=SHAPEFILE";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private boolean ignoredReported;

    Map2ImgCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** Runs map2img with {@code args} on the process's streams; returns the exit status. */
    public static int run(String[] args) {
        return new Map2ImgCommand(System.out, System.err, System.getenv()).execute(args);
    }

    int execute(String[] args) {
        Map2ImgArguments a;
        try {
            a = Map2ImgArguments.parse(args);
        } catch (Map2ImgArguments.UsageException e) {
            err.println(e.getMessage());
            err.println("Try 'map2img --help'.");
            return 1;
        }
        if (a.version()) {
            out.println(VERSION);
            return 0;
        }
        if (a.help() || args.length < 2) {
            out.print(Map2ImgUsage.TEXT);
            return 0;
        }
        if (a.mapfile() == null) {
            err.println("map2img: Mapfile (-m) option not specified.");
            return 1;
        }
        boolean debugging = a.allDebug() != null || a.mapDebug() != null || !a.layerDebug().isEmpty();
        PrintStream debug = debugging ? err : null;
        Metadata configEnv;
        try {
            configEnv = configEnvironment(a);
        } catch (MapfileException e) {
            printDiagnostics("msLoadConfig()", e);
            return 1;
        }
        // the config file's ENV sets GDAL_CACHEMAX for the process, as msConfigSetConfigOption does for GDAL
        org.jmapserv.image.raster.RasterBlockCache.setProcessOption(configEnv.value("GDAL_CACHEMAX"));
        List<String> warnings = new ArrayList<>();
        HttpFetcher.Options options = HttpFetcher.Options.defaults()
                .withDebug(debug == null ? line -> { } : debug::println);
        try (HttpFetcher http = new HttpFetcher(options)) {
            MapRenderer renderer = MapRenderer.withRemoteLayers(http,
                    new WmsHttpProfiles(HttpProfileResolver.fromSystem(warnings::add), configEnv));
            if (a.count() != 1) {
                out.println("We will draw " + a.count() + " times...");
            }
            for (int i = 0; i < a.count(); i++) {
                int status = drawOnce(a, renderer, debug);
                warnings.forEach(w -> err.println("map2img: warning: " + w));
                warnings.clear();
                if (status != 0) {
                    return status;
                }
            }
        }
        return 0;
    }

    private int drawOnce(Map2ImgArguments a, MapRenderer renderer, PrintStream debug) {
        long started = System.nanoTime();
        Path mapfile = Path.of(a.mapfile()).toAbsolutePath().normalize();
        MapDef map;
        try {
            map = LoadTimeChecks.require(new MapfileReader().read(mapfile));
        } catch (MapfileException e) {
            printDiagnostics("msLoadMap()", e);
            return 1;
        }
        if (a.allDebug() != null && a.allDebug() >= 2 && debug != null) {
            debug.printf(Locale.ROOT, "msLoadMap(): %.3fs%n", (System.nanoTime() - started) / 1e9);
        }
        if (!ignoredReported) {
            // printed once, not per -c iteration: what the map asks for that is not drawn (never silently wrong)
            new IgnoredKeywordScanner().scan(map).forEach(d -> err.println("map2img: warning: " + d));
            ignoredReported = true;
        }
        pause(a.pause());
        String missing = missingLayer(map, a.layers());
        if (missing != null) {
            err.println("Layer (-l) \"" + missing + "\" not found");
            return 1;
        }
        for (String name : a.layerDebug().keySet()) {
            if (findLayer(map, name) == null) {
                err.println(" Did not find layer '" + name + "' from -layer_debug switch.");
            }
        }
        map = withData(map, a.dataOverrides());
        RenderRequest request;
        try {
            request = request(a, map, debug);
        } catch (UnwritableFormatException e) {
            err.println("msSelectOutputFormat(): " + e.getMessage() + " No image written.");
            return 1;
        }
        try {
            RenderedMap rendered = renderer.render(map, request);
            rendered.warnings().forEach(w -> err.println("map2img: warning: " + w));
            write(rendered, a.output(), mapfile.getParent());
            writePrj(rendered, map, a.output(), mapfile.getParent());
        } catch (RenderException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("msSaveImage(): Unable to access file. " + e.getMessage());
            return 1;
        }
        if (a.allDebug() != null && a.allDebug() >= 2 && debug != null) {
            debug.printf(Locale.ROOT, "map2img total time: %.3fs%n", (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    private RenderRequest request(Map2ImgArguments a, MapDef map, PrintStream debug) {
        RenderRequest r = RenderRequest.defaults();
        if (a.extent() != null) {
            r = r.withExtent(a.extent());
        }
        if (a.size() != null) {
            r = r.withSize(a.size()[0], a.size()[1]);
        }
        if (a.layers() != null) {
            r = r.withLayers(a.layers());
        }
        if (a.format() != null) {
            try {
                new OutputFormatResolver(map.outputFormats()).select(a.format());
                r = r.withOutputFormat(a.format());
            } catch (UnwritableFormatException e) {
                throw e; // known to MapServer, not writable here: refused by drawOnce, never a PNG under its name
            } catch (OutputFormatException e) {
                out.println("No such OUTPUTFORMAT as " + a.format() + ".");
            }
        }
        return r.withDebug(a.mapDebug(), a.allDebug(), a.layerDebug(), debug == null ? null : debug::println);
    }

    private void write(RenderedMap rendered, String output, Path mapDir) throws IOException {
        if (output == null) {
            rendered.write(out);
            out.flush();
            return;
        }
        Path target = mapDir.resolve(output);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            rendered.write(o);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** GDAL's AAIGrid driver leaves the map's SRS in a .prj beside the grid; MapServer 8.0's map2img does too. */
    private void writePrj(RenderedMap rendered, MapDef map, String output, Path mapDir) throws IOException {
        if (output == null || !org.jmapserv.render.output.AsciiGridPrj.writesPrj(rendered.format())) {
            return;
        }
        String prj = org.jmapserv.render.output.AsciiGridPrj.text(map.projection().args());
        if (prj == null) {
            err.println("map2img: warning: the .prj GDAL writes beside an ASCII grid was not written: its ESRI WKT is"
                    + " known here only for EPSG:4326, EPSG:3857 and the WGS 84 UTM zones, not PROJECTION "
                    + String.join(" ", map.projection().args()) + ".");
        } else if (!prj.isEmpty()) {
            Files.writeString(mapDir.resolve(org.jmapserv.render.output.AsciiGridPrj.fileName(output)), prj,
                    java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private Metadata configEnvironment(Map2ImgArguments a) throws MapfileException {
        ConfigFileReader reader = new ConfigFileReader();
        ConfigFileDef config;
        if (a.configFile() != null) {
            config = reader.read(Path.of(a.configFile()).toAbsolutePath());
        } else if (environment.containsKey(ConfigFileReader.ENV_VARIABLE)) {
            config = reader.readFromEnvironment(environment);
        } else {
            return Metadata.EMPTY;
        }
        return config == null ? Metadata.EMPTY : config.env();
    }

    /** map2img -l: names match layer NAME or GROUP case-insensitively; the first that matches none is returned. */
    private static String missingLayer(MapDef map, List<String> names) {
        if (names == null) {
            return null;
        }
        for (String n : names) {
            if (findLayer(map, n) == null) {
                return n;
            }
        }
        return null;
    }

    private static LayerDef findLayer(MapDef map, String name) {
        for (LayerDef l : map.layers()) {
            if (name.equalsIgnoreCase(l.name()) || name.equalsIgnoreCase(l.group())) {
                return l;
            }
        }
        return null;
    }

    /** map2img -d layer data: replaces DATA of the layer with that exact NAME. */
    private static MapDef withData(MapDef map, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return map;
        }
        MapDef.Builder b = map.toBuilder();
        b.layers.replaceAll(l -> {
            String data = l.name() == null ? null : overrides.get(l.name());
            if (data == null) {
                return l;
            }
            LayerDef.Builder lb = l.toBuilder();
            lb.data = data;
            return lb.build();
        });
        return b.build();
    }

    private void printDiagnostics(String routine, MapfileException e) {
        for (Diagnostic d : e.diagnostics()) {
            err.println(routine + ": " + d);
        }
    }

    private void pause(int seconds) {
        if (seconds <= 0) {
            return;
        }
        out.println("Start pause of " + seconds + " seconds.");
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("Done pause.");
    }
}
