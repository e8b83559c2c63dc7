package vn.hanoi.plantracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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

	private record Server(String base, String username, String password) {

		String url(String database) {
			return this.base + database;
		}

	}

}
