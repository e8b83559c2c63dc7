package vn.hanoi.plantracker.system;

import sun.misc.Signal;

/**
 * Under {@code ./mvnw spring-boot:run} (the plugin sets
 * {@code plantracker.run-by-maven=true}, see pom.xml), a SIGTERM is Maven passing on a
 * Ctrl-C: when the interrupt reached Maven but not the application (a terminal that
 * signals only Maven, an IDE, {@code kill -INT} of Maven), the plugin waits 5 s and then
 * sends SIGTERM. The application then shuts down as always (web server, jobs, embedded
 * PostgreSQL) but ends with the interrupt's status, 130, which the plugin takes as a
 * clean stop, instead of 143 and "BUILD FAILURE ... Process terminated with exit code:
 * 143". Outside Maven nothing changes.
 */
public final class MavenRunSignals {

	private static final int INTERRUPTED = 130;

	private MavenRunSignals() {
	}

	public static void install() {
		if (!Boolean.getBoolean("plantracker.run-by-maven")) {
			return;
		}
		try {
			Signal.handle(new Signal("TERM"), (signal) -> System.exit(INTERRUPTED));
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			// no SIGTERM here (Windows), or the JVM runs with -Xrs: nothing to do
		}
	}

}
