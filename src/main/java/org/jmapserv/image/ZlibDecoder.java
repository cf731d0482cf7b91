package org.jmapserv.image;

import java.io.IOException;

/**
 * Inflates a zlib stream (RFC 1950/1951) into an array of known size — a PNG's IDAT data, whose inflated length
 * the header fixes. Written for the typical cascaded WMS answer, a mostly transparent overlay: java.util.zip's
 * zlib copies long runs byte by byte (about 6 ms for the 3 MB of a 1024x768 RGBA image), while here a run is a few
 * {@code System.arraycopy} calls whose length doubles, so the whole image takes about a millisecond. Decoding stops
 * once the output is full (extra data is ignored, as libpng and ImageIO do); the Adler-32 trailer is not checked
 * (the PNG chunk CRCs already were). Not thread-safe: one instance per stream.
 */
final class ZlibDecoder {

    private static final int FAST_BITS = 10;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
        769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
        11, 11, 12, 12, 13, 13};
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private final byte[] in;
    private final int end;
    private int pos;
    private long bits;
    private int bitCount;
    /** Bits handed out past the end of the input (read as zeros); any left when a symbol is used means truncation. */
    private int overrun;

    private final byte[] out;
    private int outPos;

    private ZlibDecoder(byte[] in, int offset, int length, byte[] out) {
        this.in = in;
        this.pos = offset;
        this.end = offset + length;
        this.out = out;
    }

    /**
     * Fills {@code out} from the zlib stream in {@code in[offset, offset + length)}.
     *
     * @return how many bytes the stream held, at most {@code out.length}; fewer means it ended early
     * @throws IOException when the data is not a valid zlib stream
     */
    static int inflate(byte[] in, int offset, int length, byte[] out) throws IOException {
        ZlibDecoder d = new ZlibDecoder(in, offset, length, out);
        d.header();
        boolean last = false;
        while (!last && d.outPos < out.length) {
            last = d.bits(1) == 1;
            int type = d.bits(2);
            switch (type) {
                case 0 -> d.stored();
                case 1 -> d.codes(Huffman.FIXED_LITERALS, Huffman.FIXED_DISTANCES);
                case 2 -> d.dynamic();
                default -> throw new IOException("invalid deflate block type 3");
            }
            if (d.overrun > 0 && d.outPos < out.length) {
                return d.outPos;
            }
        }
        return d.outPos;
    }

    private void header() throws IOException {
        int cmf = bits(8);
        int flg = bits(8);
        if (overrun > 0 || (cmf & 0x0f) != 8 || (cmf >>> 4) > 7 || (cmf << 8 | flg) % 31 != 0) {
            throw new IOException("not a zlib stream");
        }
        if ((flg & 0x20) != 0) {
            throw new IOException("zlib stream needs a preset dictionary");
        }
    }

    private void fill(int need) {
        while (bitCount < need) {
            if (pos < end) {
                bits |= (long) (in[pos++] & 0xff) << bitCount;
            } else {
                overrun += 8;
            }
            bitCount += 8;
        }
    }

    private int bits(int n) {
        fill(n);
        int v = (int) (bits & ((1L << n) - 1));
        bits >>>= n;
        bitCount -= n;
        return v;
    }

    /** True when the bits consumed so far reach past the end of the input. */
    private boolean truncated() {
        return overrun > bitCount;
    }

    private void stored() throws IOException {
        bits >>>= bitCount & 7;
        bitCount -= bitCount & 7;
        int len = bits(16);
        int nlen = bits(16);
        if (truncated()) {
            return;
        }
        if ((len ^ 0xffff) != nlen) {
            throw new IOException("stored deflate block has a corrupt length");
        }
        // whole bytes still in the bit buffer come first
        while (len > 0 && bitCount - overrun >= 8 && outPos < out.length) {
            out[outPos++] = (byte) bits(8);
            len--;
        }
        int n = Math.min(len, Math.min(end - pos, out.length - outPos));
        System.arraycopy(in, pos, out, outPos, n);
        pos += n;
        outPos += n;
        if (n < len && outPos < out.length) {
            overrun = Integer.MAX_VALUE;
        }
    }

    private void dynamic() throws IOException {
        int nlen = bits(5) + 257;
        int ndist = bits(5) + 1;
        int ncode = bits(4) + 4;
        if (nlen > 286 || ndist > 30) {
            throw new IOException("deflate block has too many length or distance codes");
        }
        int[] lengths = new int[19];
        for (int i = 0; i < ncode; i++) {
            lengths[CODE_LENGTH_ORDER[i]] = bits(3);
        }
        if (truncated()) {
            return;
        }
        Huffman lencode = Huffman.of(lengths, 19);
        int[] all = new int[nlen + ndist];
        int i = 0;
        while (i < nlen + ndist) {
            int sym = decode(lencode);
            if (truncated()) {
                return;
            }
            if (sym < 16) {
                all[i++] = sym;
                continue;
            }
            int repeat;
            int value = 0;
            if (sym == 16) {
                if (i == 0) {
                    throw new IOException("deflate code lengths repeat before the first one");
                }
                value = all[i - 1];
                repeat = 3 + bits(2);
            } else {
                repeat = sym == 17 ? 3 + bits(3) : 11 + bits(7);
            }
            if (i + repeat > nlen + ndist) {
                throw new IOException("deflate code lengths overflow the table");
            }
            while (repeat-- > 0) {
                all[i++] = value;
            }
            if (truncated()) {
                return;
            }
        }
        if (truncated()) {
            return;
        }
        if (all[256] == 0) {
            throw new IOException("deflate block has no end-of-block code");
        }
        codes(Huffman.of(all, nlen), Huffman.of(java.util.Arrays.copyOfRange(all, nlen, nlen + ndist), ndist));
    }

    private void codes(Huffman literals, Huffman distances) throws IOException {
        byte[] o = out;
        while (true) {
            int sym = decode(literals);
            if (truncated()) {
                return;
            }
            if (sym < 256) {
                if (outPos == o.length) {
                    return;
                }
                o[outPos++] = (byte) sym;
                continue;
            }
            if (sym == 256) {
                return;
            }
            sym -= 257;
            if (sym >= 29) {
                throw new IOException("invalid deflate length code");
            }
            int len = LENGTH_BASE[sym] + bits(LENGTH_EXTRA[sym]);
            int dsym = decode(distances);
            if (dsym >= 30) {
                throw new IOException("invalid deflate distance code");
            }
            int dist = DIST_BASE[dsym] + bits(DIST_EXTRA[dsym]);
            if (truncated()) {
                return;
            }
            if (dist > outPos) {
                throw new IOException("deflate distance reaches before the start of the data");
            }
            copy(dist, Math.min(len, o.length - outPos));
            if (outPos == o.length) {
                return;
            }
        }
    }

    /** Copies a match; an overlapping one repeats its period in doubling chunks. */
    private void copy(int dist, int len) {
        int from = outPos - dist;
        if (dist >= len) {
            System.arraycopy(out, from, out, outPos, len);
        } else if (dist == 1) {
            java.util.Arrays.fill(out, outPos, outPos + len, out[from]);
        } else {
            int copied = 0;
            while (copied < len) {
                int n = Math.min(len - copied, dist + copied);
                System.arraycopy(out, from, out, outPos + copied, n);
                copied += n;
            }
        }
        outPos += len;
    }

    private int decode(Huffman h) throws IOException {
        fill(15);
        int entry = h.fast[(int) (bits & ((1 << FAST_BITS) - 1))];
        if (entry != 0) {
            int len = entry >>> 16;
            bits >>>= len;
            bitCount -= len;
            return entry & 0xffff;
        }
        // canonical decoding one bit at a time (as zlib's puff.c) for codes longer than FAST_BITS
        int code = 0;
        int first = 0;
        int index = 0;
        for (int len = 1; len <= 15; len++) {
            code |= bits(1);
            int count = h.count[len];
            if (code - count < first) {
                return h.symbol[index + (code - first)];
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        if (truncated()) {
            return 0;
        }
        throw new IOException("invalid deflate Huffman code");
    }

    /** One canonical Huffman code: counts per length, symbols in code order, and a lookup of short codes. */
    private static final class Huffman {
        static final Huffman FIXED_LITERALS;
        static final Huffman FIXED_DISTANCES;

        static {
            int[] lit = new int[288];
            for (int i = 0; i < 288; i++) {
                lit[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            }
            int[] dist = new int[30];
            java.util.Arrays.fill(dist, 5);
            try {
                FIXED_LITERALS = of(lit, 288);
                FIXED_DISTANCES = of(dist, 30);
            } catch (IOException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final int[] count = new int[16];
        final int[] symbol;
        /** Indexed by the next FAST_BITS input bits: (code length << 16) | symbol, or 0 for a longer code. */
        final int[] fast = new int[1 << FAST_BITS];

        private Huffman(int n) {
            symbol = new int[n];
        }

        static Huffman of(int[] lengths, int n) throws IOException {
            Huffman h = new Huffman(n);
            for (int i = 0; i < n; i++) {
                h.count[lengths[i]]++;
            }
            h.count[0] = 0;
            int left = 1;
            for (int len = 1; len <= 15; len++) {
                left = (left << 1) - h.count[len];
                if (left < 0) {
                    throw new IOException("deflate block has an over-subscribed Huffman code");
                }
            }
            int[] offs = new int[16];
            for (int len = 1; len < 15; len++) {
                offs[len + 1] = offs[len] + h.count[len];
            }
            int[] next = new int[16];
            int code = 0;
            for (int len = 1; len <= 15; len++) {
                next[len] = code;
                code = (code + h.count[len]) << 1;
            }
            for (int sym = 0; sym < n; sym++) {
                int len = lengths[sym];
                if (len == 0) {
                    continue;
                }
                h.symbol[offs[len]++] = sym;
                int c = next[len]++;
                if (len <= FAST_BITS) {
                    int reversed = Integer.reverse(c) >>> (32 - len);
                    for (int k = reversed; k < 1 << FAST_BITS; k += 1 << len) {
                        h.fast[k] = len << 16 | sym;
                    }
                }
            }
            return h;
        }
    }
}
