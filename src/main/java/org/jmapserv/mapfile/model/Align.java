package org.jmapserv.mapfile.model;

/** LABEL ALIGN and SCALEBAR ALIGN values (DEFAULT: MapServer picks by position). */
public enum Align { DEFAULT, LEFT, CENTER, RIGHT }
