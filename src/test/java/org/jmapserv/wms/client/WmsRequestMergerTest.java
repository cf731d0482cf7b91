package org.jmapserv.wms.client;

import static org.jmapserv.wms.client.WmsTestMaps.europeView;
import static org.jmapserv.wms.client.WmsTestMaps.map;
import static org.jmapserv.wms.client.WmsTestMaps.wmsLayer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.junit.jupiter.api.Test;

class WmsRequestMergerTest {

    private final GetMapRequestBuilder builder = GetMapRequestBuilder.withProj4j();

    private WmsRequestMerger.Candidate candidate(int index, LayerDef layer, Object httpKey) throws Exception {
        MapDef map = map("init=epsg:4326", Metadata.EMPTY, layer);
        WmsLayerSettings s = WmsLayerSettings.read(layer, map);
        return new WmsRequestMerger.Candidate(index, builder.build(s, layer, map.projection(), europeView())
                .orElseThrow(), s, httpKey);
    }

    private static LayerDef layer(String name, String... extra) {
        List<String> md = new ArrayList<>(List.of("wms_srs", "EPSG:4326", "wms_name", name, "wms_format",
                "image/png"));
        md.addAll(List.of(extra));
        return wmsLayer(name, "https://h/wms", md.toArray(String[]::new));
    }

    private static WmsRequestMerger.Candidate local(int index) {
        return new WmsRequestMerger.Candidate(index, null, null, null);
    }

    @Test
    void mergesAdjacentLayersOfTheSameServerIntoOneGetMap() throws Exception {
        List<WmsRequestMerger.Planned> plan = WmsRequestMerger.plan(List.of(candidate(0, layer("a"), "p"),
                candidate(1, layer("b"), "p")));
        assertEquals(1, plan.size());
        assertEquals("a,b", plan.get(0).request().param("LAYERS"));
        assertEquals(",", plan.get(0).request().param("STYLES"));
        assertEquals(List.of(0, 1), plan.get(0).layerIndexes());
    }

    @Test
    void doesNotMergeAcrossAVisibleLocalLayer() throws Exception {
        List<WmsRequestMerger.Planned> plan = WmsRequestMerger.plan(List.of(candidate(0, layer("a"), "p"), local(1),
                candidate(2, layer("b"), "p")));
        assertEquals(2, plan.size());
    }

    @Test
    void doesNotMergeLayersWithDifferentHttpSettings() throws Exception {
        List<WmsRequestMerger.Planned> plan = WmsRequestMerger.plan(List.of(candidate(0, layer("a"), "cookie=1"),
                candidate(1, layer("b"), "no-cookie")));
        assertEquals(2, plan.size());
    }

    @Test
    void forceSeparateRequestTrueWorksLikeOne() throws Exception {
        assertEquals(2, WmsRequestMerger.plan(List.of(candidate(0, layer("a", "wms_force_separate_request", "true"),
                "p"), candidate(1, layer("b"), "p"))).size());
        assertEquals(2, WmsRequestMerger.plan(List.of(candidate(0, layer("a"), "p"),
                candidate(1, layer("b", "wms_force_separate_request", "1"), "p"))).size());
    }

    @Test
    void doesNotMergeWhenAnyOtherParameterDiffers() throws Exception {
        assertEquals(2, WmsRequestMerger.plan(List.of(candidate(0, layer("a"), "p"),
                candidate(1, layer("b", "wms_transparent", "FALSE"), "p"))).size());
    }

    @Test
    void mergedRequestTakesTheLongestTimeout() throws Exception {
        List<WmsRequestMerger.Planned> plan = WmsRequestMerger.plan(List.of(
                candidate(0, layer("a", "wms_connectiontimeout", "5"), "p"),
                candidate(1, layer("b", "wms_connectiontimeout", "60"), "p")));
        assertEquals(60, plan.get(0).timeoutSeconds());
    }
}
