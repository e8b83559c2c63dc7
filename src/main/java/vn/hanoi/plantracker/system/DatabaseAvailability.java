package vn.hanoi.plantracker.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can be reached. A request that fails for want of the database marks
 * it down; while it is down, pages get the "temporarily unavailable" page at once instead
 * of each waiting for the pool, and at most once a second one request probes it with a
 * fresh connection (outside the pool, one second at most), so the application recovers by
 * itself within a second or two of the database returning. The health endpoint uses the
 * same probe.
 */
@Component
class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	private static final long PROBE_INTERVAL_MILLIS = 1000;

	// Resolved on first use: the outage filter is created with the web server, before the
	// datasource's properties may be complete (tests register them from a bean).
	private final ObjectProvider<DataSource> dataSource;

	private final ReentrantLock probing = new ReentrantLock();

	private volatile long downSince;

	private volatile long lastProbe;

	/** When the database was last found reachable again after an outage. */
	private volatile long upSince;

	DatabaseAvailability(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * True while the database is known to be unreachable (probing at most once a second).
	 */
	public boolean isDown() {
		if (this.downSince == 0) {
			return false;
		}
		long now = System.currentTimeMillis();
		if (now - this.lastProbe >= PROBE_INTERVAL_MILLIS && this.probing.tryLock()) {
			try {
				this.lastProbe = now;
				if (reachable()) {
					log.info("The database is reachable again after {} ms", now - this.downSince);
					this.upSince = now;
					this.downSince = 0;
					// the pool, which has been failing to connect and waits longer and
					// longer between attempts, tries again at once
					if (this.dataSource.getIfAvailable() instanceof OutageAwareDataSource pool) {
						pool.databaseIsBack();
					}
				}
			}
			finally {
				this.probing.unlock();
			}
		}
		return this.downSince != 0;
	}

	/**
	 * Marks the database down when this failure is one of reaching it; true when the
	 * request is to be answered "temporarily unavailable".
	 * <p>
	 * Only a failure to reach PostgreSQL counts: a connection refused, lost or not given
	 * by the pool in time, the server shutting down (SQL states 08, 57P, 53300). Anything
	 * else is the application's failure, answered with the usual error page (500), never
	 * with an outage: above all the JVM's own (out of memory), whatever wraps it. The
	 * driver reports an {@link OutOfMemoryError} met while it reads a large result as an
	 * {@link SQLException} (53200), which Spring translates to a resource failure; and
	 * the probe, made with the heap exhausted, could fail as well, so that the node would
	 * call the database down while it is the node that is out of memory. The operator's
	 * answer to that is {@code -XX:+ExitOnOutOfMemoryError} (README): the JVM exits at
	 * the first one, and the supervisor starts it afresh.
	 */
	public boolean recordFailure(Throwable failure) {
		if (DatabaseFailures.isJvmFailure(failure)) {
			return false;
		}
		boolean outage = isOutage(failure);
		// a database failure that names no cause of its own (a rollback on a connection
		// the pool has closed: "Connection is closed", no SQL state; a statement
		// cancelled by its timeout) is an outage only when the database cannot be
		// reached right now
		if (!outage && !DatabaseFailures.isDatabaseFailure(failure)) {
			return false;
		}
		if (this.downSince != 0) {
			// the request's own line (503) says so; no line of its own
			return true;
		}
		// one probe: a pool that gave no connection in time may only be busy: that
		// request fails, the others go on
		boolean reachable = reachable();
		if (!outage && reachable) {
			return false;
		}
		if (!reachable) {
			markDown(failure);
		}
		return true;
	}

	/**
	 * The pool failed to open a connection (started at {@code attemptStarted}, epoch
	 * millis): when it could not reach the server, the database is down now, before any
	 * request has waited out the pool's timeout for want of one. (Such an attempt is
	 * itself a probe: a fresh connection, refused.) An attempt begun before the database
	 * was last found back says nothing of now.
	 */
	void connectionFailed(Throwable failure, long attemptStarted) {
		if (this.downSince == 0 && attemptStarted >= this.upSince && isOutage(failure)) {
			markDown(failure);
		}
	}

	private synchronized void markDown(Throwable failure) {
		if (this.downSince != 0) {
			return;
		}
		this.downSince = System.currentTimeMillis();
		this.lastProbe = this.downSince;
		log.warn("The database cannot be reached ({}); pages answer 503 until it returns",
				DatabaseFailures.rootMessage(failure));
		// the requests that entered before and wait for the pool answer now, not after
		// the pool's whole timeout
		if (this.dataSource.getIfAvailable() instanceof OutageAwareDataSource pool) {
			pool.abortWaiters();
		}
	}

	/**
	 * One fresh connection and a round trip, at most about a second. With a Hikari pool,
	 * outside the pool, so that a pool busy with work does not read as an outage.
	 */
	public boolean reachable() {
		try (Connection connection = openProbeConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException | RuntimeException ex) {
			return false;
		}
	}

	private Connection openProbeConnection() throws SQLException {
		DataSource target = this.dataSource.getObject();
		if (target instanceof OutageAwareDataSource pool) {
			target = pool.getTargetDataSource();
		}
		if (target instanceof HikariDataSource hikari) {
			Properties properties = new Properties();
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			properties.setProperty("connectTimeout", "1");
			properties.setProperty("socketTimeout", "2");
			properties.setProperty("loginTimeout", "2");
			return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
		}
		return target.getConnection();
	}

	/**
	 * A failure to reach the database (no connection from the pool, connection refused or
	 * lost, server shutting down or refusing connections), as opposed to a defect, a
	 * statement that failed or took too long, or the JVM's own failure.
	 */
	static boolean isOutage(Throwable failure) {
		return !DatabaseFailures.isJvmFailure(failure)
				&& DatabaseFailures.anyInChain(failure, DatabaseFailures::isConnectionFailure);
	}

}
