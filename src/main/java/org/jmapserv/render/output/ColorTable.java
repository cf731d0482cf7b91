package org.jmapserv.render.output;

import java.util.Arrays;

/**
 * Open-addressing map from packed ARGB colour to a pixel count plus channel sums (so a bucket of
 * posterized colours still knows its true mean) and a user value (the palette index once assigned).
 */
final class ColorTable {

    private int[] keys;
    private boolean[] used;
    private int[] counts;
    private long[] sums;
    private int[] values;
    private int size;
    private int mask;

    ColorTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new int[cap];
        used = new boolean[cap];
        counts = new int[cap];
        sums = new long[cap * 4];
        values = new int[cap];
        Arrays.fill(values, -1);
        mask = cap - 1;
        size = 0;
    }

    int size() {
        return size;
    }

    /** Slot of {@code key}, inserting it if absent. */
    int slot(int key) {
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (size * 2 >= keys.length) {
            grow();
            return slot(key);
        }
        used[i] = true;
        keys[i] = key;
        size++;
        return i;
    }

    void add(int key, int exactColor) {
        int s = slot(key);
        counts[s]++;
        int b = s * 4;
        sums[b] += exactColor >>> 24;
        sums[b + 1] += (exactColor >> 16) & 0xFF;
        sums[b + 2] += (exactColor >> 8) & 0xFF;
        sums[b + 3] += exactColor & 0xFF;
    }

    int value(int slot) {
        return values[slot];
    }

    void setValue(int slot, int value) {
        values[slot] = value;
    }

    /** The occupied slots' keys, counts and mean colours, as parallel arrays. */
    Entries entries() {
        int[] k = new int[size];
        int[] c = new int[size];
        int[] mean = new int[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (used[i]) {
                k[n] = keys[i];
                c[n] = counts[i];
                mean[n] = meanColor(i);
                n++;
            }
        }
        return new Entries(k, c, mean);
    }

    record Entries(int[] keys, int[] counts, int[] means) {
    }

    private int meanColor(int s) {
        int n = Math.max(1, counts[s]);
        int b = s * 4;
        int a = (int) ((sums[b] + n / 2) / n);
        int r = (int) ((sums[b + 1] + n / 2) / n);
        int g = (int) ((sums[b + 2] + n / 2) / n);
        int bl = (int) ((sums[b + 3] + n / 2) / n);
        return (a << 24) | (r << 16) | (g << 8) | bl;
    }

    private void grow() {
        int[] oldKeys = keys;
        boolean[] oldUsed = used;
        int[] oldCounts = counts;
        long[] oldSums = sums;
        int[] oldValues = values;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                counts[s] = oldCounts[i];
                System.arraycopy(oldSums, i * 4, sums, s * 4, 4);
                values[s] = oldValues[i];
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B1;
        return h ^ (h >>> 15);
    }
}
