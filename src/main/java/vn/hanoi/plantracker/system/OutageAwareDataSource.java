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

	/** Threads waiting for a connection from the pool. */
	private final Set<Waiter> waiting = ConcurrentHashMap.newKeySet();

	OutageAwareDataSource(DataSource pool, ObjectProvider<DatabaseAvailability> availability) {
		super(pool);
		this.availability = availability;
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
