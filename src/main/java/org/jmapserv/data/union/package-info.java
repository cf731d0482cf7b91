/** CONNECTIONTYPE UNION (mapunion.c, RFC 68): one layer drawing the features of several source layers. */
package org.jmapserv.data.union;
