package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import vn.hanoi.plantracker.PlanTrackerApplication;
import vn.hanoi.plantracker.support.HttpUser;
import vn.hanoi.plantracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A node as an operator runs it, over real HTTP: Prometheus metrics with the
 * application's own counters on the management port, bound to 127.0.0.1, and nowhere on
 * the application port; the health URLs on both; the daily digest at the time the
 * operator set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTests {

	private static final String DIGEST_CRON = "0 45 6 * * *";

	private ConfigurableApplicationContext node;

	private String app;

	private int managementPort;

	@BeforeAll
	void startANode() {
		this.node = new SpringApplicationBuilder(PlanTrackerApplication.class).profiles("test", "demo")
			.properties(Map.of("server.port", "0", "plantracker.management.port", "0",
					"plantracker.embedded-db.enabled", "false", "spring.datasource.url",
					TestDatabase.url("plantracker_management"), "spring.datasource.username", TestDatabase.username(),
					"spring.datasource.password", TestDatabase.password(), "spring.main.banner-mode", "off"))
			// as an operator sets it: over application.properties' default; and as a node
			// runs, its jobs scheduled (application-test.properties leaves them off, and
			// it outranks the builder's default properties, not the command line)
			.run("--plantracker.digest.cron=" + DIGEST_CRON, "--plantracker.scheduling.enabled=true");
		this.app = "http://127.0.0.1:" + this.node.getEnvironment().getProperty("local.server.port");
		this.managementPort = Integer.parseInt(this.node.getEnvironment().getProperty("local.management.port"));
	}

	@AfterAll
	void stopTheNode() {
		if (this.node != null) {
			this.node.close();
		}
	}

	@Test
	void theManagementPortShowsTheApplicationsOwnCounters() {
		HttpUser visitor = new HttpUser(this.app);
		visitor.post("/login", "/login", Map.of("username", "metrics.probe", "password", "not-the-password"));
		HttpUser coordinator = new HttpUser(this.app).signIn("coordinator", "demo-plan-133");
		for (int i = 0; i < 2; i++) {
			assertThat(coordinator.get("/coordinator/overdue").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> metrics = new HttpUser(managementBase()).get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		String text = metrics.body();
		assertThat(value(text, "plantracker_security_events_total", "kind=\"SIGN_IN_FAILED\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(value(text, "plantracker_security_events_total", "kind=\"SIGN_IN_SUCCEEDED\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(value(text, "plantracker_sections_viewed_total", "kind=\"shared\"")).isGreaterThanOrEqualTo(2);
		assertThat(value(text, "plantracker_read_cache_requests_total", "cache=\"sections\",result=\"hit\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(text).contains("plantracker_read_cache_requests_total{cache=\"sections\",result=\"miss\"}",
				"plantracker_jobs_runs_total{job=\"daily-digest\"}",
				"plantracker_jobs_failures_total{job=\"leadership-report-pack\"}",
				"plantracker_jobs_last_success_seconds{job=\"daily-digest\"}", "plantracker_database_unavailable_total",
				"plantracker_saves_total{kind=\"PROGRESS\"}", "plantracker_sections_rendered_total");
		assertThat(new HttpUser(managementBase()).get("/actuator/health").body()).contains("UP");
	}

	@Test
	void theManagementPortShowsNothingElse() {
		HttpUser monitor = new HttpUser(managementBase());
		for (String path : Set.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
				"/actuator/configprops", "/login")) {
			HttpResponse<String> answer = monitor.get(path);
			assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
			assertThat(answer.body()).as(path).doesNotContain("plantracker_");
		}
	}

	@Test
	void theMetricsAreNotOnTheApplicationPortEvenForAnAdministrator() {
		HttpResponse<String> anonymous = new HttpUser(this.app).get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("plantracker_");
		HttpResponse<String> admin = new HttpUser(this.app).signIn("admin", "demo-plan-133")
			.get("/actuator/prometheus");
		assertThat(admin.statusCode()).isEqualTo(404);
		assertThat(admin.body()).doesNotContain("plantracker_");
	}

	@Test
	void theHealthUrlsStayOnTheApplicationPortForTheLoadBalancer() {
		HttpUser balancer = new HttpUser(this.app);
		for (String path : Set.of("/healthz", "/livez", "/readyz", "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness")) {
			HttpResponse<String> health = balancer.get(path);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("UP");
		}
	}

	@Test
	void theManagementPortListensOnLoopbackOnly() throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.managementPort), 2000);
		}
		// 127.0.0.2 is this machine too, but not the address the port is bound to
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.2", this.managementPort), 2000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	@Test
	void theDailyDigestRunsAtTheConfiguredTime() {
		String digest = this.node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::getTask)
			.filter(CronTask.class::isInstance)
			.map(CronTask.class::cast)
			.filter((task) -> task.getRunnable().toString().contains("DailyDigest.run"))
			.map(CronTask::getExpression)
			.findFirst()
			.orElseThrow();
		assertThat(digest).isEqualTo(DIGEST_CRON);
	}

	private String managementBase() {
		return "http://127.0.0.1:" + this.managementPort;
	}

	private static double value(String metrics, String name, String labels) {
		Matcher matcher = Pattern
			.compile("(?m)^" + Pattern.quote(name) + "\\{" + Pattern.quote(labels) + "[^}]*\\} ([0-9.Ee+-]+)$")
			.matcher(metrics);
		assertThat(matcher.find()).as(name + "{" + labels + "} in\n" + metrics).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

}
