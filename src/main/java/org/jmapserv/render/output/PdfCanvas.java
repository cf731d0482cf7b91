package org.jmapserv.render.output;

import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The PDF surface of {@code DRIVER CAIRO/PDF} (cairo_pdf_surface_create_for_stream in msImageCreateCairo): one
 * page whose MediaBox is the map's pixel size in points, drawn through OpenPDF's PdfGraphics2D. Text reaches the
 * page as glyph outlines (the renderer fills them), so no font is embedded.
 */
final class PdfCanvas implements VectorCanvas {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document;
    private final Graphics2D g;

    PdfCanvas(int width, int height) {
        document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setCompressionLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        document.addProducer();
        document.open();
        PdfContentByte content = writer.getDirectContent();
        g = content.createGraphicsShapes(width, height);
        g.setRenderingHint(VectorCanvas.VECTOR_PAGE, Boolean.TRUE);
    }

    @Override
    public Graphics2D graphics() {
        return g;
    }

    @Override
    public byte[] finish() {
        g.dispose();
        document.close();
        return bytes.toByteArray();
    }
}
