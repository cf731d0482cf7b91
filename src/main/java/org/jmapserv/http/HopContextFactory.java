package org.jmapserv.http;

import java.util.List;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.DigestSchemeFactory;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.core5.http.config.Lookup;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the HttpClient context of one hop. Challenge-driven origin credentials (digest, NTLM,
 * any, anysafe) are registered only while the hop stays on the first request's origin, so
 * HttpClient cannot answer another origin's challenge with them. Proxy credentials are scoped to
 * the proxy's host and port; basic proxy auth is sent pre-emptively, as curl does.
 */
final class HopContextFactory {
    private final HttpProfile profile;

    HopContextFactory(HttpProfile profile) {
        this.profile = profile;
    }

    HttpClientContext create(Origin hop, boolean sameOriginAsFirst, AuthSettings auth) {
        HttpClientContext ctx = HttpClientContext.create();
        BasicCredentialsProvider creds = new BasicCredentialsProvider();
        BasicAuthCache cache = new BasicAuthCache();
        RequestConfig.Builder rc = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setResponseTimeout(Timeout.of(profile.timeouts().stall()))
                .setConnectionRequestTimeout(Timeout.of(profile.timeouts().total()))
                .setContentCompressionEnabled(profile.compression());
        if (auth != null && auth.scheme() != AuthScheme.BASIC && sameOriginAsFirst) {
            creds.setCredentials(new AuthScope(hop.host(), hop.port()), credentials(auth.username(), auth.password()));
            creds.setCredentials(ntlmScope(hop.host(), hop.port()), ntCredentials(auth.username(), auth.password()));
            rc.setTargetPreferredAuthSchemes(schemes(auth.scheme()));
        }
        ProxySettings proxy = profile.proxy();
        if (proxy != null && proxy.type() == ProxyType.HTTP && proxy.hasCredentials()) {
            UsernamePasswordCredentials pc = credentials(proxy.username(), proxy.password());
            creds.setCredentials(new AuthScope(proxy.host(), proxy.port()), pc);
            creds.setCredentials(ntlmScope(proxy.host(), proxy.port()), ntCredentials(proxy.username(), proxy.password()));
            rc.setProxyPreferredAuthSchemes(schemes(proxy.authScheme()));
            if (proxy.authScheme() == AuthScheme.BASIC) {
                BasicScheme basic = new BasicScheme();
                basic.initPreemptive(pc);
                cache.put(new HttpHost("http", proxy.host(), proxy.port()), basic);
            }
        }
        ctx.setCredentialsProvider(creds);
        ctx.setAuthCache(cache);
        ctx.setRequestConfig(rc.build());
        return ctx;
    }

    /**
     * The auth schemes both clients answer: HttpClient 5.5 no longer registers NTLM by default
     * (deprecated there, still shipped), but MapServer's {@code wms_auth_type ntlm} needs it.
     */
    @SuppressWarnings("deprecation")
    static Lookup<AuthSchemeFactory> authSchemeRegistry() {
        return RegistryBuilder.<AuthSchemeFactory>create()
                .register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.DIGEST, DigestSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE)
                .build();
    }

    @SuppressWarnings("deprecation")
    private static AuthScope ntlmScope(String host, int port) {
        return new AuthScope(null, host, port, null, StandardAuthScheme.NTLM);
    }

    /**
     * NTLM needs NTCredentials; a DOMAIN backslash user (or {@code DOMAIN/user}) user name carries
     * the domain, as libcurl's CURLOPT_USERPWD does for NTLM.
     */
    @SuppressWarnings("deprecation")
    static NTCredentials ntCredentials(String user, Secret password) {
        int sep = Math.max(user.indexOf('\\'), user.indexOf('/'));
        String domain = sep < 0 ? null : user.substring(0, sep);
        String name = sep < 0 ? user : user.substring(sep + 1);
        return new NTCredentials(name, password.reveal().toCharArray(), null, domain);
    }

    private static UsernamePasswordCredentials credentials(String user, Secret password) {
        return new UsernamePasswordCredentials(user, password.reveal().toCharArray());
    }

    @SuppressWarnings("deprecation")
    static List<String> schemes(AuthScheme s) {
        return switch (s) {
            case BASIC -> List.of(StandardAuthScheme.BASIC);
            case DIGEST -> List.of(StandardAuthScheme.DIGEST);
            case NTLM -> List.of(StandardAuthScheme.NTLM);
            case ANY -> List.of(StandardAuthScheme.DIGEST, StandardAuthScheme.NTLM, StandardAuthScheme.BASIC);
            case ANYSAFE -> List.of(StandardAuthScheme.DIGEST, StandardAuthScheme.NTLM);
        };
    }
}
