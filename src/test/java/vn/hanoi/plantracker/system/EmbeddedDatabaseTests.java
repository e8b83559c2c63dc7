package vn.hanoi.plantracker.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL of a local run, on real servers and real processes. (The tests'
 * own server, support/TestDatabase, keeps fsync off for speed: its data is thrown away.)
 */
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
		assertThat(EmbeddedDatabase.orphanedPostmaster(data)).as("kill -9 leaves the postmaster running").isPresent();

		long started = System.nanoTime();
		EmbeddedDatabase next = EmbeddedDatabase.start(data, 0);
		try {
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(30);
			try (Connection connection = DriverManager.getConnection(next.jdbcUrl(), "postgres", "");
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

	static List<String> javaCommand(String mainClass, String... args) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(
				List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
		command.addAll(List.of(args));
		return command;
	}

}
