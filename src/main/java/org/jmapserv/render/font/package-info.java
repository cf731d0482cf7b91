/**
 * FONTSET files and TrueType font loading/caching. May import java.base and java.desktop only.
 */
package org.jmapserv.render.font;
