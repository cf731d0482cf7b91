/**
 * The newcomer's demo: a throw-away certificate authority generated at run time (BouncyCastle) and an in-process
 * HTTPS WMS on 127.0.0.1 that demands a session cookie. Used only by {@code DemoCommand}.
 * <p>May import: BouncyCastle, the JDK HTTP server, java.awt for drawing.
 */
package org.jmapserv.cli.demo;
