package org.jmapserv.data.postgis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmapserv.mapfile.model.Metadata;
import org.locationtech.jts.geom.Envelope;

/**
 * The SELECT a PostGIS layer runs for one extent, shaped as msPostGISBuildSQL writes it:
 * {@code SELECT "item"::text,..., ST_AsBinary(("geom"),'NDR') as geom, "uid"::text FROM <source> WHERE <box> AND
 * (<filter>) AND (<NATIVE_FILTER>) [LIMIT maxfeatures]}. The box is the extent in the layer SRID: with
 * {@code using srid=N} it is {@code ST_Intersects("geom", box)}, else {@code "geom" && box} with the SRID from
 * {@code find_srid()}; a {@code !BOX!} in the source is replaced by the box and then no box test is added. The box
 * corners, the filter's literals and the find_srid() arguments are bound parameters, and so are BINDVALS where
 * the author's SQL says {@code $1}, {@code $2}, ... ({@link UserSql}).
 */
final class PostgisQuery {

    private static final Pattern BOX = Pattern.compile(Pattern.quote(PostgisData.BOX_TOKEN), Pattern.CASE_INSENSITIVE);

    private PostgisQuery() {
    }

    /** {@code select * from <source> where false limit 0}: the source's columns (msPostGISLayerGetItems). */
    static SqlFragment columns(PostgisData data, Metadata bindVals) {
        List<Object> params = new ArrayList<>();
        String from = from(data, new Envelope(0, 0, 0, 0), bindVals, params);
        return new SqlFragment("select * from " + from + " where false limit 0", params);
    }

    static SqlFragment select(PostgisData data, List<String> items, Envelope extent, SqlFragment filter,
                              String nativeFilter, Metadata bindVals, boolean force2d, int maxFeatures) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String item : items) {
            sql.append(PostgisFilterTranslator.column(item)).append("::text,");
        }
        String geom = PostgisFilterTranslator.column(data.geometryColumn());
        sql.append("ST_AsBinary(").append(force2d ? "ST_Force2D(" + geom + ")" : "(" + geom + ")")
                .append(",'NDR') as geom,").append(PostgisFilterTranslator.column(data.uniqueColumn()))
                .append("::text FROM ").append(from(data, extent, bindVals, params));
        List<String> where = new ArrayList<>();
        if (extent != null && !data.hasBoxToken()) {
            String box = box(data, extent, params);
            where.add(data.srid() != null ? "ST_Intersects(" + geom + ", " + box + ")" : geom + " && " + box);
        }
        if (filter != null) {
            where.add("(" + filter.sql() + ")");
            params.addAll(filter.params());
        }
        if (nativeFilter != null) {
            where.add("(" + UserSql.bind(nativeFilter, bindVals, params) + ")"); // the author's SQL, as MapServer
        }
        sql.append(" WHERE ").append(where.isEmpty() ? "true" : String.join(" AND ", where));
        if (maxFeatures >= 0) {
            sql.append(" LIMIT ").append(maxFeatures);
        }
        return new SqlFragment(sql.toString(), params);
    }

    private static String from(PostgisData data, Envelope extent, Metadata bindVals, List<Object> params) {
        if (!data.hasBoxToken()) {
            return UserSql.bind(data.fromSource(), bindVals, params);
        }
        Envelope e = extent != null ? extent : new Envelope(-1e300, 1e300, -1e300, 1e300);
        Matcher m = BOX.matcher(data.fromSource());
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(UserSql.bind(data.fromSource().substring(last, m.start()), bindVals, params));
            out.append(box(data, e, params));
            last = m.end();
        }
        out.append(UserSql.bind(data.fromSource().substring(last), bindVals, params));
        return out.toString();
    }

    private static String box(PostgisData data, Envelope e, List<Object> params) {
        params.add(e.getMinX());
        params.add(e.getMinY());
        params.add(e.getMaxX());
        params.add(e.getMaxY());
        String srid;
        if (data.srid() != null) {
            srid = Integer.toString(data.srid());
        } else {
            params.add(data.tableName());
            params.add(data.geometryColumn());
            srid = "find_srid('', ?, ?)";
        }
        return "ST_MakeEnvelope(?, ?, ?, ?, " + srid + ")";
    }
}
