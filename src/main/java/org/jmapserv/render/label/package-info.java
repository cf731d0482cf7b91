/**
 * The label cache: label text, anchors, placement with MapServer's collision rules, and painting. May import render, render.style, render.symbol, render.font, data, mapfile.model, JTS.
 */
package org.jmapserv.render.label;
