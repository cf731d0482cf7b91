package org.jmapserv.mapfile.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads sources from the file system. MapServer reads bytes and never decodes; we decode UTF-8 and fall back to
 * ISO-8859-1 for legacy files so that no byte is lost or replaced. Stateless and thread-safe.
 */
public final class FileSourceLoader implements SourceLoader {

    @Override
    public boolean exists(Path path) {
        return Files.isRegularFile(path) && Files.isReadable(path);
    }

    @Override
    public String problem(Path path) {
        if (exists(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return "is a directory, not a file";
        }
        if (Files.exists(path)) {
            return Files.isRegularFile(path) ? "is not readable" : "is not a regular file (a FIFO, socket or device)";
        }
        return "does not exist";
    }

    @Override
    public SourceText load(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IOException("cannot open " + absolute + ": no such file");
        }
        long size = Files.size(absolute);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("file " + absolute + " is " + size + " bytes, more than the limit of "
                    + MAX_FILE_BYTES + " bytes");
        }
        return new SourceText(absolute.toString(), absolute, decode(Files.readAllBytes(absolute)));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
