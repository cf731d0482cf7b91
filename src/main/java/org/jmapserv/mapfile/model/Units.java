package org.jmapserv.mapfile.model;

/**
 * Map and layer UNITS / SIZEUNITS values (MS_UNITS in mapserver.h). {@link #inchesPerUnit()} mirrors the
 * inchesPerUnit table of mapscale.c that msCalculateScale uses; PIXELS and PERCENTAGES have no ground size.
 */
public enum Units {
    INCHES(1.0),
    FEET(12.0),
    MILES(63360.0),
    METERS(39.3701),
    KILOMETERS(39370.1),
    DD(4374754.0),
    PIXELS(1.0),
    PERCENTAGES(1.0),
    NAUTICALMILES(72913.3858);

    private final double inchesPerUnit;

    Units(double inchesPerUnit) {
        this.inchesPerUnit = inchesPerUnit;
    }

    public double inchesPerUnit() {
        return inchesPerUnit;
    }
}
