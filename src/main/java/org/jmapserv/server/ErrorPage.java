package org.jmapserv.server;

/**
 * mapserv's HTML error page (msCGIWriteError / msWriteErrorXML, maperror.c), without the version comment so that
 * the build is not advertised (as with MS_NO_VERSION). The message is escaped as msEncodeHTMLEntities does (a quote
 * becomes &amp;#39;).
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static MapservResponse of(MapservException e) {
        String body = "<HTML>\n<HEAD><TITLE>MapServer Message</TITLE></HEAD>\n<BODY BGCOLOR=\"#FFFFFF\">\n"
                + org.jmapserv.query.template.Escaping.html(e.getMessage()) + "\n</BODY></HTML>\n";
        return MapservResponse.text(e.status(), "text/html", body);
    }
}
