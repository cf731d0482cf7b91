package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spatial operator in an SLD Rule filter that cannot be read (no geometry, a DWithin without Distance, a GML
 * element that is not a geometry) is refused with an SLD exception naming it. MapServer 8.0 silently drops such
 * a filter and draws every feature with the rule's symbolizer (probed with SLD_BODY GetMaps); we refuse instead
 * of drawing a map that ignores what the user asked for.
 */
class RefusesMalformedSldSpatialFiltersTest {

    private static final String POINT = "<gml:Point><gml:coordinates>15,43</gml:coordinates></gml:Point>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no geometry|<ogc:Intersects><ogc:PropertyName>the_geom</ogc:PropertyName></ogc:Intersects>|ogc:Intersects needs a PropertyName and a GML geometry",
        "no distance|<ogc:DWithin><ogc:PropertyName>the_geom</ogc:PropertyName>" + POINT + "</ogc:DWithin>|ogc:DWithin needs an ogc:Distance",
        "not a geometry|<ogc:Within><ogc:PropertyName>the_geom</ogc:PropertyName><gml:Foo><gml:coordinates>1,2</gml:coordinates></gml:Foo></ogc:Within>|Foo",
    })
    void refusesWithAnSldException(String what, String filter, String cause) {
        String sld = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\""
                + " xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\"><NamedLayer>"
                + "<Name>cities</Name><UserStyle><FeatureTypeStyle><Rule><ogc:Filter>" + filter + "</ogc:Filter>"
                + "<PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName></Mark></Graphic>"
                + "</PointSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
        String body = URLEncoder.encode(sld, StandardCharsets.UTF_8);
        for (String query : new String[] {
            "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=cities&STYLES=&SRS=EPSG:4326&BBOX=9,39,19,47"
                    + "&WIDTH=200&HEIGHT=160&FORMAT=image/png&SLD_BODY=" + body,
            "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=cities&FORMAT=image/png&SLD_BODY=" + body}) {
            MapservResponse r = AnswersWmsRequestsLikeMapServer8Test.ask("sld.map", query);
            assertEquals(200, r.status(), what);
            String text = r.bodyText();
            assertTrue(r.contentType().contains("xml"), what + ": " + r.contentType());
            assertTrue(text.contains("msSLDApplySLD(): SLD error.") && text.contains(cause), what + ": " + text);
        }
    }
}
