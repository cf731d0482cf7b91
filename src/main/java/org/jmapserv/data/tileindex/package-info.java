/** Vector tile indexes (msTiledSHP*, mapshape.c): one layer drawn from many shapefiles listed in an index. */
package org.jmapserv.data.tileindex;
