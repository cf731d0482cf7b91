#!/usr/bin/python3
# Prints the clusters MapServer 8.0 (python3-mapscript) returns for layer "poi" of a mapfile, in msLayerNextShape
# order: a "frame" line (map extent after msDrawMap adjusted it, width, height) then one line per cluster:
# shapeindex x y Cluster_FeatureCount Cluster_Group Sum:ELEV Min:KIND
import sys
import mapscript

m = mapscript.mapObj(sys.argv[1])
m.draw()  # leaves map->extent as msDrawMap adjusts it
layer = m.getLayerByName("poi")
layer.open()
items = ["Cluster_FeatureCount", "Cluster_Group", "Sum:ELEV", "Min:KIND"]
layer.whichShapes(m.extent)
print("frame %.17g %.17g %.17g %.17g %d %d" % (m.extent.minx, m.extent.miny, m.extent.maxx, m.extent.maxy,
                                               m.width, m.height))
names = [layer.getItem(i) for i in range(layer.numitems)]
while True:
    s = layer.nextShape()
    if s is None:
        break
    p = s.get(0).get(0)
    vals = {names[i]: s.getValue(i) for i in range(s.numvalues)}
    print("%d %.17g %.17g %s" % (s.index, p.x, p.y, "\t".join(vals.get(k) or "-" for k in items)))
layer.close()
