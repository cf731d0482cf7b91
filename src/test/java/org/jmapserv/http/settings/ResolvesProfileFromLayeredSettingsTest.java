package org.jmapserv.http.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jmapserv.http.AuthScheme;
import org.jmapserv.http.FailureKind;
import org.jmapserv.http.HttpFetchException;
import org.jmapserv.http.HttpProfile;
import org.jmapserv.http.ProxyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolvesProfileFromLayeredSettingsTest {
    static final URI TARGET = URI.create("https://wms.example.org:8443/cgi-bin/mapserv?map=x");
    @TempDir
    Path home;
    final List<String> warnings = new ArrayList<>();

    private HttpProfileResolver resolver(Map<String, String> env) {
        return new HttpProfileResolver(env, null, home, warnings::add);
    }

    private HttpProfile resolve(Map<HttpSetting, String> map, Map<String, String> env) throws HttpFetchException {
        return resolver(env).resolve(TARGET, SettingsLookup.of(map));
    }

    @Test
    void defaultsMatchMapServer() throws Exception {
        HttpProfile p = resolve(Map.of(), Map.of());
        assertEquals(Duration.ofSeconds(30), p.timeouts().total());
        assertNull(p.trust().caBundle());
        assertNull(p.auth());
        assertNull(p.proxy());
    }

    @Test
    void mapSideCaBundleBeatsRcFileAndEnvironment() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.SSL.CAINFO=/rc/ca.pem\n");
        HttpProfile p = resolve(Map.of(HttpSetting.SSL_CA_BUNDLE, "/layer/ca.pem"), Map.of("CURL_CA_BUNDLE", "/env/ca.pem"));
        assertEquals(Path.of("/layer/ca.pem"), p.trust().caBundle());
    }

    @Test
    void rcFileBeatsEnvironmentAndHostPortEntryBeatsHostAndUnprefixed() throws Exception {
        Files.writeString(home.resolve(".daprc"), String.join("\n",
                "# comment", "HTTP.SSL.CAINFO=/rc/any.pem", "[wms.example.org]HTTP.SSL.CAINFO=/rc/host.pem",
                "[wms.example.org:8443]HTTP.SSL.CAINFO=/rc/hostport.pem", "[other.example]HTTP.TIMEOUT=1",
                "HTTP.TIMEOUT=12", "HTTP.USERAGENT=rc-agent"));
        HttpProfile p = resolve(Map.of(), Map.of("CURL_CA_BUNDLE", "/env/ca.pem"));
        assertEquals(Path.of("/rc/hostport.pem"), p.trust().caBundle());
        assertEquals(Duration.ofSeconds(12), p.timeouts().total());
        assertEquals("rc-agent", p.userAgent());
    }

    @Test
    void environmentCaBundleAppliesWhenNothingElseSetsOne() throws Exception {
        assertEquals(Path.of("/env/ca.pem"), resolve(Map.of(), Map.of("CURL_CA_BUNDLE", "/env/ca.pem")).trust().caBundle());
    }

    @Test
    void daprcfileVariableNamesTheRcFileAndDaprcBeatsDodsrc() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.USERAGENT=daprc\n");
        Files.writeString(home.resolve(".dodsrc"), "HTTP.USERAGENT=dodsrc\n");
        assertEquals("daprc", resolve(Map.of(), Map.of()).userAgent());
        Path named = Files.writeString(home.resolve("custom.rc"), "HTTP.USERAGENT=named\n");
        assertEquals("named", resolve(Map.of(), Map.of("DAPRCFILE", named.toString())).userAgent());
    }

    @Test
    void refusesValidateZeroAndPointsToPinning() throws Exception {
        Files.writeString(home.resolve(".daprc"), "[wms.example.org:8443]HTTP.SSL.VALIDATE=0\n");
        HttpFetchException e = assertThrows(HttpFetchException.class, () -> resolve(Map.of(), Map.of()));
        assertEquals(FailureKind.INVALID_SETTING, e.kind());
        assertTrue(e.getMessage().contains("wms_ssl_pinned_pubkey"), e.getMessage());
    }

    @Test
    void readsClientCertificateAndKeyPasswordFromRcFile() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.SSL.CERTIFICATE=/k/cert.pem\nHTTP.SSL.KEY=/k/cert.pem\nHTTP.SSL.KEYPASSWORD=kp\n");
        HttpProfile p = resolve(Map.of(), Map.of());
        assertEquals(Path.of("/k/cert.pem"), p.clientCertificate().certificate());
        assertNull(p.clientCertificate().key(), "same file as the certificate means the key is inside it");
        assertEquals("kp", p.clientCertificate().keyPassword().reveal());
    }

    @Test
    void layerCredentialsWithEncryptedPasswordAreDecrypted() throws Exception {
        Path key = Files.writeString(home.resolve("ms.key"), DecryptsMsencryptTokensLikeMapServerTest.KEY);
        HttpProfile p = resolve(Map.of(HttpSetting.AUTH_TYPE, "Digest", HttpSetting.AUTH_USERNAME, "alice",
                HttpSetting.AUTH_PASSWORD, "{F9895C2DF7D575C3}", HttpSetting.MS_ENCRYPTION_KEY, key.toString()), Map.of());
        assertEquals(AuthScheme.DIGEST, p.auth().scheme());
        assertEquals("secret", p.auth().password().reveal());
        assertFalse(p.toString().contains("secret"));
    }

    @Test
    void encryptedPasswordWithoutKeyIsASettingError() {
        HttpFetchException e = assertThrows(HttpFetchException.class, () -> resolve(Map.of(HttpSetting.AUTH_USERNAME, "a",
                HttpSetting.AUTH_PASSWORD, "{F9895C2DF7D575C3}"), Map.of()));
        assertTrue(e.getMessage().contains("MS_ENCRYPTION_KEY"));
    }

    @Test
    void invalidAuthTypeIsRefusedAsMapServerDoes() {
        HttpFetchException e = assertThrows(HttpFetchException.class, () -> resolve(Map.of(HttpSetting.AUTH_TYPE, "kerberos"), Map.of()));
        assertTrue(e.getMessage().startsWith("Invalid auth_type metadata 'kerberos' specified"));
    }

    @Test
    void rcUserPasswordIsPercentDecoded() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.CREDENTIALS.USERPASSWORD=bob%40corp:pa%3Ass\n");
        HttpProfile p = resolve(Map.of(), Map.of());
        assertEquals("bob@corp", p.auth().username());
        assertEquals("pa:ss", p.auth().password().reveal());
    }

    @Test
    void netrcSuppliesCredentialsForTheTargetHost() throws Exception {
        Files.writeString(home.resolve(".netrc"), "machine other.example login x password y\nmachine wms.example.org login nina password n3t\ndefault login d password d\n");
        HttpProfile p = resolve(Map.of(), Map.of());
        assertEquals("nina", p.auth().username());
        assertEquals("n3t", p.auth().password().reveal());
        assertEquals(AuthScheme.BASIC, p.auth().scheme());
    }

    @Test
    void layerProxyBeatsRcAndEnvironmentProxies() throws Exception {
        HttpProfile p = resolve(Map.of(HttpSetting.PROXY_HOST, "proxy.corp", HttpSetting.PROXY_PORT, "3128",
                HttpSetting.PROXY_TYPE, "SOCKS5"), Map.of("https_proxy", "http://env:1"));
        assertEquals(ProxyType.SOCKS5, p.proxy().type());
        assertEquals("proxy.corp", p.proxy().host());
        assertEquals(3128, p.proxy().port());
    }

    @Test
    void rcProxyServerCarriesCredentials() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.PROXY.SERVER=http://pu:pp@rcproxy:8080\n");
        HttpProfile p = resolve(Map.of(), Map.of());
        assertEquals("rcproxy", p.proxy().host());
        assertEquals(8080, p.proxy().port());
        assertEquals("pu", p.proxy().username());
        assertEquals("pp", p.proxy().password().reveal());
    }

    @Test
    void environmentProxyHonoursNoProxy() throws Exception {
        assertEquals("envproxy", resolve(Map.of(), Map.of("https_proxy", "http://envproxy:3128")).proxy().host());
        assertNull(resolve(Map.of(), Map.of("https_proxy", "http://envproxy:3128", "no_proxy", "localhost,.example.org")).proxy());
    }

    @Test
    void timeoutsComeFromTheirOwnKeys() throws Exception {
        HttpProfile p = resolve(Map.of(HttpSetting.CONNECTIONTIMEOUT, "12", HttpSetting.CONNECT_TIMEOUT, "2",
                HttpSetting.STALL_TIMEOUT, "5"), Map.of());
        assertEquals(Duration.ofSeconds(12), p.timeouts().total());
        assertEquals(Duration.ofSeconds(2), p.timeouts().connect());
        assertEquals(Duration.ofSeconds(5), p.timeouts().stall());
    }

    @Test
    void badTimeoutNamesTheKey() {
        HttpFetchException e = assertThrows(HttpFetchException.class, () -> resolve(Map.of(HttpSetting.CONNECTIONTIMEOUT, "soon"), Map.of()));
        assertTrue(e.getMessage().contains("connectiontimeout must be a positive number of seconds"));
    }

    @Test
    void pinsAreValidatedAndSplitOnSemicolons() throws Exception {
        String pin = "sha256//" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        HttpProfile p = resolve(Map.of(HttpSetting.SSL_PINNED_PUBKEY, pin + ";" + pin.replace('A', 'B'),
                HttpSetting.SSL_CERT_FINGERPRINT, "ab:".repeat(31) + "ab"), Map.of());
        assertEquals(2, p.trust().pinnedPublicKeys().size());
        assertEquals("AB".repeat(32), p.trust().certificateFingerprints().get(0));
        assertThrows(HttpFetchException.class, () -> resolve(Map.of(HttpSetting.SSL_PINNED_PUBKEY, "md5//xyz"), Map.of()));
    }

    @Test
    void cookieJarIsIgnoredWithAWarning() throws Exception {
        Files.writeString(home.resolve(".daprc"), "HTTP.COOKIEJAR=/tmp/jar\n");
        resolve(Map.of(), Map.of());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("HTTP.COOKIEJAR"));
    }

    @Test
    void selectedCookieBecomesTheCookieHeader() throws Exception {
        assertEquals("a=1; b=2", resolve(Map.of(HttpSetting.HTTP_COOKIE, "a=1; b=2"), Map.of()).cookieHeader().reveal());
    }
}
