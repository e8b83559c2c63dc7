package vn.hanoi.plantracker.system;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, failing fast while the database is known to be down. A request that asks for
 * a connection then is refused at once (08001), and so is one that was already waiting
 * for the pool when a failure marked the database down: without this, every request that
 * had entered the application when the server went away waited out the pool's whole
 * connection timeout (3 s) after the outage was known, and under load answered "service
 * unavailable" in five seconds instead of at once.
 * <p>
 * A waiter is woken by an interrupt, which the pool answers with an exception; the
 * interrupt is taken back before the waiter goes on, whatever the pool answered, so it
 * never reaches the request's other work.
 */
final class OutageAwareDataSource extends DelegatingDataSource implements Closeable {

	private final ObjectProvider<DatabaseAvailability> availability;

	private final ConnectionAttempts attempts;

	/** Threads waiting for a connection from the pool. */
	private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();

	OutageAwareDataSource(DataSource pool, ObjectProvider<DatabaseAvailability> availability) {
		this(pool, availability, null);
	}

	OutageAwareDataSource(DataSource pool, ObjectProvider<DatabaseAvailability> availability,
			ConnectionAttempts attempts) {
		super(pool);
		this.availability = availability;
		this.attempts = attempts;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(() -> super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(() -> super.getConnection(username, password));
	}

	private Connection connect(Connect connect) throws SQLException {
		DatabaseAvailability database = this.availability.getIfAvailable();
		if (database != null && database.isDown()) {
			throw unreachable(null);
		}
		Waiter me = new Waiter(Thread.currentThread());
		this.waiting.add(me);
		try {
			return connect.connect();
		}
		catch (SQLException ex) {
			if (me.aborted) {
				throw unreachable(ex);
			}
			throw ex;
		}
		finally {
			synchronized (me) {
				this.waiting.remove(me);
				me.done = true;
			}
			if (me.aborted) {
				// the interrupt was this class's own, to wake the pool's wait
				Thread.interrupted();
			}
		}
	}

	/** The database is down: every thread waiting for the pool gives up now. */
	void abortWaiters() {
		for (Waiter waiter : this.waiting) {
			synchronized (waiter) {
				if (!waiter.done) {
					waiter.aborted = true;
					waiter.thread.interrupt();
				}
			}
		}
	}

	/** The pool (the datasource's own close, which this wrapper would otherwise hide). */
	@Override
	public void close() throws java.io.IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}

	/**
	 * The pool's source of new connections, telling {@link DatabaseAvailability} when one
	 * cannot be opened: when the server has gone, the pool finds out first (its idle
	 * connections fail their check and it opens new ones), while the requests wait for
	 * it.
	 */
	static ConnectionAttempts reportingFailures(DataSource driver, ObjectProvider<DatabaseAvailability> availability) {
		return new ConnectionAttempts(driver, availability);
	}

	/** The database is back: the pool opens connections again at once. */
	void databaseIsBack() {
		if (this.attempts != null) {
			this.attempts.wakeAdder();
		}
	}

	static final class ConnectionAttempts extends DelegatingDataSource {

		private final ObjectProvider<DatabaseAvailability> availability;

		/**
		 * The pool's thread that adds connections, when its last attempt failed: it then
		 * waits longer and longer between attempts (up to 5 s), so that after an outage
		 * the requests would wait out the pool's timeout before it tried again.
		 */
		private volatile Thread failingAdder;

		ConnectionAttempts(DataSource driver, ObjectProvider<DatabaseAvailability> availability) {
			super(driver);
			this.availability = availability;
		}

		@Override
		public Connection getConnection() throws SQLException {
			long started = System.currentTimeMillis();
			try {
				Connection connection = super.getConnection();
				this.failingAdder = null;
				return connection;
			}
			catch (SQLException ex) {
				failed(ex, started);
				throw ex;
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			long started = System.currentTimeMillis();
			try {
				Connection connection = super.getConnection(username, password);
				this.failingAdder = null;
				return connection;
			}
			catch (SQLException ex) {
				failed(ex, started);
				throw ex;
			}
		}

		private void failed(SQLException ex, long started) {
			if (Thread.currentThread().getName().contains("adder")) {
				this.failingAdder = Thread.currentThread();
			}
			DatabaseAvailability database = this.availability.getIfAvailable();
			if (database != null) {
				database.connectionFailed(ex, started);
			}
		}

		/**
		 * Ends the pool's failing run of attempts (an interrupt ends its wait and its
		 * loop; its executor clears the interrupt before its next task): the requests'
		 * next wait starts a fresh one, which tries at once.
		 */
		void wakeAdder() {
			Thread adder = this.failingAdder;
			this.failingAdder = null;
			if (adder != null) {
				adder.interrupt();
			}
		}

	}

	private static SQLTransientConnectionException unreachable(Throwable cause) {
		return new SQLTransientConnectionException("The database is unreachable (known down)", "08001", cause);
	}

	private interface Connect {

		Connection connect() throws SQLException;

	}

	private static final class Waiter {

		final Thread thread;

		boolean aborted;

		boolean done;

		Waiter(Thread thread) {
			this.thread = thread;
		}

	}

}
