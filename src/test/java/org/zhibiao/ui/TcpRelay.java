package org.zhibiao.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a local port to a server, which a test can cut and restore: what an analyst's laptop sees when the
 * office network drops and comes back. Cut, it drops every open connection and refuses new ones (nothing listens
 * on its port); restored, it listens on the same port again. The server itself is never touched.
 */
final class TcpRelay implements AutoCloseable {

    private final String host;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    TcpRelay(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    int port() {
        return port;
    }

    /** The network is gone: open connections end, new ones are refused. */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
        sockets.clear();
    }

    /** The network is back. */
    synchronized void restore() throws IOException {
        listener = listen(port);
        accept(listener);
    }

    @Override
    public synchronized void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return s;
    }

    private void accept(ServerSocket server) {
        daemon("relay-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    synchronized (this) { // a connection accepted just as the relay is cut goes down with it
                        if (server.isClosed()) {
                            closeQuietly(client);
                            return;
                        }
                        Socket upstream = new Socket(host, targetPort);
                        sockets.add(client);
                        sockets.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    }
                } catch (IOException e) {
                    return; // cut
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        daemon("relay-pump", () -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
