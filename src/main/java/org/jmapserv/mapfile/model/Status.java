package org.jmapserv.mapfile.model;

/** STATUS of a layer or block: DEFAULT layers are always drawn, ON layers can be switched off by a request. */
public enum Status { ON, OFF, DEFAULT, EMBED }
