package vn.hanoi.plantracker.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Deletes expired sessions every minute, in place of Spring Session's own job
 * ({@code spring.session.jdbc.cleanup-cron=-}), which logged a stack trace every minute
 * while the database was down. While it is known to be down this does nothing (the outage
 * was logged once when it began); a run that finds it gone marks it down, which logs that
 * once; any other failure is a defect and is logged with its stack trace.
 */
@Component
class ExpiredSessionCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

	private final JdbcIndexedSessionRepository sessions;

	private final DatabaseAvailability database;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions, DatabaseAvailability database) {
		this.sessions = sessions;
		this.database = database;
	}

	@Scheduled(cron = "${plantracker.session.cleanup-cron:0 * * * * *}")
	void cleanUp() {
		if (this.database.isDown()) {
			return;
		}
		try {
			this.sessions.cleanUpExpiredSessions();
		}
		catch (DataAccessException | TransactionException ex) {
			if (!this.database.recordFailure(ex)) {
				throw ex;
			}
			log.debug("Expired sessions not deleted: the database cannot be reached", ex);
		}
	}

}
