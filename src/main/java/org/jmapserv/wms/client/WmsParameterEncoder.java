package org.jmapserv.wms.client;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes GetMap values as msSetWMSParamString does: unreserved characters are
 * {@code A-Z a-z 0-9 ' ( ) * - . _ ! ~}, everything else (space included) becomes {@code %XX} in upper-case hex of
 * its UTF-8 bytes; a parameter may keep some extra characters literal (',' in LAYERS/STYLES/BBOX, '/' in FORMAT
 * before 1.3.0).
 */
final class WmsParameterEncoder {

    private WmsParameterEncoder() {
    }

    static String encode(String value, String keepLiteral) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c) || (c < 128 && keepLiteral.indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || "'()*-._!~".indexOf(c) >= 0;
    }
}
