package org.jmapserv.mapfile.model;

/** Anchor positions used by LABEL POSITION, LEGEND and SCALEBAR POSITION (MS_UL ... MS_AUTO). */
public enum Position { UL, UC, UR, CL, CC, CR, LL, LC, LR, AUTO }
