package org.jmapserv.data.postgis;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * {@code @ExtendWith(PostgisClusterExtension.class)}: skips the class (with the reason) when PostgreSQL 15 + PostGIS
 * are not installed, else starts the JVM's shared {@link PostgisCluster} (fixture loaded) and injects it into
 * constructors, lifecycle methods and tests that take a {@code PostgisCluster}.
 */
public final class PostgisClusterExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String why = PostgisCluster.unavailableReason();
        Assumptions.assumeTrue(why == null, () -> "PostGIS tests skipped: " + why);
        PostgisCluster.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == PostgisCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        try {
            return PostgisCluster.shared();
        } catch (Exception ex) {
            throw new IllegalStateException("PostGIS test cluster did not start: " + ex.getMessage(), ex);
        }
    }
}
