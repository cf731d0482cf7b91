package org.jmapserv.http.settings;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jmapserv.http.AuthScheme;
import org.jmapserv.http.AuthSettings;
import org.jmapserv.http.ClientCertificate;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.ProxySettings;
import org.jmapserv.http.ProxyType;
import org.jmapserv.http.Secret;
import org.jmapserv.http.Timeouts;
import org.jmapserv.http.TrustSettings;
import org.jmapserv.http.tls.CertificatePins;

/**
 * Builds the {@link HttpProfile} of one request to one URI, never process-wide. For every
 * setting the first source that has it wins:
 * <ol>
 * <li>the map side, one ordered {@link SettingsLookup}: layer METADATA, map WEB METADATA, map
 * CONFIG, config-file ENV (the WMS code merges these, wms_ before ows_);</li>
 * <li>the rc file found by {@link RcFileLocator} ($NCRCENV_RC, $DAPRCFILE, ./.ncrc, ./.daprc,
 * ./.dodsrc, then the same three names in $NCRCENV_HOME or $HOME), entries for the target's [host:port], then [host], then unprefixed;</li>
 * <li>for credentials only: the .netrc named by HTTP.NETRC, else ./.netrc, else $HOME/.netrc;</li>
 * <li>the (injected) environment: CURL_CA_BUNDLE, SSL_CERT_FILE, SSL_CERT_DIR,
 * MS_ENCRYPTION_KEY, https_proxy / http_proxy / all_proxy with no_proxy.</li>
 * </ol>
 * HTTP.SSL.VALIDATE=0 and HTTP.SSL.VERIFYPEER=0 are refused: we never weaken TLS, pin the server
 * instead. HTTP.COOKIEJAR is ignored with a warning (no cookie engine, as MapServer). Passwords
 * may hold msencrypt {@code {HEX}} tokens. docs/http-settings.md lists every key.
 */
public final class HttpProfileResolver {
    private final Map<String, String> env;
    private final Path cwd;
    private final Path home;
    private final Consumer<String> warnings;

    /**
     * @param env the environment to use (System.getenv() in production, a map in tests)
     * @param cwd working directory searched for .ncrc/.daprc/.dodsrc/.netrc, or null to skip it
     * @param home home directory used when env has no HOME, or null
     * @param warnings receives notes about ignored settings
     */
    public HttpProfileResolver(Map<String, String> env, Path cwd, Path home, Consumer<String> warnings) {
        this.env = Map.copyOf(env);
        this.cwd = cwd;
        this.home = home;
        this.warnings = warnings == null ? w -> { } : warnings;
    }

    /** The process environment and working directory. */
    public static HttpProfileResolver fromSystem(Consumer<String> warnings) {
        return new HttpProfileResolver(System.getenv(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home")), warnings);
    }

    /** The profile for a request to {@code target}; bad settings give INVALID_SETTING naming the key. */
    public HttpProfile resolve(URI target, SettingsLookup map) throws HttpFetchException {
        try {
            return resolveChecked(target, map);
        } catch (IllegalArgumentException e) {
            throw HttpFetchException.invalidSetting(e.getMessage());
        }
    }

    private HttpProfile resolveChecked(URI target, SettingsLookup map) throws HttpFetchException {
        Sources s = new Sources(map, rcFile(), target);
        refuseWeakenedTls(s);
        HttpProfile p = HttpProfile.defaults()
                .withTrust(trust(s))
                .withClientCertificate(clientCertificate(s))
                .withAuth(auth(s, target))
                .withProxy(proxy(s, target))
                .withTimeouts(timeouts(s));
        Optional<String> ua = s.map(HttpSetting.USER_AGENT).or(() -> s.rc("HTTP.USERAGENT"));
        if (ua.isPresent()) {
            p = p.withUserAgent(ua.get());
        }
        Optional<String> max = s.map(HttpSetting.MAX_BYTES);
        if (max.isPresent()) {
            p = p.withMaxResponseBytes(positiveLong(max.get(), "max_bytes"));
        }
        Optional<String> deflate = s.rc("HTTP.DEFLATE");
        if (deflate.isPresent()) {
            p = p.withCompression(!deflate.get().equals("0"));
        }
        if (s.rc("HTTP.COOKIEJAR").or(() -> s.rc("HTTP.COOKIE_JAR")).or(() -> s.rc("HTTP.COOKIEFILE")).isPresent()) {
            warnings.accept("HTTP.COOKIEJAR in " + s.rc.source() + " is ignored: jmapserv keeps no cookie jar (as MapServer)");
        }
        Optional<String> cookie = s.map(HttpSetting.HTTP_COOKIE);
        return cookie.isPresent() ? p.withCookieHeader(Secret.of(cookie.get())) : p;
    }

    /** The sources of one resolution, in precedence order. */
    private final class Sources {
        final SettingsLookup map;
        final RcFile rc;
        final URI target;
        final int port;

        Sources(SettingsLookup map, RcFile rc, URI target) {
            this.map = map;
            this.rc = rc;
            this.target = target;
            this.port = target.getPort() != -1 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        }

        Optional<String> map(HttpSetting s) {
            return map.get(s).map(String::trim).filter(v -> !v.isEmpty());
        }

        Optional<String> rc(String key) {
            return rc.get(key, target.getHost(), port).filter(v -> !v.isEmpty());
        }

        Optional<String> env(String name) {
            return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
        }
    }

    private RcFile rcFile() throws HttpFetchException {
        Optional<Path> p = RcFileLocator.locate(env, cwd, home);
        if (p.isEmpty()) {
            return RcFile.empty();
        }
        if (!Files.isRegularFile(p.get())) {
            throw HttpFetchException.invalidSetting("rc file " + p.get() + " (DAPRCFILE) does not exist");
        }
        return RcFile.read(p.get());
    }

    private static void refuseWeakenedTls(Sources s) throws HttpFetchException {
        for (String key : List.of("HTTP.SSL.VALIDATE", "HTTP.SSL.VERIFYPEER", "HTTP.SSL.VERIFYHOST")) {
            Optional<String> v = s.rc(key);
            if (v.isPresent() && v.get().equals("0")) {
                throw HttpFetchException.invalidSetting(key + "=0 in " + s.rc.source() + " would turn off certificate"
                        + " verification, which jmapserv never does; to trust a self-signed server, pin it with"
                        + " wms_ssl_pinned_pubkey \"sha256//...\" or wms_ssl_cert_fingerprint, or add its certificate to a CA bundle");
            }
        }
    }

    private TrustSettings trust(Sources s) throws HttpFetchException {
        Optional<String> bundle = s.map(HttpSetting.SSL_CA_BUNDLE).or(() -> s.map(HttpSetting.CURL_CA_BUNDLE))
                .or(() -> s.rc("HTTP.SSL.CAINFO")).or(() -> s.rc("HTTP.SSL.CAPATH"))
                .or(() -> s.env("CURL_CA_BUNDLE")).or(() -> s.env("SSL_CERT_FILE")).or(() -> s.env("SSL_CERT_DIR"));
        List<String> pins = split(s.map(HttpSetting.SSL_PINNED_PUBKEY), ";");
        for (String pin : pins) {
            if (!CertificatePins.isWellFormedPublicKeyPin(pin)) {
                throw HttpFetchException.invalidSetting("wms_ssl_pinned_pubkey value '" + pin
                        + "' is not of the form sha256//BASE64 (44 characters of base64)");
            }
        }
        List<String> fps = split(s.map(HttpSetting.SSL_CERT_FINGERPRINT), "[;,\\s]+");
        for (String fp : fps) {
            if (!CertificatePins.isWellFormedFingerprint(fp)) {
                throw HttpFetchException.invalidSetting("wms_ssl_cert_fingerprint value '" + fp
                        + "' is not a SHA-256 fingerprint (64 hex digits, colons allowed)");
            }
        }
        return new TrustSettings(bundle.map(Path::of).orElse(null), pins, fps);
    }

    private ClientCertificate clientCertificate(Sources s) throws HttpFetchException {
        Optional<String> cert = s.map(HttpSetting.SSL_CLIENT_CERT).or(() -> s.rc("HTTP.SSL.CERTIFICATE"));
        if (cert.isEmpty()) {
            return null;
        }
        Optional<String> key = s.map(HttpSetting.SSL_CLIENT_KEY).or(() -> s.rc("HTTP.SSL.KEY"));
        Optional<String> pw = s.map(HttpSetting.SSL_CLIENT_KEY_PASSWORD).or(() -> s.rc("HTTP.SSL.KEYPASSWORD"));
        Path keyPath = key.filter(k -> !k.equals(cert.get())).map(Path::of).orElse(null);
        return new ClientCertificate(Path.of(cert.get()), keyPath, pw.isPresent() ? decrypt(pw.get(), s) : null);
    }

    private AuthSettings auth(Sources s, URI target) throws HttpFetchException {
        AuthScheme scheme = scheme(s.map(HttpSetting.AUTH_TYPE), "auth_type");
        Optional<String> user = s.map(HttpSetting.AUTH_USERNAME);
        Optional<String> pass = s.map(HttpSetting.AUTH_PASSWORD);
        if (user.isPresent() && pass.isPresent()) {
            return new AuthSettings(scheme, user.get(), decrypt(pass.get(), s));
        }
        Optional<String> rcUser = s.rc("HTTP.CREDENTIALS.USERNAME");
        Optional<String> rcPass = s.rc("HTTP.CREDENTIALS.PASSWORD");
        if (rcUser.isPresent() && rcPass.isPresent()) {
            return new AuthSettings(scheme, rcUser.get(), Secret.of(rcPass.get()));
        }
        Optional<String> userPass = s.rc("HTTP.CREDENTIALS.USERPASSWORD");
        if (userPass.isPresent()) {
            String[] up = userPass.get().split(":", 2);
            return new AuthSettings(scheme, URLDecoder.decode(up[0], StandardCharsets.UTF_8),
                    Secret.of(up.length > 1 ? URLDecoder.decode(up[1], StandardCharsets.UTF_8) : ""));
        }
        Optional<Path> netrc = netrcFile(s);
        if (netrc.isPresent()) {
            Optional<Netrc.Login> login = Netrc.read(netrc.get()).forHost(target.getHost());
            if (login.isPresent()) {
                return new AuthSettings(scheme, login.get().login(), login.get().password());
            }
        }
        return null;
    }

    private Optional<Path> netrcFile(Sources s) {
        Optional<String> named = s.rc("HTTP.NETRC");
        if (named.isPresent()) {
            return Optional.of(Path.of(named.get()));
        }
        for (Path dir : new Path[] {cwd, RcFileLocator.homeOf(env, home)}) {
            if (dir != null && Files.isRegularFile(dir.resolve(".netrc"))) {
                return Optional.of(dir.resolve(".netrc"));
            }
        }
        return Optional.empty();
    }

    private ProxySettings proxy(Sources s, URI target) throws HttpFetchException {
        Optional<String> host = s.map(HttpSetting.PROXY_HOST);
        if (host.isPresent()) {
            int port = s.map(HttpSetting.PROXY_PORT).map(v -> (int) positiveLong(v, "proxy_port")).orElse(1080);
            ProxyType type = ProxyType.HTTP;
            Optional<String> t = s.map(HttpSetting.PROXY_TYPE);
            if (t.isPresent()) {
                type = Arrays.stream(ProxyType.values()).filter(v -> v.name().equalsIgnoreCase(t.get())).findFirst()
                        .orElseThrow(() -> HttpFetchException.invalidSetting("Invalid proxy_type metadata '" + t.get()
                                + "' specified (http or socks5)"));
            }
            Optional<String> user = s.map(HttpSetting.PROXY_USERNAME);
            Optional<String> pass = s.map(HttpSetting.PROXY_PASSWORD);
            AuthScheme scheme = scheme(s.map(HttpSetting.PROXY_AUTH_TYPE), "proxy_auth_type");
            boolean creds = user.isPresent() && pass.isPresent();
            return new ProxySettings(type, host.get(), port, scheme, creds ? user.get() : null, creds ? decrypt(pass.get(), s) : null);
        }
        Optional<String> rcProxy = s.rc("HTTP.PROXY.SERVER").or(() -> s.rc("HTTP.PROXY_SERVER"));
        if (rcProxy.isPresent()) {
            return EnvironmentProxy.parse(rcProxy.get(), "HTTP.PROXY.SERVER of " + s.rc.source());
        }
        return EnvironmentProxy.forTarget(target, env).orElse(null);
    }

    private Timeouts timeouts(Sources s) throws HttpFetchException {
        Timeouts d = Timeouts.defaults();
        Optional<String> total = s.map(HttpSetting.CONNECTIONTIMEOUT).or(() -> s.rc("HTTP.TIMEOUT"));
        Duration t = total.isPresent() ? seconds(total.get(), "connectiontimeout") : d.total();
        Duration c = s.map(HttpSetting.CONNECT_TIMEOUT).isPresent()
                ? seconds(s.map(HttpSetting.CONNECT_TIMEOUT).get(), "connect_timeout") : min(d.connect(), t);
        Duration st = s.map(HttpSetting.STALL_TIMEOUT).isPresent()
                ? seconds(s.map(HttpSetting.STALL_TIMEOUT).get(), "stall_timeout") : t;
        return new Timeouts(t, c, st);
    }

    private Secret decrypt(String value, Sources s) throws HttpFetchException {
        if (!MapServerCrypto.hasTokens(value)) {
            return Secret.of(value);
        }
        Optional<String> keyFile = s.map(HttpSetting.MS_ENCRYPTION_KEY).or(() -> s.env("MS_ENCRYPTION_KEY"));
        if (keyFile.isEmpty()) {
            throw HttpFetchException.invalidSetting("a password holds an encrypted {...} token but MS_ENCRYPTION_KEY"
                    + " is not set (map CONFIG or environment); it must name the key file made by msencrypt -keygen");
        }
        return Secret.of(MapServerCrypto.fromKeyFile(Path.of(keyFile.get())).decryptTokens(value));
    }

    private static AuthScheme scheme(Optional<String> value, String key) throws HttpFetchException {
        if (value.isEmpty()) {
            return AuthScheme.BASIC;
        }
        return AuthScheme.parse(value.get()).orElseThrow(() -> HttpFetchException.invalidSetting(
                "Invalid " + key + " metadata '" + value.get() + "' specified (basic, digest, ntlm, any or anysafe)"));
    }

    private static List<String> split(Optional<String> value, String regex) {
        return value.map(v -> Arrays.stream(v.split(regex)).map(String::trim).filter(x -> !x.isEmpty()).toList())
                .orElse(List.of());
    }

    private static Duration seconds(String value, String key) throws HttpFetchException {
        try {
            double secs = Double.parseDouble(value.trim());
            if (secs > 0) {
                return Duration.ofMillis(Math.round(secs * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpFetchException.invalidSetting(key + " must be a positive number of seconds, got '" + value + "'");
    }

    private static long positiveLong(String value, String key) {
        try {
            long v = Long.parseLong(value.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a positive integer, got '" + value + "'");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
