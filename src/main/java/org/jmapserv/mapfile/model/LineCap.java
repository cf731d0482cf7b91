package org.jmapserv.mapfile.model;

/** STYLE LINECAP (MS_CJC_* in mapserver.h); MapServer's default is ROUND. */
public enum LineCap { BUTT, ROUND, SQUARE, TRIANGLE }
