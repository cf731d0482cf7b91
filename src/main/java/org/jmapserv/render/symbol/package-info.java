/**
 * SYMBOL lookup, sizes, pixmap loading and marker drawing. May import render.style, render.font, mapfile.model.
 */
package org.jmapserv.render.symbol;
