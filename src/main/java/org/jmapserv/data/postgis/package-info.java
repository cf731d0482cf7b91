/**
 * {@code CONNECTIONTYPE POSTGIS} (mappostgis.cpp): libpq-style CONNECTION resolution (service file, password file,
 * environment), DATA parsing, FILTER translation to SQL with bound parameters, pooled JDBC connections (PostgreSQL
 * JDBC + HikariCP), WKB read through JTS.
 *
 * <p>May import: {@code org.jmapserv.data}, {@code org.jmapserv.mapfile.model} (incl. {@code expr}), JTS, the
 * PostgreSQL driver and HikariCP.
 */
package org.jmapserv.data.postgis;
