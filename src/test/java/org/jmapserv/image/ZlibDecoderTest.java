package org.jmapserv.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Our inflater gives back exactly what java.util.zip's Deflater compressed, in every block type it can emit. */
class ZlibDecoderTest {

    private static byte[] deflate(byte[] data, int level, int strategy) {
        Deflater d = new Deflater(level);
        d.setStrategy(strategy);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    /** Runs of repeated pixels (period 1, 3, 4 and 7), stretches of noise and of small-alphabet text. */
    private static byte[] mixed(int size, long seed) {
        Random r = new Random(seed);
        byte[] data = new byte[size];
        int i = 0;
        while (i < size) {
            int n = Math.min(size - i, 1 + r.nextInt(3000));
            switch (r.nextInt(4)) {
                case 0 -> {
                    int period = new int[] {1, 3, 4, 7}[r.nextInt(4)];
                    for (int k = 0; k < n; k++) {
                        data[i + k] = (byte) (k % period * 37);
                    }
                }
                case 1 -> {
                    byte[] noise = new byte[n];
                    r.nextBytes(noise);
                    System.arraycopy(noise, 0, data, i, n);
                }
                default -> {
                    for (int k = 0; k < n; k++) {
                        data[i + k] = (byte) ('a' + r.nextInt(6));
                    }
                }
            }
            i += n;
        }
        return data;
    }

    @ParameterizedTest(name = "level {0}, strategy {1}, {2} bytes")
    @CsvSource({"0, 0, 200000", "1, 0, 200000", "6, 0, 300000", "9, 0, 300000", "6, 1, 200000", "6, 2, 200000",
        "6, 0, 40", "9, 0, 1"})
    void inflatesWhatTheJdkDeflaterWrote(int level, int strategy, int size) throws Exception {
        byte[] data = mixed(size, level * 31L + strategy + size);
        byte[] z = deflate(data, level, strategy);
        byte[] out = new byte[data.length];
        assertEquals(data.length, ZlibDecoder.inflate(z, 0, z.length, out));
        assertArrayEquals(data, out);
    }

    @Test
    void inflatesAStreamInTheMiddleOfALargerArray() throws Exception {
        byte[] data = mixed(5000, 1);
        byte[] z = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        byte[] framed = new byte[z.length + 20];
        System.arraycopy(z, 0, framed, 7, z.length);
        byte[] out = new byte[data.length];
        assertEquals(data.length, ZlibDecoder.inflate(framed, 7, z.length, out));
        assertArrayEquals(data, out);
    }

    @Test
    void stopsWhenTheOutputIsFull() throws Exception {
        byte[] data = mixed(10000, 2);
        byte[] z = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        byte[] out = new byte[4000];
        assertEquals(4000, ZlibDecoder.inflate(z, 0, z.length, out));
        assertArrayEquals(Arrays.copyOf(data, 4000), out);
    }

    @Test
    void returnsAShortCountForEveryTruncationOfTheStream() throws Exception {
        byte[] data = mixed(3000, 3);
        for (int level : new int[] {0, 6}) {
            byte[] z = deflate(data, level, Deflater.DEFAULT_STRATEGY);
            for (int cut = 2; cut < z.length - 4; cut += 7) {
                byte[] out = new byte[data.length];
                int got = ZlibDecoder.inflate(z, 0, cut, out);
                assertTrue(got < data.length, "cut at " + cut + " of " + z.length);
                assertArrayEquals(Arrays.copyOf(data, got), Arrays.copyOf(out, got), "bytes before the cut");
            }
        }
    }

    @Test
    void damagedStreamsFailWithAnIoExceptionOrStopShortNeverWithAnotherError() {
        byte[] data = mixed(20000, 4);
        byte[] z = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        Random r = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] bad = z.clone();
            for (int k = 0; k < 1 + trial % 4; k++) {
                bad[2 + r.nextInt(bad.length - 2)] ^= (byte) (1 + r.nextInt(255));
            }
            try {
                ZlibDecoder.inflate(bad, 0, bad.length, new byte[data.length]);
            } catch (IOException expected) {
                // the usual outcome
            } catch (RuntimeException e) {
                fail("trial " + trial + ": " + e);
            }
        }
    }

    @Test
    void refusesDataThatIsNotZlib() {
        IOException e = assertThrows(IOException.class,
                () -> ZlibDecoder.inflate(new byte[] {1, 2, 3, 4}, 0, 4, new byte[10]));
        assertEquals("not a zlib stream", e.getMessage());
    }

    @Test
    void refusesAStreamThatNeedsAPresetDictionary() {
        Deflater d = new Deflater();
        d.setDictionary(new byte[] {1, 2, 3});
        d.setInput(new byte[] {1, 2, 3, 1, 2, 3});
        d.finish();
        byte[] z = new byte[100];
        int n = d.deflate(z);
        d.end();
        IOException e = assertThrows(IOException.class, () -> ZlibDecoder.inflate(z, 0, n, new byte[6]));
        assertEquals("zlib stream needs a preset dictionary", e.getMessage());
    }
}
