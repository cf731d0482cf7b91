#!/usr/bin/env bash
# Regenerates expected/<name>.txt from Debian's MapServer 8.0 CGI for every line of cases.txt (HTTP header
# stripped; for a failed template page, only the error page MapServer appends). Needs /usr/lib/cgi-bin/mapserv; CI does not run this, it compares against the committed files.
set -euo pipefail
mkdir -p /tmp/jmapserv-query-test /tmp/jmapserv-browse-test
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conf="$(mktemp)"; trap 'rm -f "$conf"' EXIT
printf 'CONFIG\n  ENV\n    MS_MAP_PATTERN "."\n  END\nEND\n' > "$conf"
mkdir -p "$here/expected"
grep -hv '^#' "$here/cases.txt" "$here/buffer-shapes.txt" | while IFS="|" read -r name mapfile qs; do
  [ -z "$name" ] && continue
  # run next to the mapfiles: a relative queryfile is read from there (8.0 reads it from its working directory)
  (cd "$here" && MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/$mapfile&$qs" \
    /usr/lib/cgi-bin/mapserv) \
    | sed '1,/^\r\{0,1\}$/d' | grep -v '^<!-- MapServer version' | sed "s#$here#@QUERYDIR@#g" > "$here/expected/$name.txt" || true
  # 8.0 streams a template page and appends its error page on failure; we answer the error page alone
  if grep -q '<HEAD><TITLE>MapServer Message' "$here/expected/$name.txt"; then
    awk '/^<HTML>$/{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$here/expected/$name.txt" > "$here/expected/$name.tmp"
    mv "$here/expected/$name.tmp" "$here/expected/$name.txt"
  fi
done
# .dbf text: bodies may hold bytes that are not UTF-8, so they are kept as raw .bin files
grep -v '^#' "$here/encoding-cases.txt" | while IFS="|" read -r name mapfile qs; do
  [ -z "$name" ] && continue
  (cd "$here" && MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/$mapfile&$qs" \
    /usr/lib/cgi-bin/mapserv) | sed '1,/^\r\{0,1\}$/d' | grep -av '^<!-- MapServer version' > "$here/expected/$name.bin" || true
done
grep -v '^#' "$here/images.txt" | while IFS="|" read -r name mapfile qs; do
  [ -z "$name" ] && continue
  MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/$mapfile&$qs" /usr/lib/cgi-bin/mapserv \
    | sed '1,/^\r\{0,1\}$/d' > "$here/expected/$name.png"
done
grep -v '^#' "$here/reference-browse.txt" | while IFS="|" read -r name mapfile qs; do
  [ -z "$name" ] && continue
  MAPSERVER_CONFIG_FILE="$conf" REQUEST_METHOD=GET QUERY_STRING="map=$here/$mapfile&$qs" /usr/lib/cgi-bin/mapserv > /dev/null
  cp "/tmp/jmapserv-browse-test/refmapref${qs##*id=}.png" "$here/expected/$name.png"
done
