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
import org.junit.jupiter.api.Test;

import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.support.FaultTest;
import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops under load and comes back: a real server of the test's own (so it can
 * be stopped), the application on a real port, signed-in users over real HTTP. And the
 * other way round: the node failing (out of memory, a defect) with the database up is a
 * server error, never reported as the database's outage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "plantracker.embedded-db.enabled=false", "spring.datasource.username=postgres" })
@ActiveProfiles({ "test", "demo" })
// closed after this class, which stops its own PostgreSQL then (no other class shares a
// context with a server of its own)
@org.springframework.test.annotation.DirtiesContext(
		classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
@FaultTest
class DatabaseOutageTests {

	/**
	 * Chosen free once, then kept: the database restarts on the same port. Never a fixed
	 * number: two builds on one machine would share the server.
	 */
	private static final int PORT = freePort();

	private static int freePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

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

	/**
	 * This context's own database stops when the context closes (after this class: see
	 * {@code @DirtiesContext}), after the pool and everything that uses it: Spring
	 * Modulith's event registry reads the database when it is destroyed. Stopped in an
	 * {@code @AfterAll} instead, with the context still cached, it made that registry
	 * wait at the JVM's exit and log a WARN; left to the JVM's exit, a JVM ended before
	 * its shutdown hooks were done left the server running. Its data directory goes with
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StopsPostgresLast {

		@Bean
		static BeanFactoryPostProcessor dataSourceNeedsThisPostgres() {
			return (beanFactory) -> {
				BeanDefinition dataSource = beanFactory.getBeanDefinition("dataSource");
				dataSource.setDependsOn("outagePostgres");
			};
		}

		@Bean
		DisposableBean outagePostgres() {
			return () -> {
				postgres.close();
				org.springframework.util.FileSystemUtils.deleteRecursively(data);
			};
		}

	}

	/**
	 * Pages that fail the way a node out of memory fails, with the database up: the heap
	 * exhausted in a handler, the heap exhausted while the driver reads rows (the driver
	 * and Spring turn it into a resource failure, SQL state 53200), and a defect.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPages {

		@Bean
		FailingPage failingPage() {
			return new FailingPage();
		}

	}

	@Controller
	static class FailingPage {

		@GetMapping("/test/fails/{how}")
		String fail(@PathVariable String how) {
			if (how.equals("heap")) {
				throw new OutOfMemoryError("Java heap space");
			}
			if (how.equals("rows")) {
				throw new DataAccessResourceFailureException("StatementCallback; SQL [select ...]",
						new PSQLException("Ran out of memory retrieving query results.", PSQLState.OUT_OF_MEMORY,
								new OutOfMemoryError("Java heap space")));
			}
			throw new IllegalStateException("a defect");
		}

	}

	@Autowired
	DatabaseAvailability database;

	@Autowired
	ExpiredSessionCleanup sessionCleanup;

	@Test
	void aNodeOutOfMemoryOrADefectIsAServerErrorNeverADatabaseOutage() throws Exception {
		String base = "http://localhost:" + this.port;
		HttpUser user = new HttpUser(base).signIn("leader", "demo-plan-133");
		for (String how : List.of("heap", "rows", "defect")) {
			// as a browser asks: for a page
			HttpResponse<String> page = user
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/test/fails/" + how))
					.header("Accept", "text/html")
					.GET());
			assertThat(page.statusCode()).as(how).isEqualTo(500);
			assertThat(page.body()).as(how).contains("Đã có lỗi xảy ra").doesNotContain("Dịch vụ tạm thời gián đoạn");
			assertThat(page.headers().firstValue("Retry-After")).as(how).isEmpty();
			assertThat(this.database.isDown()).as(how).isFalse();
			assertThat(user.get("/plans").statusCode()).as("the next page, " + how).isEqualTo(200);
		}
	}

	@Test
	void pagesSayUnavailableQuicklyWhileTheDatabaseIsDownAndRecoverByThemselves(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
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
		// the load is running: every user has had a page
		await().atMost(Duration.ofSeconds(60)).until(() -> answered(statuses, 200) >= users.size());
		HttpUser watcher = users.get(0);
		assertThat(watcher.get("/plans").statusCode()).isEqualTo(200);

		int logFrom = output.getOut().length();
		AtomicInteger watcher503 = new AtomicInteger();
		postgres.close();
		Thread.sleep(500);
		long started = System.nanoTime();
		HttpResponse<String> page = watcher.get("/plans");
		long pageMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		assertThat(page.statusCode()).isEqualTo(503);
		watcher503.incrementAndGet();
		assertThat(page.body()).contains("Dịch vụ tạm thời gián đoạn").contains("Mã tham chiếu");
		assertThat(pageMillis).isLessThan(5000);
		started = System.nanoTime();
		// as a monitor or a proxy asks: no session
		HttpResponse<String> health = new HttpUser(base).get("/actuator/health");
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(2000);
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");
		// the session cleanup's run while it is down (in production the minute hand
		// starts
		// it; scheduling is off in tests): silent, nothing thrown, nothing logged
		this.sessionCleanup.cleanUp();
		Thread.sleep(3000);

		postgres = startPostgres();
		long back = System.nanoTime();
		int status;
		do {
			Thread.sleep(100);
			status = watcher.get("/plans").statusCode();
			if (status == 503) {
				watcher503.incrementAndGet();
			}
		}
		while (status != 200 && System.nanoTime() - back < Duration.ofSeconds(15).toNanos());
		long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back);
		// the load has pages again after the recovery, not only the watcher
		int pagesAtRecovery = answered(statuses, 200);
		await().atMost(Duration.ofSeconds(60)).until(() -> answered(statuses, 200) >= pagesAtRecovery + users.size());
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
		// one line per 503 with its correlation id; no stack trace from the application
		// or its libraries (pool, Hibernate, Thymeleaf, transactions, Spring Session)
		String log = output.getOut().substring(logFrom);
		List<String> answered = log.lines().filter((line) -> line.contains("GET /plans answered 503")).toList();
		assertThat(answered).hasSize(statuses.get(503).get() + watcher503.get())
			.allMatch((line) -> line.matches(".*\\[[0-9a-f]{8}\\].*"));
		assertThat(log.lines().filter((line) -> line.contains("cannot be reached"))).hasSize(1);
		assertThat(log).doesNotContain("\tat ").doesNotContain("Caused by:").doesNotContain(" ERROR ");
		System.out.printf("outage log: %d lines for %d answers 503%n", log.lines().count(), answered.size());
		System.out.printf("outage: statuses %s, slowest response per user %s ms, recovery %d ms%n", statuses, slowest,
				recoveryMillis);
	}

	private static int answered(Map<Integer, AtomicInteger> statuses, int status) {
		AtomicInteger count = statuses.get(status);
		return (count != null) ? count.get() : 0;
	}

}
