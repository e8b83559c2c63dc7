package vn.hanoi.plantracker.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hanoi.plantracker.support.FaultTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL of a local run, on real servers and real processes. (The tests'
 * own server, support/TestDatabase, keeps fsync off for speed: its data is thrown away.)
 */
@FaultTest
class EmbeddedDatabaseTests {

	@TempDir
	Path dir;

	@Test
	void theEmbeddedDatabaseIsDurable() {
		EmbeddedDatabase db = EmbeddedDatabase.start(this.dir.resolve("pg"), 0);
		try {
			assertThat(db.durability())
				.isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
		}
		finally {
			db.stop();
		}
		assertThat(db.isRunning()).isFalse();
		assertThat(this.dir.resolve("pg/postmaster.pid")).doesNotExist();
	}

	@Test
	void itStopsAfterTheWebServerAndEveryBeanThatUsesIt() {
		// destroyed with the beans, after all lifecycle beans (the web server's graceful
		// shutdown among them) have stopped, and after the beans that depend on it
		assertThat(org.springframework.beans.factory.DisposableBean.class).isAssignableFrom(EmbeddedDatabase.class);
		assertThat(org.springframework.context.Lifecycle.class.isAssignableFrom(EmbeddedDatabase.class)).isFalse();
	}

	@Test
	void aPostmasterLeftByAKilledRunIsStoppedAndTheNextStartSucceedsAtOnce() throws Exception {
		Path data = this.dir.resolve("pg");
		Process killed = new ProcessBuilder(javaCommand(EmbeddedDatabaseProcess.class.getName(), data.toString()))
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.startsWith("READY")) {
				// the child's log
			}
			assertThat(line).as("the child JVM started its database").startsWith("READY");
		}
		killed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		assertThat(OrphanedPostmaster.find(data)).as("kill -9 leaves the postmaster running").isPresent();

		long started = System.nanoTime();
		EmbeddedDatabase next = EmbeddedDatabase.start(data, 0);
		try {
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(30);
			try (Connection connection = DriverManager.getConnection(next.jdbcUrl(), "postgres", next.password());
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select count(*) from survivor")) {
				rs.next();
				assertThat(rs.getInt(1)).as("the row committed before kill -9").isEqualTo(1);
			}
		}
		finally {
			next.stop();
		}
	}

	@Test
	void aNewDataDirectoryAsksEveryConnectionForTheRandomPasswordInAnOwnerOnlyFile() throws Exception {
		Path data = this.dir.resolve("pg");
		EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
		try {
			Path passwordFile = data.resolve(EmbeddedPassword.FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
				.isEqualTo("rw-------");
			assertThat(db.password()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(Files.readString(passwordFile).strip());
			assertThat(data.resolve("pg_hba.conf")).hasContent(EmbeddedPassword.PG_HBA);
			assertRefusedWithoutThePassword(db);
			assertThat(query(db, "select 1")).isEqualTo(1);
		}
		finally {
			db.stop();
		}
		assertThat(Files.list(this.dir)).as("initdb's password file is removed").containsExactly(data);
		assertThat(EmbeddedPassword.generate()).as("a new password each time").isNotEqualTo(db.password());

		EmbeddedDatabase again = EmbeddedDatabase.start(data, 0);
		try {
			assertThat(again.password()).as("the stored password, on the next start").isEqualTo(db.password());
			assertRefusedWithoutThePassword(again);
		}
		finally {
			again.stop();
		}
	}

	@Test
	void aDataDirectoryOfAnEarlierVersionWithoutAPasswordGetsOneAndKeepsItsData() throws Exception {
		Path data = this.dir.resolve("pg");
		// as the earlier versions created it: the library's initdb trusts every local
		// connection
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
				Connection connection = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"), "postgres",
						"");
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (id int primary key)");
			statement.execute("insert into kept values (1), (2)");
		}
		assertThat(data.resolve(EmbeddedPassword.FILE)).doesNotExist();

		EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
		String password;
		try {
			password = db.password();
			Path passwordFile = data.resolve(EmbeddedPassword.FILE);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
				.isEqualTo("rw-------");
			assertThat(Files.readString(passwordFile).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(32);
			assertThat(data.resolve("pg_hba.conf")).hasContent(EmbeddedPassword.PG_HBA);
			assertRefusedWithoutThePassword(db);
			assertThat(query(db, "select count(*) from kept")).isEqualTo(2);
		}
		finally {
			db.stop();
		}

		EmbeddedDatabase again = EmbeddedDatabase.start(data, 0);
		try {
			assertThat(again.password()).isEqualTo(password);
			assertRefusedWithoutThePassword(again);
			assertThat(query(again, "select count(*) from kept")).isEqualTo(2);
		}
		finally {
			again.stop();
		}
	}

	private static void assertRefusedWithoutThePassword(EmbeddedDatabase db) {
		assertThatExceptionOfType(SQLException.class).as("no password")
			.isThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "").close());
		assertThatExceptionOfType(SQLException.class).as("a wrong password")
			.isThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password() + "x").close())
			.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
	}

	private static int query(EmbeddedDatabase db, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	static List<String> javaCommand(String mainClass, String... args) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		return command;
	}

}
