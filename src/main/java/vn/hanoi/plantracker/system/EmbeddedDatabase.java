package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
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
 * <li><b>Has a password</b>: the {@code postgres} superuser gets a random password
 * (SecureRandom, 40 characters) kept in {@value EmbeddedPassword#FILE} inside the data
 * directory (owner-only, 0600), and {@code pg_hba.conf} asks every connection for it
 * ({@code scram-sha-256}; the library's {@code initdb} trusts everyone). A new data
 * directory gets the password from {@code initdb} itself, so it never trusts anyone. A
 * data directory of an earlier version, without the file, is upgraded on its first start:
 * the password is set over the still-trusting connection, the file written, then
 * {@code pg_hba.conf} rewritten and reloaded. The password is never logged.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements DisposableBean {

	static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String SUPERUSER = "postgres";

	private final EmbeddedPostgres postgres;

	private final Path dataDir;

	private final String password;

	private volatile HikariDataSource pool;

	private volatile boolean running = true;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, String password) {
		this.postgres = postgres;
		this.dataDir = dataDir;
		this.password = password;
	}

	static EmbeddedDatabase start(Path dataDir, int port) {
		Path initdbPasswordFile = null;
		try {
			Files.createDirectories(dataDir);
			OrphanedPostmaster.stop(dataDir);
			Path passwordFile = dataDir.resolve(EmbeddedPassword.FILE);
			boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
			boolean upgrade = !fresh && !Files.exists(passwordFile);
			String password = (fresh || upgrade) ? EmbeddedPassword.generate() : EmbeddedPassword.read(passwordFile);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				// the library's own start-up check connects as postgres
				.setConnectConfig("password", password);
			DURABILITY_SETTINGS.forEach((name) -> builder.setServerConfig(name, "on"));
			if (port > 0) {
				builder.setPort(port);
			}
			if (fresh) {
				// initdb wants an empty directory: the password goes in through a file
				// next to it, deleted after (the library passes its "locale" settings on
				// to initdb as --name=value)
				initdbPasswordFile = EmbeddedPassword.ownerOnlyTempFile(dataDir.getParent(), ".plantracker-initdb");
				Files.writeString(initdbPasswordFile, password + "\n", StandardCharsets.UTF_8);
				builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
			}
			if (!upgrade) {
				// before the postmaster starts: a new directory never trusts anyone, and
				// a
				// start interrupted during an upgrade is finished here
				builder.setDataDirectoryCustomizer((dir) -> {
					if (fresh) {
						EmbeddedPassword.write(passwordFile, password);
					}
					EmbeddedPassword.requireInPgHba(dir.toPath());
				});
			}
			EmbeddedPostgres pg = builder.start();
			EmbeddedDatabase db = new EmbeddedDatabase(pg, dataDir, password);
			if (upgrade) {
				db.setPasswordAndStopTrusting(passwordFile);
			}
			Map<String, String> durability = db.durability();
			log.info("Embedded PostgreSQL 17 started on port {} with its data in {}; {}. Its user {} has the password "
					+ "in {}. To use your own server instead, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME "
					+ "and SPRING_DATASOURCE_PASSWORD.", pg.getPort(), dataDir, durability, SUPERUSER, passwordFile);
			if (!durability.values().stream().allMatch("on"::equals)) {
				pg.close();
				throw new IllegalStateException("The embedded PostgreSQL is not durable: " + durability);
			}
			return db;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
		finally {
			if (initdbPasswordFile != null) {
				try {
					Files.deleteIfExists(initdbPasswordFile);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", initdbPasswordFile);
				}
			}
		}
	}

	/**
	 * A data directory of an earlier version trusts every local connection: the password
	 * is set over that connection (sent as a SCRAM verifier, never as clear text), then
	 * stored, then {@code pg_hba.conf} is rewritten and reloaded. Interrupted after the
	 * file is written, the next start rewrites {@code pg_hba.conf} before starting.
	 */
	private void setPasswordAndStopTrusting(Path passwordFile) throws IOException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, "")) {
			connection.unwrap(PGConnection.class)
				.alterUserPassword(SUPERUSER, this.password.toCharArray(), "scram-sha-256");
			EmbeddedPassword.write(passwordFile, this.password);
			EmbeddedPassword.requireInPgHba(this.dataDir);
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select pg_reload_conf()")) {
				rs.next();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set a password on the embedded PostgreSQL in " + this.dataDir,
					ex);
		}
		log.info("The embedded PostgreSQL in {} was open to every local connection; it now asks for the password "
				+ "in {}", this.dataDir, passwordFile);
	}

	/** The durability settings as the running server reports them ({@code SHOW}). */
	Map<String, String> durability() {
		Map<String, String> settings = new LinkedHashMap<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, this.password);
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

	/** For the application's pool and the tests; never logged. */
	String password() {
		return this.password;
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

}
