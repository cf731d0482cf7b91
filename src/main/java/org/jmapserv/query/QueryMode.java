package org.jmapserv.query;

/** MS_QUERY_SINGLE (the nearest match) or MS_QUERY_MULTIPLE (every match), queryObj.mode. */
public enum QueryMode { SINGLE, MULTIPLE }
