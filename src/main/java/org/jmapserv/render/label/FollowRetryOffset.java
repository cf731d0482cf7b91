package org.jmapserv.render.label;

/**
 * Where msLineLabelPath tries a follow label next after a glyph turned by more than MAXOVERLAPANGLE, as
 * compute_retry_offset (mapprimitive.c): the text slides so the bend falls into a space between words before or
 * after the failing glyph, or just past the text's start or end when there is no space, whichever is the smaller
 * move within the allowed distance either way, and farther than the move already tried. Positive moves the text
 * back towards the line's start, negative forward; 0 means nothing is left to try.
 */
final class FollowRetryOffset {

    private FollowRetryOffset() {
    }

    static double next(double[] advance, boolean[] spaces, int fail, double retried, double maxDec, double maxInc) {
        int n = advance.length;
        retried = Math.abs(retried);
        boolean decFound = false;
        double dec = 0;
        int step = 1;
        do {
            if (fail - step - 1 >= 0) {
                dec += advance[fail - step];
                if (dec > maxDec) {
                    break;
                }
                if (dec > retried && spaces[fail - step - 1]) {
                    decFound = true;
                    dec += advance[fail - step - 1] / 2;
                    break;
                }
            }
            step++;
        } while (dec < maxDec && fail - step > 0);
        if (!decFound) {
            dec += advance[0];
            decFound = dec > retried && dec < maxDec;
        }
        boolean incFound = false;
        double inc = advance[fail];
        step = 1;
        do {
            if (fail + step < n - 1) {
                if (inc > retried && spaces[fail + step]) {
                    inc += advance[fail + step] / 2;
                    incFound = inc < maxInc;
                    break;
                }
                inc += advance[fail + step];
            }
            step++;
        } while (inc < maxInc && fail + step < n - 1);
        if (!incFound) {
            inc += advance[n - 1];
            incFound = inc > retried && inc < maxInc;
        }
        if (incFound && decFound) {
            return inc < dec ? -inc : dec;
        }
        return incFound ? -inc : decFound ? dec : 0;
    }
}
