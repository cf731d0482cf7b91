package org.jmapserv.query;

/** queryObj.type: MS_QUERY_BY_POINT, _RECT, _FILTER, _INDEX, _SHAPE. */
public enum QueryType { POINT, RECT, FILTER, INDEX, SHAPE }
