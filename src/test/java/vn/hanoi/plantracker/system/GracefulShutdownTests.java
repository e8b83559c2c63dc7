package vn.hanoi.plantracker.system;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hanoi.plantracker.support.FaultTest;
import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the application as it runs locally (a separate JVM, on its embedded
 * PostgreSQL) while evidence uploads are still arriving: every accepted request finishes
 * with its answer, every acknowledged save is in the database, the process exits within
 * 15 s and leaves no PostgreSQL running.
 */
@FaultTest
class GracefulShutdownTests {

	/** A port free on this machine, not a fixed one another test or program may hold. */
	private static final int PORT = freePort();

	private static final int UPLOADS = 4;

	private static final Pattern ASSIGNMENT_LINK = Pattern.compile("href=\"/assignments/(\\d+)\"");

	private static final String NOTE = "Tải lên khi tắt máy ";

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@TempDir
	Path dir;

	@Test
	void sigtermLetsAcceptedRequestsFinishThenStopsTheDatabase() throws Exception {
		Path data = this.dir.resolve("pg");
		Process app = new ProcessBuilder(
				EmbeddedDatabaseTests.javaCommand("vn.hanoi.plantracker.PlanTrackerApplication",
						"--server.port=" + PORT, "--plantracker.management.port=0",
						"--plantracker.embedded-db.dir=" + data, "--spring.main.banner-mode=off",
						// as run locally over plain http://localhost: the demo profile,
						// whose
						// properties give a plain session cookie (the production cookie
						// is
						// Secure, never sent back over http) and demo accounts without a
						// second
						// factor
						"--spring.profiles.active=demo"))
			.redirectErrorStream(true)
			.start();
		List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
		CountDownLatch started = new CountDownLatch(1);
		Thread reader = new Thread(() -> readLog(app.getInputStream(), log, started));
		reader.start();
		try {
			assertThat(started.await(300, TimeUnit.SECONDS)).as("the application started").isTrue();
			HttpUser monitor = new HttpUser("http://localhost:" + PORT);
			long ready = System.nanoTime();
			while (monitor.get("/actuator/health/readiness").statusCode() != 200
					&& System.nanoTime() - ready < Duration.ofSeconds(120).toNanos()) {
				Thread.sleep(250);
			}
			HttpUser officer = new HttpUser("http://localhost:" + PORT).signIn("officer.health", "demo-plan-133");
			List<Long> ids = assignments(officer);
			assertThat(ids).hasSizeGreaterThanOrEqualTo(UPLOADS);

			// each client saves progress with evidence on its own assignment, again and
			// again,
			// until the server stops answering
			ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
			Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
			AtomicInteger notAccepted = new AtomicInteger();
			AtomicBoolean stopped = new AtomicBoolean();
			CountDownLatch saving = new CountDownLatch(UPLOADS);
			for (int i = 0; i < UPLOADS; i++) {
				long id = ids.get(i);
				int client = i;
				clients.submit(() -> {
					for (int n = 0; !stopped.get(); n++) {
						try {
							String page = officer.get("/assignments/" + id).body();
							Matcher version = VERSION.matcher(page);
							if (!version.find()) {
								continue;
							}
							int status = officer
								.send(upload(id, version.group(1), HttpUser.csrf(page), NOTE + client + "." + n))
								.statusCode();
							statuses.computeIfAbsent(status, (s) -> new AtomicInteger()).incrementAndGet();
							saving.countDown();
						}
						catch (RuntimeException ex) {
							// refused or closed: the server no longer takes requests
							notAccepted.incrementAndGet();
							Thread.sleep(50);
						}
					}
					return null;
				});
			}
			assertThat(saving.await(60, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(1000);
			long signalled = System.nanoTime();
			app.destroy(); // SIGTERM
			boolean exited = app.waitFor(30, TimeUnit.SECONDS);
			long exitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
			stopped.set(true);
			clients.shutdown();
			assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			reader.join(10_000);
			java.nio.file.Files.write(Path.of("target", "graceful-shutdown-app.log"), log);
			int acknowledged = statuses.getOrDefault(302, new AtomicInteger()).get();
			System.out.printf("SIGTERM: exit after %d ms; answers %s; %d requests not accepted%n", exitMillis, statuses,
					notAccepted.get());
			assertThat(exited).isTrue();
			assertThat(exitMillis).isLessThan(15_000);
			assertThat(statuses.keySet()).as("no 5xx: " + statuses).allMatch((status) -> status < 500);
			assertThat(acknowledged).isPositive();
			assertThat(OrphanedPostmaster.find(data)).as("no PostgreSQL left running").isEmpty();
			assertThat(data.resolve("postmaster.pid")).doesNotExist();
			assertThat(log).noneMatch((line) -> line.contains(" ERROR "));
			// the database stops after the beans that use it (the event registry reads it
			// when it is destroyed)
			assertThat(log).noneMatch((line) -> line.contains("Invocation of destroy method failed"));

			EmbeddedDatabase db = EmbeddedDatabase.start(data, 0);
			try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
					PreparedStatement count = connection.prepareStatement("""
							select count(distinct u.id), count(e.id) from progress_update u
							left join evidence_file e on e.progress_update_id = u.id
							where u.note like 'Tải lên khi tắt máy %'""")) {
				ResultSet rs = count.executeQuery();
				rs.next();
				assertThat(rs.getInt(1)).as("acknowledged saves in the database").isEqualTo(acknowledged);
				assertThat(rs.getInt(2)).as("their evidence files").isEqualTo(acknowledged);
			}
			finally {
				db.stop();
			}
		}
		finally {
			if (app.isAlive()) {
				app.destroyForcibly();
			}
			OrphanedPostmaster.stop(data);
		}
	}

	private static List<Long> assignments(HttpUser officer) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher links = ASSIGNMENT_LINK.matcher(officer.get("/my/assignments").body());
		while (links.find()) {
			ids.add(Long.parseLong(links.group(1)));
		}
		return new ArrayList<>(ids);
	}

	/** A progress form with a 64 KB PDF. */
	private static HttpRequest.Builder upload(long id, String version, String csrf, String note) {
		try {
			String boundary = "----plantracker" + id;
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (String[] field : new String[][] { { "version", version }, { "status", "IN_PROGRESS" },
					{ "percent", "50" }, { "note", note } }) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
						+ field[1] + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"bien-ban-"
					+ id + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			// a real PDF (uploads are parsed), about 64 KB through its title
			body.write(vn.hanoi.plantracker.support.Files.pdf("Biên bản " + "x".repeat(64 * 1024)));
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/assignments/" + id + "/progress"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("X-CSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void readLog(InputStream in, List<String> log, CountDownLatch started) {
		try (BufferedReader out = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				log.add(line);
				if (line.contains("Started PlanTrackerApplication")) {
					started.countDown();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone
		}
	}

}
