package org.jmapserv.cli;

/** The help text of map2img: MapServer's synopsis, then what each option does here. */
final class Map2ImgUsage {

    static final String TEXT = """
            Purpose: convert a mapfile to an image (MapServer 8 map2img, formerly shp2img)

            Syntax: map2img -m mapfile [-o image] [-e minx miny maxx maxy] [-s sizex sizey]
                           [-l "layer1 [layers2...]"] [-i format]
                           [-all_debug n] [-map_debug n] [-layer_debug layer n]
                           [-p n] [-c n] [-d layername datavalue] [-conf filename]
                   map2img -v

              -m mapfile      the mapfile to draw (required)
              -o image        output file; a relative path is relative to the MAPFILE's directory, as in
                              MapServer. Without -o the image is written to standard output
              -e minx miny maxx maxy
                              map extent to draw instead of the mapfile's EXTENT (negative numbers are fine)
              -s sizex sizey  image size in pixels instead of SIZE (MAXSIZE still applies)
              -l "a b"        draw only these layers (by NAME or GROUP, case-insensitive) plus STATUS DEFAULT
                              layers; an unknown name is an error
              -i format       OUTPUTFORMAT name or mime type (png, png8, png24, jpeg, or one of the map's own)
              -all_debug n    debug level n for the map and every layer (timings from 2 on)
              -map_debug n    debug level of the map: 1 names the output format, 2 prints per-layer timings
              -layer_debug layer n
                              debug level of one layer: 1 prints its HTTP requests (secrets masked) and timings
              -c n            draw n times (benchmarking): each time reloads the mapfile, fetches remote layers
                              again and rewrites the image
              -p n            pause n seconds after loading
              -d layer data   replace the DATA of the layer with that exact NAME
              -conf file      MapServer config file (default: $MAPSERVER_CONFIG_FILE); its ENV section supplies
                              settings such as CURL_CA_BUNDLE
              -v              print the version and exit
              -h, --help      this text

            Remote layers (CONNECTIONTYPE WMS) are fetched in parallel over HTTP(S) with TLS verification always on:
            trust comes from CURL_CA_BUNDLE (map CONFIG, config file ENV, or environment) or the Java trust store,
            or from a pinned key (wms_ssl_pinned_pubkey). A failing layer is skipped with a warning on stderr unless
            its METADATA says "wms_essential" "1". See docs/http-settings.md for every HTTP setting.

            Exit status: 0 when the image was written, 1 on any error (message on stderr).
            """;

    private Map2ImgUsage() {
    }
}
