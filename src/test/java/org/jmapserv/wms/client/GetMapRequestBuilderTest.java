package org.jmapserv.wms.client;

import static org.jmapserv.wms.client.WmsTestMaps.europeView;
import static org.jmapserv.wms.client.WmsTestMaps.map;
import static org.jmapserv.wms.client.WmsTestMaps.metadata;
import static org.jmapserv.wms.client.WmsTestMaps.wmsLayer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmapserv.mapfile.model.LayerDef;
import org.jmapserv.mapfile.model.MapDef;
import org.jmapserv.mapfile.model.Metadata;
import org.jmapserv.ows.OwsMetadata;
import org.junit.jupiter.api.Test;

/**
 * GetMap URLs compared byte for byte with what Debian's MapServer 8.0.0 map2img sent to a loopback server for the
 * same layers (EXTENT -10 40 10 55, SIZE 400 300, map PROJECTION "init=epsg:4326").
 */
class GetMapRequestBuilderTest {

    private final GetMapRequestBuilder builder = GetMapRequestBuilder.withProj4j();

    private String url(LayerDef layer) throws WmsLayerException {
        MapDef map = map("init=epsg:4326", Metadata.EMPTY, layer);
        return builder.build(WmsLayerSettings.read(layer, map), layer, map.projection(), europeView()).orElseThrow()
                .url();
    }

    @Test
    void buildsWms111UrlExactlyAsMapServerAndKeepsConnectionVendorParameters() throws Exception {
        LayerDef layer = wmsLayer("a", "http://127.0.0.1:8099/wms?map=/x.map&",
                "wms_srs", "EPSG:4326 EPSG:3857", "wms_name", "roads,rails", "wms_server_version", "1.1.1",
                "wms_format", "image/png");
        assertEquals("http://127.0.0.1:8099/wms?map=/x.map&LAYERS=roads,rails&REQUEST=GetMap&SERVICE=WMS"
                + "&FORMAT=image/png&STYLES=&HEIGHT=300&VERSION=1.1.1&SRS=EPSG:4326&WIDTH=400"
                + "&BBOX=-10.0334448160535,39.9749163879599,10.0334448160535,55.0250836120401&TRANSPARENT=TRUE"
                + "&EXCEPTIONS=application/vnd.ogc.se_inimage", url(layer));
    }

    @Test
    void buildsWms130UrlWithFlippedAxesEncodedFormatTimeAndBgcolor() throws Exception {
        LayerDef layer = wmsLayer("b", "http://127.0.0.1:8099/wms13",
                "wms_srs", "EPSG:4326", "wms_name", "x y", "wms_server_version", "1.3.0",
                "wms_format", "image/png; mode=8bit", "wms_style", "def", "wms_time", "2020-01-01/2020-02-01",
                "wms_bgcolor", "0xFFFFFF");
        assertEquals("http://127.0.0.1:8099/wms13?LAYERS=x%20y&REQUEST=GetMap&SERVICE=WMS"
                + "&FORMAT=image%2Fpng%3B%20mode%3D8bit&STYLES=def&HEIGHT=300&CRS=EPSG:4326&VERSION=1.3.0"
                + "&BGCOLOR=0xFFFFFF&WIDTH=400"
                + "&BBOX=39.9749163879599,-10.0334448160535,55.0250836120401,10.0334448160535&TRANSPARENT=TRUE"
                + "&TIME=2020-01-01%2F2020-02-01&EXCEPTIONS=INIMAGE", url(layer));
    }

    @Test
    void buildsWms100UrlInTheServersSrsWithReprojectedBbox() throws Exception {
        LayerDef layer = wmsLayer("c", "http://127.0.0.1:8099/wms3857",
                "wms_srs", "EPSG:3857", "wms_name", "m", "wms_server_version", "1.0.0", "wms_format", "image/jpeg");
        String url = url(layer);
        assertTrue(url.startsWith("http://127.0.0.1:8099/wms3857?LAYERS=m&REQUEST=map&WMTVER=1.0.0&SERVICE=WMS"
                + "&FORMAT=image/jpeg&STYLES=&HEIGHT=300&SRS=EPSG:3857&WIDTH=400&BBOX="), url);
        String[] bbox = url.replaceAll(".*BBOX=([^&]*).*", "$1").split(",");
        double[] mapserver = {-1116917.96782549, 4862297.8665928, 1116917.96782549, 7366735.85335225};
        for (int i = 0; i < 4; i++) {
            assertEquals(mapserver[i], Double.parseDouble(bbox[i]), 0.01, "BBOX value " + i);
        }
        assertTrue(url.endsWith("&TRANSPARENT=TRUE&EXCEPTIONS=INIMAGE"), url);
    }

    @Test
    void omitsExceptionsForEssentialLayersSoTheServerAnswersInXml() throws Exception {
        LayerDef layer = wmsLayer("e", "https://h/wms", "wms_srs", "EPSG:4326", "wms_name", "n",
                "wms_format", "image/png", "wms_essential", "1");
        assertFalse(url(layer).contains("EXCEPTIONS"));
    }

    @Test
    void replacesOwnParametersFoundInTheConnectionInsteadOfDuplicatingThem() throws Exception {
        LayerDef layer = wmsLayer("d", "https://h/wms?BBOX=1,2,3,4&apikey=k&width=9", "wms_srs", "EPSG:4326",
                "wms_name", "n", "wms_format", "image/png");
        String url = url(layer);
        assertTrue(url.startsWith("https://h/wms?apikey=k&LAYERS=n"), url);
        assertEquals(1, url.split("BBOX=").length - 1);
        assertFalse(url.contains("width=9"));
    }

    @Test
    void fallsBackToTheFirstListedSrsWhenTheMapsIsNotListed() throws Exception {
        LayerDef layer = wmsLayer("f", "https://h/wms", "wms_srs", "EPSG:3857 EPSG:4258", "wms_name", "n",
                "wms_format", "image/png");
        assertTrue(url(layer).contains("&SRS=EPSG:3857&"));
    }

    @Test
    void picksThePngOrJpegEntryOfFormatListWhenNoFormatIsGiven() throws Exception {
        LayerDef layer = wmsLayer("g", "https://h/wms", "wms_srs", "EPSG:4326", "wms_name", "n",
                "wms_formatlist", "image/gif,image/jpeg,image/png");
        assertTrue(url(layer).contains("&FORMAT=image/jpeg&"));
    }

    @Test
    void refusesALayerWithoutEpsgOrAutoCode() {
        LayerDef layer = wmsLayer("h", "https://h/wms", "wms_srs", "CRS:84", "wms_name", "n", "wms_format", "png");
        WmsLayerException e = assertThrows(WmsLayerException.class, () -> url(layer));
        assertTrue(e.getMessage().startsWith("WMS layer 'h': Layer must have an EPSG or AUTO projection code"),
                e.getMessage());
    }

    @Test
    void refusesAnUnsupportedVersion() {
        LayerDef layer = wmsLayer("i", "https://h/wms", "wms_srs", "EPSG:4326", "wms_name", "n", "wms_format",
                "png", "wms_server_version", "2.0.0");
        WmsLayerException e = assertThrows(WmsLayerException.class, () -> url(layer));
        assertTrue(e.getMessage().contains("MapServer supports only WMS 1.0.0 to 1.3.0"), e.getMessage());
    }

    @Test
    void sendsNoRequestWhenTheViewMissesTheLatLonBoundingBox() throws Exception {
        LayerDef layer = wmsLayer("j", "https://h/wms", "wms_srs", "EPSG:4326", "wms_name", "n", "wms_format",
                "png", "wms_latlonboundingbox", "100 -10 120 10");
        MapDef map = map("init=epsg:4326", Metadata.EMPTY, layer);
        assertTrue(builder.build(WmsLayerSettings.read(layer, map), layer, map.projection(), europeView()).isEmpty());
    }

    @Test
    void fullUrlModeKeepsTheConnectionAndAppendsOnlyTheViewParameters() throws Exception {
        LayerDef layer = wmsLayer("k", "https://h/wms?VERSION=1.1.1&LAYERS=a&FORMAT=image/png&STYLES=&SRS=EPSG:1",
                "wms_srs", "EPSG:4326");
        String url = url(layer);
        assertTrue(url.startsWith("https://h/wms?VERSION=1.1.1&LAYERS=a&FORMAT=image/png&STYLES=&REQUEST=GetMap"),
                url);
        assertFalse(url.contains("EPSG:1"));
    }

    @Test
    void sendsDimensionsAsDimParametersAndElevationByName() throws Exception {
        LayerDef layer = wmsLayer("dims", "https://h/wms", "wms_srs", "EPSG:4326", "wms_name", "n", "wms_format",
                "image/png", "wms_dimension_elevation", "500", "wms_dimension_run", "2020-01-01T00:00Z",
                "wms_time", "2021", "wms_dimension_time", "ignored");
        String url = url(layer);
        assertTrue(url.contains("&ELEVATION=500"), url);
        assertTrue(url.contains("DIM_RUN=2020-01-01T00%3A00Z"), url);
        assertTrue(url.contains("TIME=2021") && !url.contains("ignored"), url);
    }

    @Test
    void completesAnAutoCodeWithTheViewCentreAndSendsAProjectedBbox() throws Exception {
        LayerDef layer = wmsLayer("auto", "https://h/wms", "wms_srs", "AUTO:42001", "wms_name", "n", "wms_format",
                "image/png");
        String url = url(layer);
        assertTrue(url.contains("&SRS=AUTO:42001,9001,0,47.5&"), url);
        String[] bbox = url.replaceAll(".*BBOX=([^&]*).*", "$1").split(",");
        assertTrue(Math.abs(Double.parseDouble(bbox[0])) > 100_000, "metres of the auto UTM zone: " + url);
    }

    @Test
    void stringifiesBboxValuesLikeCPrintfG15() {
        assertEquals("-10.0334448160535", CNumberFormat.g15(-10.033444816053512));
        assertEquals("0", CNumberFormat.g15(0.0));
        assertEquals("1e-05", CNumberFormat.g15(0.00001));
        assertEquals("1e+20", CNumberFormat.g15(1e20));
        assertEquals("4862297.8665928", CNumberFormat.g15(4862297.866592800));
    }

    @Test
    void usesMapServersHashBucketsForParameterOrder() {
        assertTrue(GetMapRequest.bucket("LAYERS") < GetMapRequest.bucket("REQUEST"));
        assertEquals(GetMapRequest.bucket("CRS"), GetMapRequest.bucket("VERSION"));
        assertEquals(39, GetMapRequest.bucket("EXCEPTIONS"));
    }

    @Test
    void metadataLookupFallsBackFromWmsToOws() {
        Metadata md = metadata("ows_name", "fromOws", "WMS_FORMAT", "image/png");
        assertEquals("fromOws", OwsMetadata.lookup(md, "name"));
        assertEquals("image/png", OwsMetadata.lookup(md, "format"));
    }
}
