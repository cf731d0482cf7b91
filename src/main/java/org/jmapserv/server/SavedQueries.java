package org.jmapserv.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.query.QueryException;
import org.jmapserv.query.QueryFiles;
import org.jmapserv.query.SavedQuery;

/**
 * mapserv's saved queries: {@code savequery} writes the query's parameters to
 * {@code <WEB IMAGEPATH><MAP NAME><id>.qy} (msSaveQuery after msReturnTemplateQuery), {@code queryfile} reads one
 * back (msLoadQuery). As in 8.0, {@code queryfile} is refused unless WEB VALIDATION "queryfile" exists and matches
 * it, and only names ending in {@code .qy} whose first line is a query file's magic string are read, so no other
 * file's content can be reached. A relative queryfile is found next to the mapfile (8.0 uses the process's working
 * directory, which a server does not have in any meaningful sense). Unlike 8.0, an empty IMAGEPATH is refused
 * rather than writing into the working directory.
 */
final class SavedQueries {

    private SavedQueries() {
    }

    /** msCGILoadForm's queryfile: the last non-empty value, validated; null when absent. */
    static String queryFileParam(MapDef map, RequestParams params) throws MapservException {
        String value = null;
        for (RequestParams.Param p : params.all()) {
            if (p.name().equalsIgnoreCase("queryfile") && !p.value().isEmpty()) {
                value = p.value();
            }
        }
        if (value == null) {
            return null;
        }
        String pattern = map.web().validation().value("queryfile");
        if (pattern == null || !Pattern.compile(pattern).matcher(value).find()) {
            throw MapservException.application("mapserv", "Parameter 'queryfile' value fails to validate.");
        }
        return value;
    }

    static QueryFiles.Loaded load(MapDef map, String file) throws MapservException {
        Path p = Path.of(file);
        if (!p.isAbsolute() && map.mapPath() != null) {
            p = Path.of(map.mapPath()).resolve(p);
        }
        try {
            return QueryFiles.load(p, file, map.layers().size());
        } catch (QueryException e) {
            throw new MapservException(200, e.getMessage());
        }
    }

    /** The file name savequery writes and [queryfile] prints. */
    static String fileName(MapDef map, String id) {
        String imagePath = map.web().imagePath() == null ? "" : map.web().imagePath();
        return imagePath + (map.name() == null ? "" : map.name()) + id + ".qy";
    }

    static void write(MapDef map, String id, SavedQuery query) throws MapservException {
        if (map.web().imagePath() == null || map.web().imagePath().isEmpty()) {
            throw MapservException.application("msSaveQuery", "WEB IMAGEPATH is not set; jmapserv does not write "
                    + "saved queries into its working directory.");
        }
        String name = fileName(map, id);
        try {
            Path target = Path.of(name).toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".jmapserv", ".part");
            Files.writeString(tmp, query.format(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            throw new MapservException(200, "saveQueryParams(): Unable to access file. (" + name + ")");
        }
    }
}
