package org.jmapserv.mapfile.model;

/** LABEL FORCE: OFF (collision checked), ON (always drawn) or GROUP (all labels of a class together or none). */
public enum Force { OFF, ON, GROUP }
