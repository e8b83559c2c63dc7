package vn.hanoi.plantracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server for the whole test JVM: a Testcontainers PostgreSQL 17 when
 * a Docker engine is reachable, otherwise the embedded PostgreSQL 17 from Maven
 * artifacts. Never H2. Each Spring context gets its own database on it, so contexts with
 * different data never see each other.
 */
public final class TestDatabase {

	private static Server server;

	private TestDatabase() {
	}

	/** JDBC URL of a database with this name, created empty on first use. */
	public static synchronized String url(String database) {
		Server current = server();
		try (Connection connection = DriverManager.getConnection(current.url("postgres"), current.username(),
				current.password()); Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
			if (!rs.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + database, ex);
		}
		return current.url(database);
	}

	public static String username() {
		return server().username();
	}

	public static String password() {
		return server().password();
	}

	private static synchronized Server server() {
		if (server == null) {
			server = dockerAvailable() ? container() : embedded();
		}
		return server;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Server container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
		container.start();
		String base = container.getJdbcUrl().substring(0, container.getJdbcUrl().lastIndexOf('/') + 1);
		return new Server(base, container.getUsername(), container.getPassword());
	}

	private static Server embedded() {
		try {
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory("plantracker-test-pg"))
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				// Spring closes the cached test contexts in shutdown hooks of their own,
				// which run at the same time as this one: stopping at once left each
				// context's event registry waiting for a connection as it was destroyed
				// (a WARN per context and a JVM that Surefire had to kill after 30 s)
				awaitClientsGone(pg, Duration.ofSeconds(20));
				try {
					pg.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the temporary directory goes with the OS's
					// cleanup
				}
			}));
			return new Server("jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	/**
	 * Until no other client is connected (every context's pool closed), at most this
	 * long.
	 */
	private static void awaitClientsGone(EmbeddedPostgres pg, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		try (Connection connection = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			while (System.nanoTime() < deadline) {
				var rs = statement.executeQuery("select count(*) from pg_stat_activity "
						+ "where backend_type = 'client backend' and pid <> pg_backend_pid()");
				rs.next();
				if (rs.getLong(1) == 0) {
					return;
				}
				Thread.sleep(100);
			}
		}
		catch (SQLException ex) {
			// nothing to wait for
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Server(String base, String username, String password) {

		String url(String database) {
			return this.base + database;
		}

	}

}
