package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AxisOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {4326, 4258, 4269, 4267, 3035, 31467, 31468, 2180, 3006, 4001, 11114})
    void latLonAndNorthingEastingCrsAreInverted(int code) {
        assertTrue(AxisOrder.isInverted(code), "EPSG:" + code);
    }

    @ParameterizedTest
    @ValueSource(ints = {3857, 25832, 2056, 27700, 28992, 32633, 900913, 0, -1, 40000, 2037, 4039})
    void eastingNorthingCrsAreNotInverted(int code) {
        assertFalse(AxisOrder.isInverted(code), "EPSG:" + code);
    }
}
