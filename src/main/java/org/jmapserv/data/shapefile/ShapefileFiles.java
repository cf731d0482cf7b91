package org.jmapserv.data.shapefile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jmapserv.data.DataSourceException;

/**
 * The member files of one shapefile, found as msSHPOpen / msDBFOpen / msSearchDiskTree look for them: the
 * extension (if any) is stripped from the given path, then {@code .shp} or {@code .SHP}, {@code .shx} or
 * {@code .SHX}, {@code .dbf} or {@code .DBF}; additionally the exact-case variants of a mixed-case file
 * name such as {@code .Shx} are accepted. The spatial index is {@code .qix} (lower case only, as
 * MS_INDEX_EXTENSION), {@code null} when absent. A {@code .cpg} code page file is not looked for: MapServer 8.0
 * ignores it (text is decoded only by the LAYER's ENCODING, see DbfEncoding).
 */
public record ShapefileFiles(Path shp, Path shx, Path dbf, Path qix) {

    private static final java.util.concurrent.ConcurrentHashMap<Path, Resolved> RESOLVED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A resolution and the modification time of the directory it was made in. */
    private record Resolved(long dirModified, ShapefileFiles files) {
    }

    /**
     * Resolves the files for a base path given with or without the {@code .shp} extension. The answer is reused while
     * the directory is unchanged (its modification time moves whenever a file is added, removed or renamed), so a
     * per-request open costs one stat rather than a dozen.
     */
    public static ShapefileFiles resolve(Path path) {
        Path abs = path.toAbsolutePath();
        Path dir = abs.getParent();
        long modified = -1;
        try {
            modified = dir == null ? -1 : Files.getLastModifiedTime(dir).toMillis();
        } catch (java.io.IOException | SecurityException e) {
            modified = -1;
        }
        Resolved r = RESOLVED.get(abs);
        if (r != null && modified != -1 && r.dirModified() == modified) {
            return r.files();
        }
        ShapefileFiles files = resolveNow(path);
        if (modified != -1) {
            if (RESOLVED.size() > 1024) {
                RESOLVED.clear();
            }
            RESOLVED.put(abs, new Resolved(modified, files));
        }
        return files;
    }

    private static ShapefileFiles resolveNow(Path path) {
        Path base = stripExtension(path);
        Path shp = find(base, "shp");
        if (shp == null) {
            throw new DataSourceException("Shapefile " + base + ".shp not found (also tried .SHP)");
        }
        Path shx = find(base, "shx");
        if (shx == null) {
            throw new DataSourceException("Shapefile " + shp + ": index file " + base.getFileName()
                    + ".shx is missing (also tried .SHX)");
        }
        Path dbf = find(base, "dbf");
        if (dbf == null) {
            throw new DataSourceException("Shapefile " + shp + ": attribute file " + base.getFileName()
                    + ".dbf is missing (also tried .DBF)");
        }
        Path qix = sibling(base, "qix");
        return new ShapefileFiles(shp, shx, dbf, Files.isRegularFile(qix) ? qix : null);
    }

    /** Strips a trailing extension as msSHPOpen does (a dot after the last path separator). */
    static Path stripExtension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? path.resolveSibling(name.substring(0, dot)) : path;
    }

    private static Path find(Path base, String ext) {
        for (String candidate : new String[] {ext, ext.toUpperCase(), capitalised(ext)}) {
            Path p = sibling(base, candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return findAnyCase(base, ext);
    }

    /** Last resort for spellings like {@code .sHp}: scan the directory for a case-insensitive match. */
    private static Path findAnyCase(Path base, String ext) {
        Path dir = base.toAbsolutePath().getParent();
        String wanted = base.getFileName() + "." + ext;
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try (var entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.equalsIgnoreCase(wanted) && name.startsWith(base.getFileName().toString())
                        && Files.isRegularFile(p)) {
                    return p;
                }
            }
        } catch (java.io.IOException | SecurityException e) {
            return null;
        }
        return null;
    }

    private static String capitalised(String ext) {
        return Character.toUpperCase(ext.charAt(0)) + ext.substring(1);
    }

    private static Path sibling(Path base, String ext) {
        return base.resolveSibling(base.getFileName() + "." + ext);
    }
}
