package vn.hanoi.plantracker.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate JVM that starts the embedded database, commits one row, says READY and waits
 * to be killed ({@link EmbeddedDatabaseTests}).
 */
final class EmbeddedDatabaseProcess {

	private EmbeddedDatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
		try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
				Statement statement = connection.createStatement()) {
			statement.execute("create table survivor (id int primary key)");
			statement.execute("insert into survivor values (1)");
		}
		System.out.println("READY " + db.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
