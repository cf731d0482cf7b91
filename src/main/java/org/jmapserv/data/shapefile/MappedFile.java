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
 */
final class MappedFile {

    private MappedFile() {
    }

    /** The file's bytes as a little-endian buffer; position 0, limit = file size. */
    static ByteBuffer map(Path file, String role) {
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
