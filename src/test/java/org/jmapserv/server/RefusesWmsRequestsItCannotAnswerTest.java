package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What this port does not do yet is refused with a ServiceException that says so, never answered as if it had
 * been done; and no malformed request, however odd, gets anything but MapServer's 200 exception document.
 */
class RefusesWmsRequestsItCannotAnswerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SLD by URL without an HTTP client|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES="
                + "&SRS=EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&SLD=http://127.0.0.1:1/x.xml"
                + "|msSLDApplySLDURL: WMS server error. Could not open SLD http://127.0.0.1:1/x.xml",
        "RasterSymbolizer in SLD_BODY|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS="
                + "EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&SLD_BODY=%3CStyledLayerDescriptor%3E"
                + "%3CNamedLayer%3E%3CName%3Ecountries%3C/Name%3E%3CUserStyle%3E%3CFeatureTypeStyle%3E%3CRule%3E"
                + "%3CRasterSymbolizer/%3E%3C/Rule%3E%3C/FeatureTypeStyle%3E%3C/UserStyle%3E%3C/NamedLayer%3E"
                + "%3C/StyledLayerDescriptor%3E|msSLDApplySLD(): SLD error. RasterSymbolizer in Rule is not supported",
        "SE Interpolate in a RasterSymbolizer (8.0 rejects the SLD and draws without it)|sldraster.map|SERVICE=WMS"
                + "&VERSION=1.1.1&REQUEST=GetMap&LAYERS=dem&STYLES=&SRS=EPSG:32633&BBOX=400000,5000000,404000,5003000"
                + "&WIDTH=16&HEIGHT=12&FORMAT=image/png&SLD_BODY="
                + "%3CStyledLayerDescriptor%20version%3D%221.1.0%22%20xmlns%3D%22http%3A%2F%2Fwww.opengis.net"
                + "%2Fsld%22%20xmlns%3Ase%3D%22http%3A%2F%2Fwww.opengis.net%2Fse%22%3E%3CNamedLayer%3E%3Cse%3"
                + "AName%3Edem%3C%2Fse%3AName%3E%3CUserStyle%3E%3Cse%3AFeatureTypeStyle%3E%3Cse%3ARule%3E%3Cs"
                + "e%3ARasterSymbolizer%3E%3Cse%3AColorMap%3E%3Cse%3AInterpolate%3E%3Cse%3AInterpolationPoint"
                + "%3E%3Cse%3AData%3E1%3C%2Fse%3AData%3E%3Cse%3AValue%3E%23ff0000%3C%2Fse%3AValue%3E%3C%2Fse%"
                + "3AInterpolationPoint%3E%3C%2Fse%3AInterpolate%3E%3C%2Fse%3AColorMap%3E%3C%2Fse%3ARasterSym"
                + "bolizer%3E%3C%2Fse%3ARule%3E%3C%2Fse%3AFeatureTypeStyle%3E%3C%2FUserStyle%3E%3C%2FNamedLay"
                + "er%3E%3C%2FStyledLayerDescriptor%3E"
                + "|Interpolate in ColorMap is not supported by jmapserv",
        "DOCTYPE in SLD_BODY|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS="
                + "EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&SLD_BODY=%3C!DOCTYPE%20x%20%5B%3C!ENTITY"
                + "%20e%20SYSTEM%20%22file:///etc/passwd%22%3E%5D%3E%3CStyledLayerDescriptor%3E%26e;"
                + "%3C/StyledLayerDescriptor%3E|SLD_BODY is not well-formed XML",
        "pixel distance in a spatial vendor FILTER|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries"
                + "&STYLES=&SRS=EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&FILTER=%3CFilter%3E"
                + "%3CDWithin%3E%3CPropertyName%3EG%3C/PropertyName%3E%3Cgml:Point%3E%3Cgml:coordinates%3E12,42"
                + "%3C/gml:coordinates%3E%3C/gml:Point%3E%3CDistance%20units='px'%3E3%3C/Distance%3E%3C/DWithin%3E"
                + "%3C/Filter%3E|Invalid FILTER: ogc:Distance units=",
        "function in a vendor FILTER|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES="
                + "&SRS=EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&FILTER=%3CFilter%3E%3CFunction/%3E"
                + "%3C/Filter%3E|Invalid FILTER: the filter operator ogc:Function is not supported by jmapserv",
        "FILTER count differs from LAYERS|sld.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries,rivers"
                + "&STYLES=&SRS=EPSG:4326&BBOX=9,39,21,48&WIDTH=10&HEIGHT=10&FORMAT=image/png&FILTER=(%3CFilter/%3E)"
                + "|one filter must be specified for each requested layer",
        "RULE in a content-dependent legend (8.0 crashes)|legend.map|SERVICE=WMS&VERSION=1.1.1&REQUEST="
                + "GetLegendGraphic&LAYER=countries&FORMAT=image/png&BBOX=9,39,12,42&SRS=EPSG:4326&WIDTH=300&HEIGHT=300"
                + "&RULE=Kingdom|RULE together with BBOX",
        "GetStyles of a class EXPRESSION|getstyles.map|SERVICE=WMS&VERSION=1.1.1&REQUEST=GetStyles&LAYERS=classed"
                + "|jmapserv cannot export layer &#39;classed&#39; class &#39;Big&#39; as SLD because of its EXPRESSION"})
    void refusesWithAnException(String what, String map, String query, String text) {
        MapservResponse r = AnswersWmsRequestsLikeMapServer8Test.ask(map, query);
        assertEquals(200, r.status());
        assertTrue(r.bodyText().contains("<ServiceException") && r.bodyText().contains(text), r.bodyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=%00&STYLES=&SRS=EPSG:4326&BBOX=1,2,3,4&WIDTH=1&HEIGHT=1"
                + "&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:&BBOX=1,2,3,4&WIDTH=1&HEIGHT=1"
                + "&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=countries&STYLES=&CRS=EPSG:99999999&BBOX=1,2,3,4&WIDTH=1"
                + "&HEIGHT=1&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=1e999,2,3,4&WIDTH=1"
                + "&HEIGHT=1&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=NaN,2,3,4&WIDTH=1"
                + "&HEIGHT=1&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=1,2,3,4&WIDTH="
                + "99999999999999999999&HEIGHT=1&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=,,,&STYLES=,,,,,&SRS=EPSG:4326&BBOX=1,2,3,4&WIDTH=1"
                + "&HEIGHT=1&FORMAT=image/png",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=countries&STYLES=&SRS=EPSG:4326&BBOX=1,2,3,4&WIDTH=1"
                + "&HEIGHT=1&FORMAT=image/png&TIME=%25&ELEVATION=/&DIM_X=,,&BGCOLOR=zz",
        "SERVICE=WMS&VERSION=99.99.99&REQUEST=GetCapabilities",
        "SERVICE=WMS&VERSION=.&REQUEST=GetMap",
        "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities&UPDATESEQUENCE=%00",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=countries&FORMAT=image/png&RULE=&WIDTH=-5"
                + "&HEIGHT=99999999999&SCALE=abc",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=countries&FORMAT=image/png&SCALE=0",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=DescribeLayer",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetStyles",
        "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&EXCEPTIONS=INIMAGE&WIDTH=-1&HEIGHT=abc&FORMAT=image/bogus",
        "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&EXCEPTIONS=application/vnd.ogc.se_blank&FORMAT=image/jpeg"})
    void malformedRequestsGetAnExceptionNeverAnHttpError(String query) {
        MapservResponse r = AnswersWmsRequestsLikeMapServer8Test.ask("caps-full.map", query);
        assertEquals(200, r.status(), r.bodyText());
        String type = r.contentType();
        assertTrue(type.startsWith("image/") || r.bodyText().contains("ServiceException")
                || r.bodyText().contains("WMS_Capabilities") || r.bodyText().contains("WMT_MS_Capabilities")
                || r.bodyText().contains("DescribeLayerResponse"), type + "\n" + r.bodyText());
    }
}
