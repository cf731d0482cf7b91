package org.jmapserv.data.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file written through one large buffer, with explicit byte order per value and header patching. */
final class ChannelOutput implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    private long written;

    ChannelOutput(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Bytes written so far, buffered ones included. */
    long position() {
        return written + buf.position();
    }

    ChannelOutput intBig(int v) throws IOException {
        room(4).order(ByteOrder.BIG_ENDIAN).putInt(v);
        return this;
    }

    ChannelOutput intLittle(int v) throws IOException {
        room(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v);
        return this;
    }

    ChannelOutput doubleLittle(double v) throws IOException {
        room(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v);
        return this;
    }

    ChannelOutput bytes(byte[] b) throws IOException {
        for (int off = 0; off < b.length; ) {
            int n = Math.min(b.length - off, buf.capacity());
            room(n).put(b, off, n);
            off += n;
        }
        return this;
    }

    ChannelOutput fill(int value, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            room(1).put((byte) value);
        }
        return this;
    }

    /** Overwrites already flushed bytes at {@code position} (used for headers). */
    void patch(long position, ByteBuffer content) throws IOException {
        flush();
        while (content.hasRemaining()) {
            position += channel.write(content, position);
        }
    }

    private ByteBuffer room(int n) throws IOException {
        if (buf.remaining() < n) {
            flush();
        }
        return buf;
    }

    private void flush() throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            written += channel.write(buf, written);
        }
        buf.clear();
    }

    @Override
    public void close() throws IOException {
        flush();
        channel.close();
    }
}
