package vn.hanoi.plantracker.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether PostgreSQL can be reached. A request that fails for want of the database marks
 * it down; while it is down, pages get the "temporarily unavailable" page at once instead
 * of each waiting for the pool, and at most once a second one request probes it with a
 * fresh connection (outside the pool, one second at most), so the application recovers by
 * itself within a second or two of the database returning. The health endpoint uses the
 * same probe.
 */
@Component
public class DatabaseAvailability {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	private static final long PROBE_INTERVAL_MILLIS = 1000;

	// Resolved on first use: the outage filter is created with the web server, before the
	// datasource's properties may be complete (tests register them from a bean).
	private final ObjectProvider<DataSource> dataSource;

	private final ReentrantLock probing = new ReentrantLock();

	private volatile long downSince;

	private volatile long lastProbe;

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
					this.downSince = 0;
				}
			}
			finally {
				this.probing.unlock();
			}
		}
		return this.downSince != 0;
	}

	/** Marks the database down when this failure is one of reaching it. */
	public boolean recordFailure(Throwable failure) {
		boolean outage = isOutage(failure);
		// a database failure that names no cause of its own (a rollback on a connection
		// the pool has closed: "Connection is closed", no SQL state) is an outage when
		// the database is down or cannot be reached right now
		if (!outage && !isDatabaseFailure(failure)) {
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
		if (!reachable && this.downSince == 0) {
			this.downSince = System.currentTimeMillis();
			this.lastProbe = this.downSince;
			log.warn("The database cannot be reached ({}); pages answer 503 until it returns", rootMessage(failure));
		}
		return true;
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
		if (this.dataSource.getObject() instanceof HikariDataSource hikari) {
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
		return this.dataSource.getObject().getConnection();
	}

	/**
	 * A failure to reach the database (no connection from the pool, connection refused or
	 * lost, server shutting down, statement timed out), as opposed to a defect.
	 */
	static boolean isOutage(Throwable failure) {
		return isOutage(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
	}

	// the cause chain, and what it hides: a rollback failure's original exception, a
	// servlet exception's root cause, suppressed exceptions, chained SQL exceptions
	private static boolean isOutage(Throwable t, java.util.Set<Throwable> seen) {
		if (t == null || !seen.add(t) || seen.size() > 64) {
			return false;
		}
		if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
				|| t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
				|| t instanceof org.springframework.dao.TransientDataAccessResourceException
				|| t instanceof org.springframework.dao.RecoverableDataAccessException
				|| t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
				|| t instanceof java.sql.SQLNonTransientConnectionException || t instanceof ConnectException
				|| t instanceof org.hibernate.exception.JDBCConnectionException) {
			return true;
		}
		if (t instanceof SQLException sql) {
			if (sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
					|| "57014".equals(sql.getSQLState()))) {
				return true;
			}
			if (isOutage(sql.getNextException(), seen)) {
				return true;
			}
		}
		if (t instanceof org.springframework.transaction.TransactionSystemException tx
				&& isOutage(tx.getApplicationException(), seen)) {
			return true;
		}
		if (t instanceof jakarta.servlet.ServletException servlet && isOutage(servlet.getRootCause(), seen)) {
			return true;
		}
		for (Throwable suppressed : t.getSuppressed()) {
			if (isOutage(suppressed, seen)) {
				return true;
			}
		}
		return isOutage(t.getCause(), seen);
	}

	/** Any failure of the database layer (a defect or an outage). */
	static boolean isDatabaseFailure(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 64; t = (t.getCause() == t) ? null : t.getCause(), depth++) {
			if (t instanceof SQLException || t instanceof org.springframework.dao.DataAccessException
					|| t instanceof org.springframework.transaction.TransactionException
					|| t instanceof jakarta.persistence.PersistenceException
					|| t instanceof org.hibernate.HibernateException) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
