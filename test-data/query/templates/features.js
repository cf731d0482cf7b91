<!-- MapServer Template -->
{"type":"FeatureCollection","features":[
[resultset layer=cities][feature trimlast=","]{"type":"Feature","id":[shpidx],"properties":{"name":"[item name=NAME escape=json]","pop":[POP]},"geometry":{"type":"Point","coordinates":[[shpxy precision=2 xf="," yf=""]]}},[/feature][/resultset]
]}
