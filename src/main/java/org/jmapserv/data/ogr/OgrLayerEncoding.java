package org.jmapserv.data.ogr;

import java.util.List;

import org.jmapserv.data.AttributeRow;
import org.jmapserv.data.DataSourceException;
import org.jmapserv.data.Feature;
import org.jmapserv.data.FeatureCursor;
import org.jmapserv.data.FeatureSource;
import org.jmapserv.data.ForwardingFeatureSource;
import org.jmapserv.data.RawText;
import org.jmapserv.data.shapefile.DbfEncoding;
import org.locationtech.jts.geom.Envelope;

/**
 * LAYER ENCODING on an OGR layer, as msOGRGetValues applies it (msGetEncodedString on every string OGR returns):
 * the text OGR delivers — already UTF-8 from GeoJSON, GeoPackage, FlatGeobuf and from shapefiles whose .cpg names
 * a code page, the file's bytes from CSV and from shapefiles without one — is converted once more <em>from</em>
 * the ENCODING to UTF-8. So an ENCODING on a source OGR already decoded garbles it ({@code Zürich} in UTF-8 read
 * as ISO-8859-1 is {@code ZÃ¼rich}), exactly as MapServer 8.0 draws it. A value the charset cannot convert keeps
 * its bytes, as 8.0 keeps it when iconv fails.
 */
final class OgrLayerEncoding extends ForwardingFeatureSource {

    private final DbfEncoding encoding;

    private OgrLayerEncoding(FeatureSource base, DbfEncoding encoding) {
        super(base);
        this.encoding = encoding;
    }

    /** {@code base} with its text converted from {@code encoding}; {@code base} itself when there is none. */
    static FeatureSource wrap(FeatureSource base, String encoding, String layerName, java.nio.file.Path file) {
        if (encoding == null || encoding.isBlank()) {
            return base;
        }
        DbfEncoding enc;
        try {
            enc = DbfEncoding.of(encoding, file);
        } catch (DataSourceException e) {
            base.close();
            throw new DataSourceException("msGetEncodedString(): Unknown identifier. Encoding not supported by "
                    + "libiconv (" + encoding + ") in layer `" + layerName + "' (" + file + ")");
        }
        return enc.charset() == null ? base : new OgrLayerEncoding(base, enc);
    }

    private String convert(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        byte[] bytes = RawText.toBytes(v);
        return encoding.decode(bytes, 0, bytes.length);
    }

    @Override
    public FeatureCursor query(Envelope extent) {
        FeatureCursor c = base.query(extent);
        return new FeatureCursor() {
            @Override
            public Feature next() {
                Feature f = c.next();
                if (f == null) {
                    return null;
                }
                AttributeRow row = f.attributes();
                return new Feature(f.index(), f.shape(), new AttributeRow() {
                    @Override
                    public List<String> names() {
                        return row.names();
                    }

                    @Override
                    public String value(int index) {
                        return convert(row.value(index));
                    }

                    @Override
                    public String shapeText() {
                        return row.shapeText();
                    }
                });
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }
}
