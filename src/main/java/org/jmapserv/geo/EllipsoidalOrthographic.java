package org.jmapserv.geo;

import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.ProjectionException;
import org.locationtech.proj4j.proj.OrthographicAzimuthalProjection;
import org.locationtech.proj4j.proj.Projection;

/**
 * {@code +proj=ortho} on the ellipsoid, as PROJ 7.2 and later (so the PROJ 9 under MapServer 8.0) computes it
 * (ortho.cpp, after EPSG Guidance Note 7-2, method 9840): proj4j's orthographic is spherical only, which puts
 * points on a WGS84 globe up to about 20 km away. Forward, with ν = 1/√(1 − e² sin²φ):
 * x = ν cos φ sin λ, y = ν (sin φ cos φ0 − cos φ sin φ0 cos λ) + e² (ν0 sin φ0 − ν sin φ) cos φ0, in units of a;
 * points whose normal faces away from the viewer (sin φ0 sin φ + cos φ0 cos φ cos λ &lt; 0) fail, which is where
 * MapServer cuts lines at the horizon. The inverse refines the spherical inverse by Newton steps on the forward
 * and fails where they do not converge (beyond the ellipsoid's outline).
 * Used only for an ellipsoid (a sphere keeps proj4j's own code).
 */
final class EllipsoidalOrthographic extends OrthographicAzimuthalProjection {

    private static final double EPS10 = 1e-10;

    private double sinph0;
    private double cosph0;
    private double nu0;

    /** An ellipsoidal copy of {@code spherical} (same centre, ellipsoid, false origin, units). */
    static Projection of(Projection spherical) {
        EllipsoidalOrthographic p = new EllipsoidalOrthographic();
        p.setName(spherical.getName());
        p.setEllipsoid(spherical.getEllipsoid());
        p.setProjectionLatitude(spherical.getProjectionLatitude());
        p.setProjectionLongitude(spherical.getProjectionLongitude());
        p.setFalseEasting(spherical.getFalseEasting());
        p.setFalseNorthing(spherical.getFalseNorthing());
        p.setScaleFactor(spherical.getScaleFactor());
        p.setUnits(spherical.getUnits());
        p.setFromMetres(spherical.getFromMetres());
        if (spherical.getPrimeMeridian() != null) {
            p.setPrimeMeridian(spherical.getPrimeMeridian().getName());
        }
        p.initialize();
        return p;
    }

    @Override
    public void initialize() {
        super.initialize();
        sinph0 = Math.sin(projectionLatitude);
        cosph0 = Math.cos(projectionLatitude);
        nu0 = 1 / Math.sqrt(1 - es * sinph0 * sinph0);
    }

    @Override
    public ProjCoordinate project(double lam, double phi, ProjCoordinate out) {
        double sinphi = Math.sin(phi);
        double cosphi = Math.cos(phi);
        double coslam = Math.cos(lam);
        if (sinph0 * sinphi + cosph0 * cosphi * coslam < -EPS10) {
            throw new ProjectionException("Point outside the visible hemisphere");
        }
        double nu = 1 / Math.sqrt(1 - es * sinphi * sinphi);
        out.x = nu * cosphi * Math.sin(lam);
        out.y = nu * (sinphi * cosph0 - cosphi * sinph0 * coslam) + es * (nu0 * sinph0 - nu * sinphi) * cosph0;
        return out;
    }

    @Override
    public ProjCoordinate projectInverse(double x, double y, ProjCoordinate out) {
        // start from the sphere, then Newton steps on the ellipsoidal forward (numerical Jacobian)
        double rho = Math.hypot(x, y);
        if (rho < 1) {
            super.projectInverse(x, y, out);
        } else {
            // the ellipsoid's outline reaches past the unit circle to the north (its e² shift): start on the rim
            double k = (1 - 1e-9) / rho;
            super.projectInverse(x * k, y * k, out);
        }
        double lam = out.x;
        double phi = out.y;
        ProjCoordinate f = new ProjCoordinate();
        boolean converged = false;
        for (int i = 0; i < 30 && !converged; i++) {
            forwardUnchecked(lam, phi, f);
            double ex = f.x - x;
            double ey = f.y - y;
            if (Math.abs(ex) < 1e-12 && Math.abs(ey) < 1e-12) {
                converged = true;
                break;
            }
            double h = 1e-8;
            ProjCoordinate fl = new ProjCoordinate();
            ProjCoordinate fp = new ProjCoordinate();
            forwardUnchecked(lam + h, phi, fl);
            forwardUnchecked(lam, phi + h, fp);
            double a = (fl.x - f.x) / h;
            double b = (fp.x - f.x) / h;
            double c = (fl.y - f.y) / h;
            double d = (fp.y - f.y) / h;
            double det = a * d - b * c;
            if (Math.abs(det) < 1e-20) {
                break;
            }
            lam -= (d * ex - b * ey) / det;
            phi -= (a * ey - c * ex) / det;
            phi = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, phi));
        }
        if (!converged || sinph0 * Math.sin(phi) + cosph0 * Math.cos(phi) * Math.cos(lam) < -EPS10) {
            // off the ellipsoid's outline (inside the sphere's): no point of the globe projects there
            throw new ProjectionException("Point outside the projection's domain");
        }
        out.x = lam;
        out.y = phi;
        return out;
    }

    private void forwardUnchecked(double lam, double phi, ProjCoordinate out) {
        double sinphi = Math.sin(phi);
        double cosphi = Math.cos(phi);
        double coslam = Math.cos(lam);
        double nu = 1 / Math.sqrt(1 - es * sinphi * sinphi);
        out.x = nu * cosphi * Math.sin(lam);
        out.y = nu * (sinphi * cosph0 - cosphi * sinph0 * coslam) + es * (nu0 * sinph0 - nu * sinphi) * cosph0;
    }

    @Override
    public String toString() {
        return "Orthographic (ellipsoidal)";
    }
}
