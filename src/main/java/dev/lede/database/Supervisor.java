package dev.lede.database;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Watches the embedded PostgreSQL and starts it again when its postmaster dies while Lede runs. A
 * refused connection means nothing listens on the port any more; a frozen server still accepts
 * connections at the socket level, so it is left alone (requests meet the statement time limit).
 * Its state is a system property, so the liveness check reads it from any class loader.
 */
final class Supervisor {
    private static final Logger LOG = Logger.getLogger(Supervisor.class);
    static final String STATE = "lede.embedded-database.state";
    static final String UP = "up";
    static final String RESTARTING = "restarting";
    /** Several restarts in a row failed: liveness reports DOWN, so the process gets restarted. */
    static final String DOWN = "down";
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int ATTEMPTS_BEFORE_DOWN = 3;

    private final int port;
    private final Runnable restart;
    private volatile boolean stopped;

    private Supervisor(int port, Runnable restart) {
        this.port = port;
        this.restart = restart;
    }

    static Supervisor watch(int port, Runnable restart) {
        Supervisor supervisor = new Supervisor(port, restart);
        System.setProperty(STATE, UP);
        Thread thread = new Thread(supervisor::run, "embedded-postgres-supervisor");
        thread.setDaemon(true);
        thread.start();
        return supervisor;
    }

    void stop() {
        stopped = true;
    }

    private void run() {
        int failures = 0;
        while (!stopped && sleep()) {
            if (stopped || listening()) {
                continue;
            }
            System.setProperty(STATE, RESTARTING);
            LOG.warnf("The embedded PostgreSQL stopped listening on port %d; starting it again", port);
            try {
                restart.run();
                failures = 0;
                System.setProperty(STATE, UP);
                LOG.info("The embedded PostgreSQL is running again");
            } catch (RuntimeException e) {
                failures++;
                System.setProperty(STATE, failures >= ATTEMPTS_BEFORE_DOWN ? DOWN : RESTARTING);
                LOG.errorf("The embedded PostgreSQL could not be started again (attempt %d): %s", failures,
                        e.getMessage());
            }
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) INTERVAL.toMillis());
            return true;
        } catch (ConnectException refused) {
            return false;
        } catch (IOException slowOrFrozen) {
            return true;
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(INTERVAL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
