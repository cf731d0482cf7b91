package org.jmapserv.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shared body of our raw-socket test servers (the CONNECT and SOCKS5 proxies): a listener on 127.0.0.1, one
 * daemon thread per accepted connection, and every socket it opened closed on {@link #close()}.
 */
abstract class LoopbackSocketServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final String threadName;

    LoopbackSocketServer(String threadName) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.threadName = threadName;
    }

    /** Starts accepting; subclasses call it last in their constructor, once their own fields are set. */
    final void startAccepting() {
        Thread t = new Thread(this::acceptLoop, threadName);
        t.setDaemon(true);
        t.start();
    }

    /** Handles one accepted connection on its own thread. */
    abstract void serve(Socket client);

    /** Closes {@code s} with the server (upstream connections a proxy opens). */
    final void track(Socket s) {
        sockets.add(s);
    }

    public final int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                track(client);
                Thread t = new Thread(() -> serve(client), threadName + "-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
