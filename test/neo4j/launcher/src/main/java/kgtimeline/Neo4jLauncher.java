package kgtimeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real Neo4j 5.26 (community edition, in-process via the official neo4j-harness) with Bolt on
 * 127.0.0.1:PORT, for tests and CI on machines without Docker.
 *
 * <p>Usage: {@code java -cp ... kgtimeline.Neo4jLauncher [--port N] [--dir PATH] [--pagecache MB] [--no-stdin-watch]}
 *
 * <ul>
 *   <li>{@code --port} / env {@code NEO4J_TEST_PORT}: Bolt port (default 7699; 0 = pick a free one).
 *   <li>{@code --dir} / env {@code NEO4J_TEST_DIR}: base directory. The store lives in {@code DIR/data} and
 *       survives a stop/start with the same DIR. The harness' own scratch home (logs, conf) is a random
 *       sub-folder of {@code DIR/run} that is deleted on clean shutdown; Neo4j's debug.log is kept in
 *       {@code DIR/logs}. Without a dir, a fresh temp dir is
 *       used and deleted on exit.
 *   <li>{@code --pagecache} / env {@code NEO4J_TEST_PAGECACHE_MB}: page cache size in MiB (default 32).
 *   <li>{@code --no-stdin-watch}: do not exit when stdin reaches EOF (for detached/background runs whose
 *       stdin is /dev/null). By default, EOF on stdin means "parent went away" and the server shuts down.
 * </ul>
 *
 * <p>Protocol: once Bolt accepts connections a single line {@code NEO4J_READY bolt://127.0.0.1:PORT} is
 * printed to stdout. Everything else goes to stderr. SIGTERM (or stdin EOF) closes the database cleanly.
 * Authentication is disabled (drivers may still send any basic-auth credentials). HTTP/HTTPS are disabled.
 */
public final class Neo4jLauncher {
    private static final int DEFAULT_PORT = 7699;
    private static final long DEFAULT_PAGECACHE_MB = 32;

    private static final Object LOCK = new Object();
    private static Neo4j server;
    private static boolean closed;

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        // Keep stdout for the protocol line only: route anything else that writes to System.out to stderr.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Integer port = null;
        Path dir = null;
        Long pagecacheMb = null;
        boolean watchStdin = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = Integer.parseInt(requireValue(args, ++i, a));
                case "--dir" -> dir = Path.of(requireValue(args, ++i, a));
                case "--pagecache" -> pagecacheMb = Long.parseLong(requireValue(args, ++i, a));
                case "--no-stdin-watch" -> watchStdin = false;
                default -> {
                    System.err.println("Neo4jLauncher: unknown argument " + a);
                    System.exit(2);
                }
            }
        }
        if (port == null) {
            String env = System.getenv("NEO4J_TEST_PORT");
            port = env != null && !env.isBlank() ? Integer.parseInt(env.trim()) : DEFAULT_PORT;
        }
        if (dir == null) {
            String env = System.getenv("NEO4J_TEST_DIR");
            if (env != null && !env.isBlank()) {
                dir = Path.of(env.trim());
            }
        }
        if (pagecacheMb == null) {
            String env = System.getenv("NEO4J_TEST_PAGECACHE_MB");
            pagecacheMb = env != null && !env.isBlank() ? Long.parseLong(env.trim()) : DEFAULT_PAGECACHE_MB;
        }

        final Path baseDir;
        final boolean deleteBaseDirOnExit;
        if (dir == null) {
            baseDir = Files.createTempDirectory("kg-neo4j-");
            deleteBaseDirOnExit = true;
        } else {
            baseDir = dir.toAbsolutePath();
            deleteBaseDirOnExit = false;
        }
        Path dataDir = baseDir.resolve("data");
        Path runDir = baseDir.resolve("run");
        Path logsDir = baseDir.resolve("logs");
        Files.createDirectories(dataDir);
        Files.createDirectories(runDir);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown();
            if (deleteBaseDirOnExit) {
                deleteRecursively(baseDir);
            }
            stopped.countDown();
        }, "neo4j-launcher-shutdown"));

        long t0 = System.nanoTime();
        Neo4j neo4j;
        try {
            neo4j = Neo4jBuilders.newInProcessBuilder(runDir)
                    .withDisabledServer() // no HTTP / HTTPS connectors
                    .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                    .withConfig(GraphDatabaseSettings.logs_directory, logsDir)
                    .withConfig(GraphDatabaseSettings.auth_enabled, false)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                    .withConfig(GraphDatabaseSettings.udc_enabled, false)
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .withConfig(BoltConnector.thread_pool_min_size, 2)
                    // Netty's graceful-shutdown quiet period defaults to 5 s and is applied twice (boss + worker
                    // loops), which made every stop take ~10 s. Tests stop/restart often, so don't linger.
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable t) {
            System.err.println("Neo4jLauncher: failed to start Neo4j on 127.0.0.1:" + port + " (dir " + baseDir
                    + "): " + t);
            t.printStackTrace(System.err);
            for (Throwable c = t; c != null; c = c.getCause()) {
                String msg = String.valueOf(c.getMessage());
                if (c instanceof java.net.BindException || msg.contains("Address already in use")) {
                    System.err.println("Neo4jLauncher: BIND_FAILED port " + port + " is already in use");
                    break;
                }
            }
            System.err.flush();
            Runtime.getRuntime().halt(1);
            return;
        }
        synchronized (LOCK) {
            if (closed) { // SIGTERM arrived while we were starting
                neo4j.close();
                return;
            }
            server = neo4j;
        }

        URI bolt = neo4j.boltURI();
        int actualPort = bolt.getPort();
        System.err.printf(
                "Neo4jLauncher: Neo4j %s started in %d ms; data=%s%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(),
                (System.nanoTime() - t0) / 1_000_000,
                dataDir);
        protocolOut.println("NEO4J_READY bolt://127.0.0.1:" + actualPort);
        protocolOut.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // ignore input; we only care about EOF
                    }
                } catch (IOException ignored) {
                    // treat as EOF
                }
                System.err.println("Neo4jLauncher: stdin closed, shutting down");
                System.exit(0);
            }, "neo4j-launcher-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        stopped.await();
    }

    private static void shutdown() {
        Neo4j toClose;
        synchronized (LOCK) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = server;
            server = null;
        }
        if (toClose != null) {
            long t0 = System.nanoTime();
            try {
                toClose.close();
                System.err.printf("Neo4jLauncher: Neo4j stopped in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            } catch (Throwable t) {
                System.err.println("Neo4jLauncher: error during shutdown: " + t);
            }
        }
    }

    private static String requireValue(String[] args, int i, String flag) {
        if (i >= args.length) {
            System.err.println("Neo4jLauncher: missing value for " + flag);
            System.exit(2);
        }
        return args[i];
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
