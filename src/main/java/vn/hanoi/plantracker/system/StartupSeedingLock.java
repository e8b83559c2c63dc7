package vn.hanoi.plantracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one database run their start-up work (the first
 * administrator, the demo accounts and progress: each a check-then-insert) one node at a
 * time: a PostgreSQL advisory lock is taken when the context has started, before the
 * application runners, and released when the application is ready (or has failed). The
 * second node then finds everything in place and inserts nothing. (Flyway takes its own
 * lock for the migrations; scheduled jobs take ShedLock's.)
 */
@Component
class StartupSeedingLock {

	/** Any constant, the same on every node: "PT" "SEED". */
	static final long KEY = 0x5054_5345_4544L;

	private static final Logger log = LoggerFactory.getLogger(StartupSeedingLock.class);

	/** How long a node waits for another's start-up work. */
	private static final java.time.Duration WAIT_AT_MOST = java.time.Duration.ofMinutes(15);

	private final DataSource dataSource;

	private Connection held;

	StartupSeedingLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationStartedEvent.class)
	synchronized void acquire() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			long started = System.nanoTime();
			// the other node's start-up work may take longer than a statement may (30 s,
			// spring.datasource.hikari.data-source-properties): a slow machine's demo
			// data did, and the second node failed to start
			// (and the driver's socket timeout, 60 s)
			int networkTimeout = connection.getNetworkTimeout();
			connection.setNetworkTimeout(Runnable::run, (int) WAIT_AT_MOST.toMillis());
			statement.execute("set statement_timeout = " + WAIT_AT_MOST.toMillis());
			statement.execute("select pg_advisory_lock(" + KEY + ")");
			statement.execute("reset statement_timeout");
			connection.setNetworkTimeout(Runnable::run, networkTimeout);
			long waited = (System.nanoTime() - started) / 1_000_000;
			if (waited > 100) {
				log.info("Waited {} ms for another node to finish its start-up work", waited);
			}
			this.held = connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	@EventListener({ ApplicationReadyEvent.class, ApplicationFailedEvent.class })
	synchronized void release() {
		if (this.held == null) {
			return;
		}
		try (Connection connection = this.held; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// closing the connection ends the session, which releases the lock anyway
			log.debug("Could not release the start-up lock explicitly", ex);
		}
		finally {
			this.held = null;
		}
	}

}
