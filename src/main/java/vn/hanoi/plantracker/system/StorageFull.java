package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure is the server's storage being full: PostgreSQL's {@code disk_full}
 * (SQLSTATE 53100, where the evidence files are stored) or the file system's "No space
 * left on device" / "Disk quota exceeded" (the upload spool). Not the user's fault and
 * not a defect: the answer is 507 with what they typed, and nothing is stored.
 */
public final class StorageFull {

	/** PostgreSQL's {@code disk_full}. */
	public static final String DISK_FULL = "53100";

	private StorageFull() {
	}

	public static boolean causedBy(Throwable failure) {
		return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean causedBy(Throwable t, Set<Throwable> seen) {
		if (t == null || !seen.add(t) || seen.size() > 64) {
			return false;
		}
		if (t instanceof SQLException sql) {
			if (DISK_FULL.equals(sql.getSQLState()) || causedBy(sql.getNextException(), seen)) {
				return true;
			}
		}
		if (t instanceof org.hibernate.JDBCException jdbc && DISK_FULL.equals(jdbc.getSQLState())) {
			return true;
		}
		if (t instanceof IOException && t.getMessage() != null && (t.getMessage().contains("No space left on device")
				|| t.getMessage().contains("Disk quota exceeded"))) {
			return true;
		}
		if (t instanceof org.springframework.transaction.TransactionSystemException tx
				&& causedBy(tx.getApplicationException(), seen)) {
			return true;
		}
		for (Throwable suppressed : t.getSuppressed()) {
			if (causedBy(suppressed, seen)) {
				return true;
			}
		}
		return causedBy(t.getCause(), seen);
	}

}
