package vn.hanoi.plantracker.system;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures are a database outage: only failing to reach PostgreSQL. The JVM's own
 * failures, whatever wraps them, and the application's are never one, even when the probe
 * fails at that moment (a node out of memory may fail to open a connection too).
 */
class DatabaseAvailabilityTests {

	private final AtomicInteger probes = new AtomicInteger();

	@Test
	void anOutOfMemoryErrorReadingRowsIsNotAnOutageEvenWhenTheProbeFails() {
		DatabaseAvailability database = availability(false);
		// what the driver and Spring make of the heap running out while rows arrive:
		// SQL state 53200 (out of memory), translated to a resource failure
		Throwable heapExhausted = new DataAccessResourceFailureException("StatementCallback; SQL [select ...]",
				new PSQLException("Ran out of memory retrieving query results.", PSQLState.OUT_OF_MEMORY,
						new OutOfMemoryError("Java heap space")));
		assertThat(database.recordFailure(heapExhausted)).isFalse();
		assertThat(database
			.recordFailure(new ServletException("Handler dispatch failed", new OutOfMemoryError("Java heap space"))))
			.isFalse();
		assertThat(database.recordFailure(new OutOfMemoryError("Java heap space"))).isFalse();
		assertThat(database.recordFailure(new StackOverflowError())).isFalse();
		assertThat(this.probes).as("no probe made for the JVM's own failure").hasValue(0);
		assertThat(database.isDown()).isFalse();
	}

	@Test
	void aFailureThatIsNotTheDatabasesIsNotAnOutage() {
		DatabaseAvailability database = availability(false);
		assertThat(database.recordFailure(new IllegalStateException("a defect"))).isFalse();
		assertThat(database
			.recordFailure(new ServletException("Request processing failed", new IllegalArgumentException("a defect"))))
			.isFalse();
		assertThat(database.isDown()).isFalse();
	}

	@Test
	void aStatementThatFailedOrTookTooLongIsAnOutageOnlyWhenTheDatabaseCannotBeReached() {
		Throwable timedOut = new QueryTimeoutException("PreparedStatementCallback",
				new PSQLException("ERROR: canceling statement due to statement timeout", PSQLState.QUERY_CANCELED));
		Throwable serverOutOfMemory = new DataAccessResourceFailureException("PreparedStatementCallback",
				new PSQLException("ERROR: out of memory", PSQLState.OUT_OF_MEMORY));
		DatabaseAvailability reachable = availability(true);
		assertThat(reachable.recordFailure(timedOut)).isFalse();
		assertThat(reachable.recordFailure(serverOutOfMemory)).isFalse();
		assertThat(reachable.isDown()).isFalse();

		DatabaseAvailability unreachable = availability(false);
		assertThat(unreachable.recordFailure(timedOut)).isTrue();
		assertThat(unreachable.isDown()).isTrue();
	}

	@Test
	void failingToReachTheDatabaseIsAnOutage() {
		DatabaseAvailability database = availability(false);
		Throwable refused = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
		assertThat(DatabaseAvailability.isOutage(refused)).isTrue();
		assertThat(DatabaseAvailability.isOutage(new java.sql.SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 3000ms.")))
			.isTrue();
		assertThat(DatabaseAvailability
			.isOutage(new SQLException("FATAL: terminating connection due to administrator command", "57P01")))
			.isTrue();
		assertThat(database.recordFailure(refused)).isTrue();
		assertThat(database.isDown()).isTrue();
	}

	/**
	 * When the pool cannot open a connection because the server is gone, the database is
	 * down at once: no request has to wait out the pool's timeout to find out. A refused
	 * password is not an outage, nor is an attempt begun before the database came back.
	 */
	@Test
	void aConnectionThePoolCannotOpenMarksTheDatabaseDownAtOnce() {
		DatabaseAvailability database = availability(true);
		database.connectionFailed(
				new PSQLException("FATAL: password authentication failed", PSQLState.INVALID_PASSWORD),
				System.currentTimeMillis());
		assertThat(database.isDown()).isFalse();
		database.connectionFailed(
				new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT),
				System.currentTimeMillis());
		assertThat(database.isDown()).isTrue();
		assertThat(this.probes).as("the pool's attempt was the probe").hasValue(0);
	}

	/**
	 * A request that was waiting for the pool when another request's failure showed the
	 * database down answers at once: it does not wait out the pool's timeout (3 s; here
	 * 20 s), and keeps no interrupt. A request that asks for a connection afterwards is
	 * refused without waiting either.
	 */
	@Test
	void aRequestWaitingForThePoolGivesUpAsSoonAsTheDatabaseIsKnownDown() throws Exception {
		AtomicInteger poolWaits = new AtomicInteger();
		// the pool as Hikari behaves with the server gone: a request waits for a
		// connection until the timeout, and an interrupt ends the wait with an exception;
		// the probe's own connection (outside the pool) is refused
		DataSource hikariLike = new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				if (!Thread.currentThread().getName().startsWith("request")) {
					throw new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
				}
				poolWaits.incrementAndGet();
				try {
					Thread.sleep(20_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new SQLException("HikariPool-1 - Interrupted during connection acquisition", ex);
				}
				throw new java.sql.SQLTransientConnectionException("HikariPool-1 - request timed out after 20000ms");
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		OutageAwareDataSource pool = new OutageAwareDataSource(hikariLike,
				beans.getBeanProvider(DatabaseAvailability.class));
		beans.addBean("dataSource", pool);
		DatabaseAvailability database = new DatabaseAvailability(beans.getBeanProvider(DataSource.class));
		beans.addBean("databaseAvailability", database);

		java.util.concurrent.atomic.AtomicReference<Object> outcome = new java.util.concurrent.atomic.AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean interruptKept = new java.util.concurrent.atomic.AtomicBoolean();
		Thread request = new Thread(() -> {
			try {
				outcome.set(pool.getConnection());
			}
			catch (SQLException ex) {
				outcome.set(ex);
			}
			interruptKept.set(Thread.currentThread().isInterrupted());
		}, "request-1");
		request.start();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
		while (request.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(request.getState()).as("waiting for the pool").isEqualTo(Thread.State.TIMED_WAITING);

		long started = System.nanoTime();
		assertThat(database.recordFailure(new SQLException("FATAL: terminating connection", "57P01"))).isTrue();
		request.join(5_000);
		long waitedMillis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(request.isAlive()).isFalse();
		assertThat(waitedMillis).as("answered at once, not after the pool's timeout").isLessThan(2_000);
		assertThat(outcome.get()).isInstanceOfSatisfying(java.sql.SQLTransientConnectionException.class,
				(ex) -> assertThat(ex.getSQLState()).isEqualTo("08001"));
		assertThat(DatabaseAvailability.isOutage((Throwable) outcome.get())).isTrue();
		assertThat(interruptKept).as("the interrupt that woke it is taken back").isFalse();

		Thread later = new Thread(() -> {
			try {
				pool.getConnection();
			}
			catch (SQLException ex) {
				// refused: the database is down
			}
		}, "request-2");
		later.start();
		later.join(5_000);
		assertThat(later.isAlive()).isFalse();
		assertThat(poolWaits).as("the later request never waited for the pool").hasValue(1);
	}

	/** Availability over a data source whose probe connection is valid or refused. */
	private DatabaseAvailability availability(boolean reachable) {
		DataSource dataSource = new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				DatabaseAvailabilityTests.this.probes.incrementAndGet();
				if (!reachable) {
					throw new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
				}
				return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
						new Class<?>[] { Connection.class },
						(proxy, method, args) -> method.getName().equals("isValid") ? Boolean.TRUE : null);
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		return new DatabaseAvailability(
				new StaticListableBeanFactory(Map.of("dataSource", dataSource)).getBeanProvider(DataSource.class));
	}

}
