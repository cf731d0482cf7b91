package org.jmapserv.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jmapserv.mapfile.SourcePosition;
import org.jmapserv.mapfile.model.OutputFormatDef;
import org.jmapserv.mapfile.model.OutputFormatDef.ImageMode;
import org.junit.jupiter.api.Test;

class OutputFormatResolverTest {

    private static OutputFormatDef def(String name, String driver, String mime, ImageMode mode, Boolean transparent,
            String... options) {
        return new OutputFormatDef(name, driver, mime, null, mode, transparent, List.of(options),
                new SourcePosition("test.map", 12, 3));
    }

    private static OutputFormat only(OutputFormatDef d) {
        return new OutputFormatResolver(List.of(d)).select(d.name());
    }

    @Test
    void builtInPngIsOpaqueRgb() {
        OutputFormat png = new OutputFormatResolver(List.of()).select("png");
        assertEquals("AGG/PNG", png.driver());
        assertEquals("image/png", png.mimeType());
        assertEquals("png", png.extension());
        assertEquals(ImageMode.RGB, png.imageMode());
        assertFalse(png.transparent());
        assertEquals(OutputFormat.Kind.PNG, png.kind());
    }

    @Test
    void builtInPng8QuantizesTo256Colours() {
        OutputFormat png8 = new OutputFormatResolver(List.of()).select("image/png; mode=8bit");
        assertEquals("png8", png8.name());
        assertEquals(256, png8.intOption("QUANTIZE_COLORS", 0));
        assertEquals(OutputFormat.Kind.PNG8, png8.kind());
    }

    @Test
    void builtInsAreFoundByNameOrMimeCaseInsensitively() {
        OutputFormatResolver r = new OutputFormatResolver(List.of());
        assertEquals("jpeg", r.select("IMAGE/JPEG").name());
        assertEquals("jpg", r.select("JPEG").extension());
        assertEquals("png24", r.select("image/png; mode=24bit").name());
        assertEquals(OutputFormat.Kind.MIXED, r.select("jpegpng").kind());
    }

    @Test
    void mapFormatsAreSearchedByMimeTypeBeforeName() {
        OutputFormatDef named = def("image/png", "AGG/JPEG", "image/jpeg", null, null);
        OutputFormatDef byMime = def("mypng", "AGG/PNG", "image/png", null, null);
        OutputFormat found = new OutputFormatResolver(List.of(named, byMime)).select("IMAGE/PNG");
        assertEquals("mypng", found.name());
    }

    @Test
    void mapFormatsWinOverBuiltIns() {
        OutputFormat png = only(def("png", "AGG/PNG", null, ImageMode.RGBA, null));
        assertTrue(png.transparent());
    }

    @Test
    void defaultIsImagetypeElseFirstOutputFormatElsePng() {
        OutputFormatResolver r = new OutputFormatResolver(List.of(def("first", "AGG/JPEG", null, null, null),
                def("second", "AGG/PNG", null, null, null)));
        assertEquals("first", r.mapDefault(null).name());
        assertEquals("second", r.mapDefault("second").name());
        assertEquals("png", new OutputFormatResolver(List.of()).mapDefault(null).name());
    }

    @Test
    void unknownImagetypeGivesMapServersMessage() {
        OutputFormatException e = assertThrows(OutputFormatException.class,
                () -> new OutputFormatResolver(List.of()).select("webp"));
        assertEquals("Unable to select IMAGETYPE `webp'.", e.getMessage());
    }

    @Test
    void jpegIsForcedOpaqueAndRgb() {
        OutputFormat jpeg = only(def("j", "AGG/JPEG", null, ImageMode.RGBA, true));
        assertFalse(jpeg.transparent());
        assertEquals(ImageMode.RGB, jpeg.imageMode());
    }

    @Test
    void transparentOnWithRgbBecomesRgba() {
        OutputFormat f = only(def("t", "AGG/PNG", null, ImageMode.RGB, true));
        assertTrue(f.transparent());
        assertEquals(ImageMode.RGBA, f.imageMode());
    }

    @Test
    void rgbaImpliesTransparentUnlessTransparentOffIsSaid() {
        assertTrue(only(def("a", "AGG/PNG", null, ImageMode.RGBA, null)).transparent());
        OutputFormat off = only(def("b", "AGG/PNG", null, ImageMode.RGBA, false));
        assertFalse(off.transparent());
        assertEquals(ImageMode.RGBA, off.imageMode());
    }

    @Test
    void gdDriversBecomeAggPng8() {
        OutputFormat gif = only(def("gif", "GD/GIF", "image/gif", ImageMode.PC256, null));
        assertEquals("AGG/PNG8", gif.driver());
        assertEquals("image/gif", gif.mimeType());
        assertEquals(ImageMode.RGB, gif.imageMode());
        assertEquals(OutputFormat.Kind.PNG8, gif.kind());
    }

    @Test
    void blockOptionsComeFirstAndKeepUnsetPresets() {
        OutputFormat f = only(def("p8", "AGG/PNG8", null, null, null, "QUANTIZE_COLORS=16", "COMPRESSION=9"));
        assertEquals(16, f.intOption("QUANTIZE_COLORS", 0));
        assertTrue(f.flagOption("QUANTIZE_FORCE"));
        assertEquals(9, f.intOption("compression", 0));
    }

    @Test
    void unsupportedDriverNamesFormatAndPosition() {
        OutputFormatException e = assertThrows(OutputFormatException.class,
                () -> only(def("tiff", "GDAL/HFA", null, null, null)));
        assertTrue(e.getMessage().contains("'tiff'") && e.getMessage().contains("GDAL/HFA")
                && e.getMessage().contains("test.map:12:3"), e.getMessage());
    }

    @Test
    void builtInGTiffIsTheGdalGeoTiffDriver() {
        assertEquals(OutputFormat.Kind.GTIFF, new OutputFormatResolver(List.of()).select("GTiff").kind());
    }

    @Test
    void mixedNeedsBothSubFormats() {
        OutputFormatException e = assertThrows(OutputFormatException.class,
                () -> only(def("m", "AGG/MIXED", null, null, null, "OPAQUE_FORMAT=jpeg")));
        assertTrue(e.getMessage().contains("TRANSPARENT_FORMAT"), e.getMessage());
    }

    @Test
    void mixedPartsAreTheNamedFormats() {
        OutputFormatResolver r = new OutputFormatResolver(List.of());
        OutputFormat mixed = r.select("jpegpng8");
        assertEquals("jpeg", r.mixedPart(mixed, false).name());
        OutputFormat transparentPart = r.mixedPart(mixed, true);
        assertEquals("png8", transparentPart.name());
        assertTrue(transparentPart.transparent());
    }

    @Test
    void transparencyOverrideTurnsRgbIntoRgba() {
        OutputFormat png = new OutputFormatResolver(List.of()).select("png").withTransparent(true);
        assertTrue(png.transparent());
        assertEquals(ImageMode.RGBA, png.imageMode());
        assertFalse(new OutputFormatResolver(List.of()).select("jpeg").withTransparent(true).transparent());
    }

    @Test
    void nonNumericOptionIsAClearError() {
        OutputFormat f = only(def("p", "AGG/PNG", null, null, null, "COMPRESSION=high"));
        OutputFormatException e = assertThrows(OutputFormatException.class,
                () -> f.intOption("COMPRESSION", -1));
        assertTrue(e.getMessage().contains("COMPRESSION=high"));
    }
}
