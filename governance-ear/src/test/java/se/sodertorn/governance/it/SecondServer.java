package se.sodertorn.governance.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second WildFly besides the managed test server, started and killed by the test itself: the build's WildFly
 * with its own base directory (configuration, deployments, data, log) under {@code target/}, its own ports and its
 * own database — a fresh H2 file, or a fresh PostgreSQL schema in the test database — or, as a second node of a
 * cluster, the managed test server's PostgreSQL database. It deploys the built EAR with the demo data, like a first
 * start at a municipality.
 */
final class SecondServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** What the test server has deployed at the moment, which its configuration lists; the copy deploys its own EAR. */
    private static final Pattern DEPLOYED = Pattern.compile("<deployments>.*?</deployments>", Pattern.DOTALL);

    private final Path home = Path.of(System.getProperty("jboss.home"));
    private final Path base;
    private final int offset;
    private final String schema;
    private final boolean sharing;
    private Process process;

    /**
     * A server with a database of its own.
     *
     * @param name   names the base directory under {@code target/} and, on PostgreSQL, the schema
     * @param offset added to every port of the server (the managed test server's offset plus this)
     */
    SecondServer(String name, int offset) {
        this(name, offset, false);
    }

    private SecondServer(String name, int offset, boolean sharing) {
        this.base = Path.of("target", name).toAbsolutePath();
        this.offset = Integer.getInteger("governance.test.port.offset", 0) + offset;
        this.schema = name.replace('-', '_');
        this.sharing = sharing;
    }

    /**
     * A second node beside the managed test server, on the same PostgreSQL database (an embedded H2 file serves one
     * server only), with its own base directory, ports and search index.
     */
    static SecondServer sharingTheDatabase(String name, int offset) {
        if (!onPostgresql()) {
            throw new IllegalStateException("two nodes share a PostgreSQL database; the suite runs on H2");
        }
        return new SecondServer(name, offset, true);
    }

    /** The address of the server's REST API. */
    String api() {
        return "http://localhost:" + (8080 + offset) + "/governance/api/";
    }

    /** A client of the server's API as the demo account. */
    ApiClient demo(String username) {
        return ApiClient.at(api(), username, ApiClient.DEMO_PASSWORD);
    }

    /** Empties the base directory and the database, then copies the configuration and the EAR into place. */
    void prepare() throws IOException, SQLException {
        if (Files.exists(base)) {
            try (Stream<Path> old = Files.walk(base)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path configuration = Files.createDirectories(base.resolve("configuration"));
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Path standalone = configuration.resolve("standalone.xml");
        Files.writeString(standalone, DEPLOYED.matcher(Files.readString(standalone)).replaceAll(""));
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("governance.ear")), deployments.resolve("governance.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        if (onPostgresql() && !sharing) {
            try (Connection connection = DriverManager.getConnection(System.getenv("GOVERNANCE_DB_URL"),
                    System.getenv("GOVERNANCE_DB_USER"), System.getenv("GOVERNANCE_DB_PASSWORD"));
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
            }
        }
    }

    /** Starts the server and waits until the application answers (at most four minutes). */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Dgovernance.demo=true", "-Dhibernate.hbm2ddl.auto=validate", "-Dgovernance.smtp.port=" + (3025 + offset),
                "-Dgovernance.login.address-failures=500"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_OPTS", "-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true");
        if (onPostgresql() && !sharing) {
            String url = System.getenv("GOVERNANCE_DB_URL");
            environment.put("GOVERNANCE_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
        process = builder.start();
        awaitAnswer();
    }

    /** Kills the server at once, as a power cut or {@code kill -9} would: SIGKILL to the JVM, no shutdown. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        for (ProcessHandle child : process.descendants().toList()) {
            child.onExit().join();
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitAnswer() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(api() + "municipalities"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second server stopped at start; see " + base.resolve("console.log"));
            }
            if (Files.exists(base.resolve("deployments/governance.ear.failed"))) {
                throw new IllegalStateException("the EAR failed to deploy; see " + base.resolve("log/server.log"));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the second server did not answer within " + START_TIMEOUT);
    }

    static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty("governance.db"));
    }
}
