package org.jmapserv.mapfile.model;

/** How a LABEL ANGLE is chosen: a fixed number (NONE), or AUTO, AUTO2, FOLLOW along the line. */
public enum AngleMode { NONE, AUTO, AUTO2, FOLLOW }
