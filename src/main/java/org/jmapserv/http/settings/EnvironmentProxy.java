package org.jmapserv.http.settings;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jmapserv.http.AuthScheme;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.ProxySettings;
import org.jmapserv.http.ProxyType;
import org.jmapserv.http.Secret;

/**
 * curl's proxy environment: {@code https_proxy}/{@code HTTPS_PROXY} for https, {@code http_proxy}
 * (lower case only, as curl) for http, then {@code all_proxy}/{@code ALL_PROXY};
 * {@code no_proxy}/{@code NO_PROXY} ("*" or comma-separated host suffixes) disables them. Also
 * parses proxy URLs {@code [http|socks5]://[user:pwd@]host[:port]} (netCDF HTTP.PROXY.SERVER).
 */
public final class EnvironmentProxy {
    private EnvironmentProxy() {
    }

    public static Optional<ProxySettings> forTarget(URI target, Map<String, String> env) throws HttpFetchException {
        if (bypassed(target.getHost(), first(env, "no_proxy", "NO_PROXY"))) {
            return Optional.empty();
        }
        String value = "https".equalsIgnoreCase(target.getScheme())
                ? first(env, "https_proxy", "HTTPS_PROXY") : env.get("http_proxy");
        if (value == null || value.isBlank()) {
            value = first(env, "all_proxy", "ALL_PROXY");
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value, "proxy environment variable"));
    }

    /** Parses a proxy URL; a missing scheme means http, a missing port 1080 as curl. */
    public static ProxySettings parse(String url, String origin) throws HttpFetchException {
        String withScheme = url.contains("://") ? url : "http://" + url;
        URI u;
        try {
            u = URI.create(withScheme.trim());
        } catch (IllegalArgumentException e) {
            throw HttpFetchException.invalidSetting("invalid proxy URL in " + origin);
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        ProxyType type = switch (scheme) {
            case "http" -> ProxyType.HTTP;
            case "socks5", "socks5h" -> ProxyType.SOCKS5;
            default -> throw HttpFetchException.invalidSetting("unsupported proxy scheme '" + scheme + "' in " + origin);
        };
        if (u.getHost() == null) {
            throw HttpFetchException.invalidSetting("proxy URL in " + origin + " has no host");
        }
        String user = null;
        Secret pass = null;
        if (u.getRawUserInfo() != null) {
            String[] up = u.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(up[0], StandardCharsets.UTF_8);
            pass = Secret.of(up.length > 1 ? URLDecoder.decode(up[1], StandardCharsets.UTF_8) : "");
        }
        return new ProxySettings(type, u.getHost(), u.getPort() == -1 ? 1080 : u.getPort(), AuthScheme.BASIC, user, pass);
    }

    static boolean bypassed(String host, String noProxy) {
        if (noProxy == null || noProxy.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String raw : noProxy.split(",")) {
            String entry = raw.trim().toLowerCase(Locale.ROOT);
            if (entry.equals("*")) {
                return true;
            }
            String suffix = entry.startsWith(".") ? entry.substring(1) : entry;
            if (!suffix.isEmpty() && (h.equals(suffix) || h.endsWith("." + suffix))) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, String> env, String a, String b) {
        String v = env.get(a);
        return v != null ? v : env.get(b);
    }
}
