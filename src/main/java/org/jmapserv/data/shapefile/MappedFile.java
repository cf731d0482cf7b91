package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jmapserv.data.DataSourceException;

/**
 * Maps a whole file read-only into memory. The channel is closed straight away (the mapping stays valid
 * until garbage collected), so an open shapefile holds no file descriptors. Files of 2 GiB and more are
 * refused with a clear error; the shapefile format's 32-bit word offsets make larger .shp files rare.
 * Mappings are shared while the file is unchanged (same file key, size and modification time): opening a
 * shapefile per request, as queries and draws do, then costs a stat instead of a fresh mapping whose every
 * touched page faults again (a point query on a 100,000-record .qix spent most of its time there).
 */
final class MappedFile {

    private static final int MAX_SHARED = 256;
    private static final java.util.concurrent.ConcurrentHashMap<Path, Shared> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One shared mapping and the file identity it was made from. */
    private record Shared(Object key, long size, long modified, ByteBuffer buffer) {
    }

    private MappedFile() {
    }

    /** The file's bytes as a little-endian buffer of its own (position 0, limit = file size). */
    static ByteBuffer map(Path file, String role) {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            throw new DataSourceException("Cannot read " + role + " " + file + ": " + describe(e), e);
        }
        Path key = file.toAbsolutePath();
        Shared s = SHARED.get(key);
        long modified = attrs.lastModifiedTime().toMillis();
        if (s == null || s.size() != attrs.size() || s.modified() != modified
                || !java.util.Objects.equals(s.key(), attrs.fileKey())) {
            if (SHARED.size() >= MAX_SHARED) {
                SHARED.clear();
            }
            s = new Shared(attrs.fileKey(), attrs.size(), modified, mapNow(file, role));
            SHARED.put(key, s);
        }
        return s.buffer().duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer mapNow(Path file, String role) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new DataSourceException(role + " " + file + " is " + size
                        + " bytes; files of 2 GiB or more are not supported");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IOException e) {
            throw new DataSourceException("Cannot read " + role + " " + file + ": " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        return e.getMessage() == null ? type : type + " " + e.getMessage();
    }
}
