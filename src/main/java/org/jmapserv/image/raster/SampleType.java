package org.jmapserv.image.raster;

/** A band's data type, as GDALDataType names it. */
public enum SampleType {
    BYTE, UINT16, INT16, UINT32, INT32, FLOAT32, FLOAT64;

    public boolean isByte() {
        return this == BYTE;
    }
}
