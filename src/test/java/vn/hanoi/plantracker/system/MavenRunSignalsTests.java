package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.hanoi.plantracker.support.FaultTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under {@code spring-boot:run} the plugin sends SIGTERM when a Ctrl-C reached only
 * Maven, and reports any exit status but 0 and 130 as "BUILD FAILURE": there the
 * application ends with 130 after its shutdown (hooks run); elsewhere SIGTERM ends it
 * with 143 as always. A real JVM, a real signal.
 */
@FaultTest
class MavenRunSignalsTests {

	@Test
	void underSpringBootRunSigtermEndsWithTheInterruptStatusAfterTheShutdownHooks() throws Exception {
		assertThat(exitAfterSigterm(true)).isEqualTo(130);
	}

	@Test
	void elsewhereSigtermEndsAsAlways() throws Exception {
		assertThat(exitAfterSigterm(false)).isEqualTo(143);
	}

	private static int exitAfterSigterm(boolean runByMaven) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(EmbeddedDatabaseTests.javaCommand(Sleeper.class.getName()));
		command.add(1, "-Dplantracker.run-by-maven=" + runByMaven);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (InputStream out = process.getInputStream()) {
			// "ready" once the handler is in place
			byte[] ready = out.readNBytes(6);
			assertThat(new String(ready)).isEqualTo("ready\n");
			// SIGTERM, the streams left open (Process.destroy closes them)
			process.toHandle().destroy();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(new String(out.readAllBytes())).as("the shutdown hooks ran").contains("hook done");
			return process.exitValue();
		}
		finally {
			process.destroyForcibly();
		}
	}

	/** Stands for the application: the handler, a shutdown hook, and waiting. */
	public static final class Sleeper {

		public static void main(String[] args) throws InterruptedException {
			MavenRunSignals.install();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("hook done")));
			System.out.println("ready");
			System.out.flush();
			Thread.sleep(60_000);
		}

	}

}
