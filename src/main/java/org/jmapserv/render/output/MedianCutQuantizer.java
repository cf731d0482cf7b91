package org.jmapserv.render.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces a colour histogram to at most N palette colours by median cut over the four RGBA channels, in the
 * spirit of the pngquant-derived quantizer of mapquantization.c (msQuantizeRasterBuffer): repeatedly split the
 * box with the widest channel range (weighted by the square root of its pixel count) at the pixel-weighted
 * median of that channel; each palette colour is the pixel-weighted mean of its box. No dithering, as in
 * MapServer. Deterministic for a given histogram.
 */
final class MedianCutQuantizer {

    private MedianCutQuantizer() {
    }

    /** Palette of at most {@code maxColors} colours for colours {@code colors} with pixel counts {@code counts}. */
    static int[] palette(int[] colors, int[] counts, int maxColors) {
        int n = colors.length;
        List<int[]> boxes = new ArrayList<>();
        boxes.add(new int[] {0, n});
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] c = colors.clone();
        int[] w = counts.clone();
        while (boxes.size() < maxColors) {
            int best = -1;
            double bestScore = 0;
            int bestChannel = 0;
            for (int b = 0; b < boxes.size(); b++) {
                int[] box = boxes.get(b);
                if (box[1] - box[0] < 2) {
                    continue;
                }
                int[] range = widest(c, box);
                double score = range[1] * Math.sqrt(weight(w, box));
                if (score > bestScore) {
                    bestScore = score;
                    best = b;
                    bestChannel = range[0];
                }
            }
            if (best < 0) {
                break;
            }
            int[] box = boxes.get(best);
            sortByChannel(c, w, box, bestChannel);
            int split = weightedMedian(w, box);
            boxes.set(best, new int[] {box[0], split});
            boxes.add(new int[] {split, box[1]});
        }
        int[] palette = new int[boxes.size()];
        for (int b = 0; b < boxes.size(); b++) {
            palette[b] = mean(c, w, boxes.get(b));
        }
        return palette;
    }

    private static int channel(int color, int ch) {
        return (color >>> (24 - 8 * ch)) & 0xFF;
    }

    /** {channel, range} of the channel with the largest value range in the box. */
    private static int[] widest(int[] c, int[] box) {
        int[] min = {255, 255, 255, 255};
        int[] max = {0, 0, 0, 0};
        for (int i = box[0]; i < box[1]; i++) {
            for (int ch = 0; ch < 4; ch++) {
                int v = channel(c[i], ch);
                min[ch] = Math.min(min[ch], v);
                max[ch] = Math.max(max[ch], v);
            }
        }
        int bestCh = 0;
        for (int ch = 1; ch < 4; ch++) {
            if (max[ch] - min[ch] > max[bestCh] - min[bestCh]) {
                bestCh = ch;
            }
        }
        return new int[] {bestCh, max[bestCh] - min[bestCh]};
    }

    private static long weight(int[] w, int[] box) {
        long sum = 0;
        for (int i = box[0]; i < box[1]; i++) {
            sum += w[i];
        }
        return sum;
    }

    /** Sorts the box's entries by the channel, ties by the whole colour, keeping weights alongside. */
    private static void sortByChannel(int[] c, int[] w, int[] box, int ch) {
        int from = box[0];
        int to = box[1];
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            long key = ((long) channel(c[i], ch) << 56) | ((c[i] & 0xFFFFFFFFL) << 24);
            keys[i - from] = key | (i - from);
        }
        Arrays.sort(keys);
        int[] cc = Arrays.copyOfRange(c, from, to);
        int[] ww = Arrays.copyOfRange(w, from, to);
        for (int i = 0; i < keys.length; i++) {
            int src = (int) (keys[i] & 0xFFFFFF);
            c[from + i] = cc[src];
            w[from + i] = ww[src];
        }
    }

    private static int weightedMedian(int[] w, int[] box) {
        long half = weight(w, box) / 2;
        long acc = 0;
        for (int i = box[0]; i < box[1] - 1; i++) {
            acc += w[i];
            if (acc >= half) {
                return i + 1;
            }
        }
        return box[1] - 1;
    }

    private static int mean(int[] c, int[] w, int[] box) {
        long total = 0;
        long[] sum = new long[4];
        for (int i = box[0]; i < box[1]; i++) {
            total += w[i];
            for (int ch = 0; ch < 4; ch++) {
                sum[ch] += (long) channel(c[i], ch) * w[i];
            }
        }
        int color = 0;
        for (int ch = 0; ch < 4; ch++) {
            color |= (int) ((sum[ch] + total / 2) / total) << (24 - 8 * ch);
        }
        return color;
    }
}
