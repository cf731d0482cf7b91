package org.jmapserv.mapfile.model;

/** SYMBOL TYPE values (mapsymbol.h); SIMPLE is the built-in default marker kind. */
public enum SymbolType { VECTOR, ELLIPSE, PIXMAP, SIMPLE, TRUETYPE, HATCH, SVG }
