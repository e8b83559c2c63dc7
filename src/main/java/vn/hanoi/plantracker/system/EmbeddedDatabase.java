package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded PostgreSQL 17 of a local run, made safe to keep real data in.
 * <ul>
 * <li><b>Durable</b>: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on (the library turns the first two off, for tests); the
 * start checks them with {@code SHOW}, logs them and refuses to go on otherwise.</li>
 * <li><b>Stops last</b>: it stops when the context destroys its beans, which is after
 * every lifecycle bean has stopped (the web server's graceful shutdown first, so requests
 * already accepted finish against a running database, then the scheduler and event
 * workers) and after every bean that uses the database has been destroyed (the pool, and
 * Spring Modulith's event publication registry, which reads the unfinished events when it
 * is destroyed: stopped earlier, in a lifecycle phase, it failed with a WARN at every
 * shutdown). The library's own JVM shutdown hook is off.</li>
 * <li><b>Survives kill -9</b>: a postmaster left running on this data directory by a
 * killed run (its {@code postmaster.pid} names a live postgres process) is stopped
 * cleanly before the new one starts, instead of failing on the lock file.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements DisposableBean {

	static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private final Path dataDir;

	private volatile HikariDataSource pool;

	private volatile boolean running = true;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
		this.postgres = postgres;
		this.dataDir = dataDir;
	}

	static EmbeddedDatabase start(Path dataDir, int port) {
		try {
			Files.createDirectories(dataDir);
			stopOrphanedPostmaster(dataDir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC");
			DURABILITY_SETTINGS.forEach((name) -> builder.setServerConfig(name, "on"));
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres pg = builder.start();
			EmbeddedDatabase db = new EmbeddedDatabase(pg, dataDir);
			Map<String, String> durability = db.durability();
			log.info("Embedded PostgreSQL 17 started on port {} with its data in {}; {}. To use your own server "
					+ "instead, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
					pg.getPort(), dataDir, durability);
			if (!durability.values().stream().allMatch("on"::equals)) {
				pg.close();
				throw new IllegalStateException("The embedded PostgreSQL is not durable: " + durability);
			}
			return db;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	/** The durability settings as the running server reports them ({@code SHOW}). */
	Map<String, String> durability() {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			for (String name : DURABILITY_SETTINGS) {
				try (ResultSet rs = statement.executeQuery("show " + name)) {
					rs.next();
					settings.put(name, rs.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the embedded PostgreSQL's settings", ex);
		}
		return settings;
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return this.postgres.getPort();
	}

	Path dataDir() {
		return this.dataDir;
	}

	/** The pool is closed first, so nothing waits on a server that is going away. */
	void closesBeforeStopping(HikariDataSource pool) {
		this.pool = pool;
	}

	/** When the context closes: after every bean that depends on it. */
	@Override
	public void destroy() {
		stop();
	}

	/** Closes the pool, then stops PostgreSQL; once. */
	public void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		HikariDataSource current = this.pool;
		if (current != null) {
			current.close();
		}
		try {
			this.postgres.close();
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL cleanly: {}", ex.getMessage());
		}
	}

	public boolean isRunning() {
		return this.running;
	}

	/**
	 * A run killed with -9 leaves its postmaster (and its children) running, holding the
	 * data directory. Only a live process whose command is postgres counts: a stale pid
	 * file of a dead server is PostgreSQL's own to handle. SIGTERM asks for a smart
	 * shutdown, which completes at once as nobody is connected any more.
	 */
	static void stopOrphanedPostmaster(Path dataDir) {
		orphanedPostmaster(dataDir).ifPresent((postmaster) -> {
			log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it",
					postmaster.pid(), dataDir);
			postmaster.destroy();
			try {
				postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
				log.info("The earlier PostgreSQL server (pid {}) has stopped", postmaster.pid());
			}
			catch (Exception ex) {
				throw new IllegalStateException("The PostgreSQL server with pid " + postmaster.pid() + " still holds "
						+ dataDir + "; stop it, then start again", ex);
			}
		});
	}

	static Optional<ProcessHandle> orphanedPostmaster(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.size() < 2 || !Path.of(lines.get(1).trim()).normalize().equals(dataDir.normalize())) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not read {}", pidFile, ex);
			return Optional.empty();
		}
	}

}
