package nl.zorgkantoor.wlz.it.fouten;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A TCP proxy in the test JVM between the IT server and its database, so a test can make the database go away (every
 * open connection cut, new ones refused) and come back, without touching the machine's PostgreSQL server.
 */
public final class DatabaseProxy {

    private static final Logger LOG = Logger.getLogger(DatabaseProxy.class.getName());
    private static volatile DatabaseProxy actief;

    private final int poort;
    private final String doelHost;
    private final int doelPoort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket luisteraar;

    private DatabaseProxy(int poort, String doel) {
        this.poort = poort;
        this.doelHost = doel.substring(0, doel.lastIndexOf(':'));
        this.doelPoort = Integer.parseInt(doel.substring(doel.lastIndexOf(':') + 1));
    }

    /** Starts the proxy once per JVM on {@code poort}, forwarding to {@code doel} (host:port). */
    static synchronized DatabaseProxy start(int poort, String doel) {
        if (actief == null) {
            DatabaseProxy proxy = new DatabaseProxy(poort, doel);
            proxy.herstel();
            actief = proxy;
        }
        return actief;
    }

    /** The running proxy, or null when this run has none (the server talks to its database directly). */
    public static DatabaseProxy actief() {
        return actief;
    }

    /** The database goes away: open connections are cut and new ones refused. */
    public synchronized void verbreek() {
        try {
            if (luisteraar != null) {
                luisteraar.close();
                luisteraar = null;
            }
        } catch (IOException e) {
            LOG.fine(e.toString());
        }
        for (Socket s : open) {
            sluit(s);
        }
        open.clear();
        LOG.info("Database-proxy verbroken");
    }

    /** The database is back. */
    public synchronized void herstel() {
        if (luisteraar != null) {
            return;
        }
        try {
            ServerSocket ss = new ServerSocket();
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort));
            luisteraar = ss;
            Thread t = new Thread(() -> accepteer(ss), "db-proxy-" + poort);
            t.setDaemon(true);
            t.start();
        } catch (IOException e) {
            throw new IllegalStateException("Database-proxy kan niet luisteren op " + poort, e);
        }
        LOG.info("Database-proxy luistert op " + poort + " -> " + doelHost + ":" + doelPoort);
    }

    private void accepteer(ServerSocket ss) {
        while (!ss.isClosed()) {
            try {
                Socket klant = ss.accept();
                Socket db = new Socket(doelHost, doelPoort);
                open.add(klant);
                open.add(db);
                pomp(klant, db);
                pomp(db, klant);
            } catch (IOException e) {
                if (!ss.isClosed()) {
                    LOG.warning("Database-proxy: " + e);
                }
            }
        }
    }

    private void pomp(Socket van, Socket naar) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16_384];
            try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    uit.write(buffer, 0, n);
                    uit.flush();
                }
            } catch (SocketException e) {
                // cut by verbreek() or closed by the other side
            } catch (IOException e) {
                LOG.fine(e.toString());
            } finally {
                sluit(van);
                sluit(naar);
                open.remove(van);
                open.remove(naar);
            }
        }, "db-proxy-pomp");
        t.setDaemon(true);
        t.start();
    }

    private static void sluit(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.fine(e.toString());
        }
    }
}
