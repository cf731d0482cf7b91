package org.jmapserv.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EpsgCodesTest {

    @Test
    void initEpsgBecomesEpsgCode() {
        assertEquals(Optional.of("EPSG:3857"), EpsgCodes.fromArgs(List.of("init=epsg:3857")));
        assertEquals(Optional.of("EPSG:4326"), EpsgCodes.fromArgs(List.of("init=epsg:4326", "+epsgaxis=ne")));
    }

    @Test
    void authorityCodesAreKeptWithUpperCaseAuthority() {
        assertEquals(Optional.of("EPSG:2056"), EpsgCodes.fromArgs(List.of("EPSG:2056")));
        assertEquals(Optional.of("EPSG:2056"), EpsgCodes.fromArgs(List.of("epsg:2056")));
        assertEquals(Optional.of("ESRI:54009"), EpsgCodes.fromArgs(List.of("esri:54009")));
    }

    @Test
    void autoCodesAreKeptWhole() {
        assertEquals(Optional.of("AUTO:42001,9001,10,50"), EpsgCodes.fromArgs(List.of("AUTO:42001,9001,10,50")));
    }

    @Test
    void projParameterListsHaveNoCode() {
        assertEquals(Optional.empty(), EpsgCodes.fromArgs(List.of("proj=utm", "zone=33", "datum=WGS84")));
        assertEquals(Optional.empty(), EpsgCodes.fromArgs(List.of()));
        assertEquals(Optional.empty(), EpsgCodes.fromArgs(List.of("AUTO")));
    }

    @Test
    void initCrsBecomesCrsCode() {
        assertEquals(Optional.of("CRS:84"), EpsgCodes.fromArgs(List.of("init=crs:84")));
    }
}
