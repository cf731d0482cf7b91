package org.jmapserv.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MasksSecretsEverywhereTest {
    @Test
    void masksUserinfoAndSecretQueryParameters() {
        assertEquals("https://***@host/wms?SERVICE=WMS&password=***&API_KEY=***&token=***&layers=a",
                UrlRedactor.mask("https://bob:pw@host/wms?SERVICE=WMS&password=p1&API_KEY=k2&token=t3&layers=a"));
    }

    @Test
    void leavesOrdinaryParametersAlone() {
        String u = "https://host/wms?SERVICE=WMS&REQUEST=GetMap&BBOX=0,0,1,1";
        assertEquals(u, UrlRedactor.mask(u));
    }

    @Test
    void masksCredentialHeaders() {
        assertEquals("***", UrlRedactor.maskHeader("Authorization", "Basic abc"));
        assertEquals("***", UrlRedactor.maskHeader("cookie", "sid=1"));
        assertEquals("***", UrlRedactor.maskHeader("Proxy-Authorization", "Basic abc"));
        assertEquals("image/png", UrlRedactor.maskHeader("Content-Type", "image/png"));
    }

    @Test
    void secretsNeverAppearInToString() {
        HttpProfile p = HttpProfile.defaults()
                .withAuth(new AuthSettings(AuthScheme.BASIC, "bob", Secret.of("hunter2")))
                .withProxy(new ProxySettings(ProxyType.HTTP, "p", 1, AuthScheme.BASIC, "pu", Secret.of("proxypw")))
                .withClientCertificate(new ClientCertificate(Path.of("c.pem"), null, Secret.of("keypw")))
                .withCookieHeader(Secret.of("sid=cookievalue"));
        String s = p.toString();
        for (String secret : new String[] {"hunter2", "proxypw", "keypw", "cookievalue"}) {
            assertFalse(s.contains(secret), secret);
        }
        assertEquals("***", Secret.of("x").toString());
    }

    @Test
    void exceptionsCarryTheMaskedUrl() {
        HttpFetchException e = new HttpFetchException(FailureKind.IO, "boom", URI.create("https://u:p@h/x?pwd=1"));
        assertEquals("https://***@h/x?pwd=***", e.maskedUrl());
        assertFalse(e.getMessage().contains("u:p"));
    }

    @Test
    void equalSecretsMakeEqualProfilesForPooling() {
        HttpProfile a = HttpProfile.defaults().withCookieHeader(Secret.of("a=1"));
        HttpProfile b = HttpProfile.defaults().withCookieHeader(Secret.of("a=1"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.connectionKey(), HttpProfile.defaults().connectionKey());
    }
}
