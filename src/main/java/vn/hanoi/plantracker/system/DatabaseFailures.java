package vn.hanoi.plantracker.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What a failure is, read through its whole cause chain: the JVM's own, a failure to
 * reach the database, or any failure of the database layer. {@link DatabaseAvailability}
 * decides from these what is an outage.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * The JVM's own failure anywhere in the chain (out of memory, stack overflow, an
	 * internal error): never the database's, whatever wraps it.
	 */
	static boolean isJvmFailure(Throwable failure) {
		return anyInChain(failure, (t) -> t instanceof VirtualMachineError);
	}

	/** This one failure (not its causes) is one of reaching the database. */
	static boolean isConnectionFailure(Throwable t) {
		if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
				|| t instanceof java.sql.SQLNonTransientConnectionException
				|| t instanceof java.sql.SQLRecoverableException || t instanceof ConnectException
				|| t instanceof org.hibernate.exception.JDBCConnectionException) {
			return true;
		}
		if (t instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			// connection exception; admin or crash shutdown, cannot connect now; too many
			// connections
			return state.startsWith("08") || state.startsWith("57P") || "53300".equals(state);
		}
		return false;
	}

	/** Whether the failure, or anything its chain holds, passes the test. */
	static boolean anyInChain(Throwable failure, java.util.function.Predicate<Throwable> test) {
		return anyInChain(failure, test, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
	}

	// the cause chain, and what it hides: a rollback failure's original exception, a
	// servlet exception's root cause, suppressed exceptions, chained SQL exceptions
	private static boolean anyInChain(Throwable t, java.util.function.Predicate<Throwable> test,
			java.util.Set<Throwable> seen) {
		if (t == null || !seen.add(t) || seen.size() > 64) {
			return false;
		}
		if (test.test(t)) {
			return true;
		}
		if (t instanceof SQLException sql && anyInChain(sql.getNextException(), test, seen)) {
			return true;
		}
		if (t instanceof org.springframework.transaction.TransactionSystemException tx
				&& anyInChain(tx.getApplicationException(), test, seen)) {
			return true;
		}
		if (t instanceof jakarta.servlet.ServletException servlet && anyInChain(servlet.getRootCause(), test, seen)) {
			return true;
		}
		for (Throwable suppressed : t.getSuppressed()) {
			if (anyInChain(suppressed, test, seen)) {
				return true;
			}
		}
		return anyInChain(t.getCause(), test, seen);
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

	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
