package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under load and comes back: a real server of the test's own (so it can
 * be stopped), the application on a real port, signed-in users over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plantracker.embedded-db.enabled=false", "spring.datasource.username=postgres" })
@ActiveProfiles({ "test", "demo" })
class DatabaseOutageTests {

	private static final int PORT = 55231;

	private static Path data;

	private static EmbeddedPostgres postgres;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		data = Files.createTempDirectory("plantracker-outage-pg");
		postgres = startPostgres();
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres");
	}

	private static EmbeddedPostgres startPostgres() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPort(PORT)
			.start();
	}

	@AfterAll
	static void stopPostgres() throws IOException {
		postgres.close();
	}

	@Test
	void pagesSayUnavailableQuicklyWhileTheDatabaseIsDownAndRecoverByThemselves() throws Exception {
		String base = "http://localhost:" + this.port;
		List<HttpUser> users = List.of(new HttpUser(base).signIn("coordinator", "demo-plan-133"),
				new HttpUser(base).signIn("leader", "demo-plan-133"),
				new HttpUser(base).signIn("officer.health", "demo-plan-133"));
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		List<Long> slowest = new CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(users.size());
		for (HttpUser user : users) {
			load.submit(() -> {
				long worst = 0;
				while (running.get()) {
					long started = System.nanoTime();
					HttpResponse<String> response = user.get("/plans");
					worst = Math.max(worst, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
					statuses.computeIfAbsent(response.statusCode(), (s) -> new AtomicInteger()).incrementAndGet();
				}
				slowest.add(worst);
				return null;
			});
		}
		Thread.sleep(1000);
		HttpUser watcher = users.get(0);
		assertThat(watcher.get("/plans").statusCode()).isEqualTo(200);

		postgres.close();
		Thread.sleep(500);
		long started = System.nanoTime();
		HttpResponse<String> page = watcher.get("/plans");
		long pageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Dịch vụ tạm thời gián đoạn").contains("Mã tham chiếu");
		assertThat(pageMillis).isLessThan(5000);
		started = System.nanoTime();
		// as a monitor or a proxy asks: no session
		HttpResponse<String> health = new HttpUser(base).get("/actuator/health");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		Thread.sleep(3000);

		postgres = startPostgres();
		long back = System.nanoTime();
		int status;
		do {
			Thread.sleep(100);
			status = watcher.get("/plans").statusCode();
		}
		while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(15).toNanos());
		long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back);
		Thread.sleep(1000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(status).as("the same signed-in session works again").isEqualTo(200);
		assertThat(recoveryMillis).isLessThan(10_000);
		assertThat(new HttpUser(base).get("/actuator/health").body()).contains("UP");
		assertThat(watcher.get("/actuator/health").body()).contains("UP");
		assertThat(statuses.keySet()).as("only pages and 'temporarily unavailable', never a 500: " + statuses)
			.containsOnly(200, 503);
		assertThat(slowest).allSatisfy((millis) -> assertThat(millis).isLessThan(5000));
		System.out.printf("outage: statuses %s, slowest response per user %s ms, recovery %d ms%n", statuses, slowest,
				recoveryMillis);
	}

}
