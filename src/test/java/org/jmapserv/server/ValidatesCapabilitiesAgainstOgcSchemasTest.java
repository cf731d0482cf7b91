package org.jmapserv.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Our GetCapabilities documents are valid against the OGC WMS 1.3.0 XSD (with the SLD capability extensions) and
 * the WMS 1.1.1 DTD bundled in test-data/schemas, resolved locally (no network). MapServer 8.0's own answers for
 * the same mapfiles are validated too, so a wrong schema cannot make the check pass.
 */
class ValidatesCapabilitiesAgainstOgcSchemasTest {

    private static final Path SCHEMAS = Path.of("test-data/schemas").toAbsolutePath();
    private static Schema wms130;

    @BeforeAll
    static void load() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        // MapServer's ms:GetStyles extension, as our GetSchemaExtension serves it, pointed at the local WMS schema
        String extension = AnswersWmsRequestsLikeMapServer8Test.ask("errors.map",
                "SERVICE=WMS&REQUEST=GetSchemaExtension&VERSION=1.3.0").bodyText()
                .replace("http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd",
                        SCHEMAS.resolve("wms/1.3.0/capabilities_1_3_0.xsd").toUri().toString());
        Path ext = Files.createTempFile("ms-schema-extension", ".xsd");
        Files.writeString(ext, extension);
        wms130 = f.newSchema(new StreamSource[] {
            new StreamSource(SCHEMAS.resolve("wms/1.3.0/capabilities_1_3_0.xsd").toFile()),
            new StreamSource(SCHEMAS.resolve("sld/1.1.0/sld_capabilities.xsd").toFile()),
            new StreamSource(ext.toFile())});
        Files.delete(ext);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"caps-full.map, 1.3.0", "caps-full.map, 1.1.1", "errors.map, 1.3.0", "errors.map, 1.1.1"})
    void capabilitiesAreValid(String map, String version) throws Exception {
        MapservResponse ours = AnswersWmsRequestsLikeMapServer8Test.ask(map,
                "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=" + version);
        String name = map.replace(".map", "").replace("errors", "err-caps-inimage").replace("caps-full",
                "caps-full-" + version.replace(".", ""));
        byte[] theirs = name.startsWith("err") && version.equals("1.3.0") ? null
                : Files.readAllBytes(AnswersWmsRequestsLikeMapServer8Test.WMS.resolve("expected/" + name + ".xml"));
        if (version.equals("1.3.0")) {
            assertEquals(List.of(), validateXsd(ours.body()), "ours");
            if (theirs != null) {
                assertEquals(List.of(), validateXsd(theirs), "MapServer's");
            }
        } else {
            assertEquals(List.of(), validateDtd(ours.body()), "ours");
            assertEquals(List.of(), validateDtd(theirs), "MapServer's");
        }
    }

    static List<String> validateXsd(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        Validator v = wms130.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.setErrorHandler(collect(errors));
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return errors;
    }

    static List<String> validateDtd(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            if (systemId != null && systemId.endsWith("/wms/1.1.1/WMS_MS_Capabilities.dtd")) {
                return new InputSource(SCHEMAS.resolve("wms/1.1.1/WMS_MS_Capabilities.dtd").toUri().toString());
            }
            return new InputSource(new StringReader(""));
        });
        b.setErrorHandler(collect(errors));
        b.parse(new ByteArrayInputStream(xml));
        return errors;
    }

    private static ErrorHandler collect(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }
}
