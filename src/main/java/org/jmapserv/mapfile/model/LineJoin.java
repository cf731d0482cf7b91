package org.jmapserv.mapfile.model;

/** STYLE LINEJOIN (MS_CJC_* in mapserver.h); MapServer's default is ROUND. */
public enum LineJoin { NONE, ROUND, MITER, BEVEL }
