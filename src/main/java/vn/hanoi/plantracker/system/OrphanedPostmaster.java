package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the embedded database's data directory by a run
 * killed with -9, stopped before the next start instead of failing on the lock file.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	/**
	 * A run killed with -9 leaves its postmaster (and its children) running, holding the
	 * data directory. Only a live process whose command is postgres counts: a stale pid
	 * file of a dead server is PostgreSQL's own to handle. SIGTERM asks for a smart
	 * shutdown, which completes at once as nobody is connected any more.
	 */
	static void stop(Path dataDir) {
		find(dataDir).ifPresent((postmaster) -> {
			log.warn("A PostgreSQL server (pid {}) left by an earlier run still holds {}; stopping it",
					postmaster.pid(), dataDir);
			postmaster.destroy();
			try {
				postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
				log.info("The earlier PostgreSQL server (pid {}) has stopped", postmaster.pid());
			}
			catch (Exception ex) {
				throw new IllegalStateException("The PostgreSQL server with pid " + postmaster.pid() + " still holds "
						+ dataDir + "; stop it, then start again", ex);
			}
		});
	}

	static Optional<ProcessHandle> find(Path dataDir) {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			if (lines.size() < 2 || !Path.of(lines.get(1).trim()).normalize().equals(dataDir.normalize())) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Could not read {}", pidFile, ex);
			return Optional.empty();
		}
	}

	private OrphanedPostmaster() {
	}

}
