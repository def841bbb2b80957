package dev.diplograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Launcher runs a real Neo4j Community DBMS in this JVM with its Bolt connector
 * listening on a loopback address and authentication enabled, then blocks until
 * the process is told to stop (SIGTERM or SIGINT), when it shuts the DBMS down
 * cleanly.
 *
 * <p>Usage: {@code Launcher --home DIR [--listen 127.0.0.1:7687] [--pagecache 512m]}.
 * The password of the {@code neo4j} user comes from the environment variable
 * {@code NEO4J_PASSWORD} (at least 8 characters), never from the command line,
 * so that it does not show in the process list.
 *
 * <p>Once the server answers {@code RETURN 1}, one line starting with
 * {@code diplograph-neo4j: ready} is printed on standard output; scripts wait
 * for it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path home = null;
        String listen = "127.0.0.1:7687";
        String pagecache = "512m";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                fail("flag " + a + " needs a value");
            }
            switch (a) {
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                case "--listen" -> listen = args[++i];
                case "--pagecache" -> pagecache = args[++i];
                default -> fail("unknown flag " + a);
            }
        }
        if (home == null) {
            fail("--home DIR is required");
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set to at least 8 characters");
        }
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            fail("--listen must be HOST:PORT, got " + listen);
        }
        String host = listen.substring(0, colon);
        int port = Integer.parseInt(listen.substring(colon + 1));
        Files.createDirectories(home);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("diplograph-neo4j: stopping");
            dbms.shutdown();
            System.out.println("diplograph-neo4j: stopped");
            stopped.countDown();
        }, "diplograph-neo4j-shutdown"));

        try {
            setPassword(dbms, password);
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            db.executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            // Never linger half-started: say why and exit, so that the
            // script waiting for readiness sees the failure at once.
            System.err.println("diplograph-neo4j: start-up failed: " + e.getMessage());
            e.printStackTrace();
            dbms.shutdown();
            System.exit(1);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("diplograph-neo4j: ready bolt://%s:%d (neo4j %s, started in %d ms)%n",
                host, port, org.neo4j.kernel.internal.Version.getNeo4jVersion(), ms);
        System.out.flush();
        stopped.await();
    }

    /**
     * Sets the password of the neo4j user. The embedded API bypasses
     * authentication, so this is how the first password is set; on a later
     * start it keeps the server in step with the configured password, and a
     * password that is already the configured one is left as it is.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static long parseBytes(String s) {
        String v = s.trim().toLowerCase();
        long mult = 1;
        char last = v.charAt(v.length() - 1);
        switch (last) {
            case 'k' -> mult = 1L << 10;
            case 'm' -> mult = 1L << 20;
            case 'g' -> mult = 1L << 30;
            default -> { }
        }
        if (mult != 1) {
            v = v.substring(0, v.length() - 1);
        }
        return Long.parseLong(v) * mult;
    }

    private static void fail(String msg) {
        System.err.println("diplograph-neo4j: " + msg);
        System.exit(2);
    }
}
