package org.jmapserv.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jmapserv.mapfile.model.Color;
import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.LayerType;
import org.jmapserv.mapfile.model.Status;
import org.junit.jupiter.api.Test;

class LayerVisibilityTest {

    private static LayerDef layer(String name, String group, Status status) {
        LayerDef.Builder b = TestMaps.layer(name, LayerType.POLYGON, TestMaps.fill(Color.BLACK, Color.UNSET, 1));
        b.group = group;
        b.status = status;
        b.data = "x";
        return b.build();
    }

    @Test
    void layerListSwitchesListedNamesAndGroupsOnAndOthersOff() {
        LayerVisibility v = new LayerVisibility(List.of("ROADS", "water"));
        assertEquals(Status.ON, v.effectiveStatus(layer("roads", null, Status.OFF)));
        assertEquals(Status.ON, v.effectiveStatus(layer("lakes", "Water", Status.OFF)));
        assertEquals(Status.OFF, v.effectiveStatus(layer("cities", null, Status.ON)));
        assertEquals(Status.DEFAULT, v.effectiveStatus(layer("base", null, Status.DEFAULT)));
    }

    @Test
    void withoutALayerListStatusIsKept() {
        LayerVisibility v = new LayerVisibility(null);
        assertEquals(Status.OFF, v.effectiveStatus(layer("roads", null, Status.OFF)));
    }
}
