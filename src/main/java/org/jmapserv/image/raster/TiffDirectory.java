package org.jmapserv.image.raster;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;

/** One TIFF IFD as read by TwelveMonkeys' directory reader, with the typed look-ups block reads need. */
record TiffDirectory(Directory directory) {

    boolean has(int tag) {
        return directory.getEntryById(tag) != null;
    }

    int intOf(int tag, int dflt) {
        long v = longOf(tag, dflt);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }

    long longOf(int tag, long dflt) {
        long[] a = longsOf(tag);
        return a != null && a.length > 0 ? a[0] : dflt;
    }

    /** The tag's values (SHORT, LONG or LONG8 offsets and counts alike), or null when absent. */
    long[] longsOf(int tag) {
        Entry e = directory.getEntryById(tag);
        if (e == null) {
            return null;
        }
        Object v = e.getValue();
        if (v instanceof Number n) {
            return new long[] {n.longValue()};
        } else if (v instanceof long[] a) {
            return a.clone();
        } else if (v instanceof int[] a) {
            long[] o = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i] & 0xffffffffL;
            }
            return o;
        } else if (v instanceof short[] a) {
            long[] o = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = a[i] & 0xffff;
            }
            return o;
        }
        return null;
    }
}
