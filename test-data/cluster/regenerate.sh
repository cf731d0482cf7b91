#!/usr/bin/env bash
# Re-records MapServer 8.0's clusters for every *.map here into <name>.txt (needs Debian's python3-mapscript).
# The maps' LABEL TEXT names the items the dump prints, so msLayerWhichItems asks the cluster layer for them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for m in *.map; do
  /usr/bin/python3 dump-clusters.py "$m" > "${m%.map}.txt"
  echo "ok   ${m%.map}.txt ($(($(wc -l < "${m%.map}.txt") - 1)) clusters)"
done
