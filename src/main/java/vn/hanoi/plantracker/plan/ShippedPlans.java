package vn.hanoi.plantracker.plan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * The plans shipped with the application ({@code plans/NAME.properties}: a plan's heading
 * and the annex file it names, Plan 133 the first), each imported once, at the first
 * start, through the same preview and confirmation ({@link PlanImport}) a coordinator
 * uses, as the first administrator (made at order 10) and before the demo data (order 20)
 * needs the plan. {@code shipped_plan} records each one imported, or found already there
 * (V640 records V2's Plan 133 on a database that keeps it), so a later start imports
 * nothing. Nodes starting together take turns ({@code StartupSeedingLock}); a
 * transaction-scoped advisory lock and the table's primary key keep it to one import even
 * outside a start.
 */
@Component
@Order(15)
class ShippedPlans implements ApplicationRunner {

	/** Any constant, the same on every node: "PT" "SHIP". */
	private static final long LOCK = 0x5054_5348_4950L;

	private static final String HEADINGS = "classpath*:plans/*.properties";

	private static final Logger log = LoggerFactory.getLogger(ShippedPlans.class);

	private final PlanImport imports;

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ShippedPlans(PlanImport imports, UserAccounts accounts, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.imports = imports;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.events = events;
	}

	@Override
	public void run(ApplicationArguments args) {
		int imported = importMissing();
		if (imported > 0) {
			log.info("Imported {} shipped plan(s) at the first start", imported);
		}
	}

	/**
	 * Imports each shipped plan not imported or found yet; returns how many it imported.
	 */
	int importMissing() {
		int imported = 0;
		for (Resource heading : headings()) {
			if (Boolean.TRUE.equals(this.transactions.execute((status) -> importOnce(heading)))) {
				imported++;
			}
		}
		return imported;
	}

	private static Resource[] headings() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(HEADINGS);
			Arrays.sort(found, Comparator.comparing(Resource::getFilename));
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean importOnce(Resource headingFile) {
		String name = headingFile.getFilename().replaceFirst("\\.properties$", "");
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:key)) locked")
			.param("key", LOCK)
			.query(Integer.class)
			.single();
		if (this.jdbc.sql("select count(*) from shipped_plan where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0) {
			return false;
		}
		Properties heading = read(headingFile);
		String number = heading.getProperty("number");
		LocalDate issuedOn = LocalDate.parse(heading.getProperty("issued-on"));
		Long existing = this.jdbc.sql("select id from plan where number = :number and issued_on = :issued")
			.param("number", number)
			.param("issued", issuedOn)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (existing != null) {
			// entered by hand before this start imported it: the plan stays as it is
			record(name, existing, "FOUND");
			return false;
		}
		PlanUser administrator = this.accounts.activeIdsWithRole(Role.ADMIN)
			.stream()
			.sorted()
			.findFirst()
			.flatMap(this.accounts::activePrincipal)
			.orElseThrow(() -> new IllegalStateException("No administrator to import the shipped plan " + name));
		Agency standing = this.imports.currentAgencies()
			.stream()
			.filter((agency) -> agency.getCode().equals(heading.getProperty("standing-body")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No standing body for the shipped plan " + name));
		PlanHeaderCommand header = new PlanHeaderCommand(number, issuedOn, heading.getProperty("title-vi"),
				heading.getProperty("title-en"), heading.getProperty("signer"), heading.getProperty("legal-basis-vi"),
				heading.getProperty("legal-basis-en"), standing.getId());
		String annexName = heading.getProperty("annex");
		byte[] annex = annex(headingFile, annexName);
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(administrator, null, administrator.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			AnnexPreview preview = this.imports.upload(administrator, annexName, annex);
			if (preview.hasErrors()) {
				throw new IllegalStateException("The shipped plan " + name + " does not import: " + preview);
			}
			long planId = this.imports.confirm(administrator, preview.token(), header, AnnexCorrections.NONE);
			record(name, planId, "IMPORT");
			this.events.publishEvent(new ShippedPlanImported(planId, name, calendar(heading)));
			log.info("Imported the shipped plan {} from {}: plan {}, {} tasks", name, annexName, planId,
					preview.taskCount());
			return true;
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	private void record(String name, long planId, String source) {
		this.jdbc.sql("insert into shipped_plan (name, plan_id, source) values (:name, :plan, :source)")
			.param("name", name)
			.param("plan", planId)
			.param("source", source)
			.update();
	}

	/** "HALF_YEAR 06-15, YEAR 12-15": each kind and the day its report is due. */
	private static Map<String, MonthDay> calendar(Properties heading) {
		Map<String, MonthDay> calendar = new LinkedHashMap<>();
		String entries = heading.getProperty("reporting-calendar", "").strip();
		if (!entries.isEmpty()) {
			for (String entry : entries.split("\\s*,\\s*")) {
				String[] parts = entry.strip().split("\\s+");
				calendar.put(parts[0], MonthDay.parse("--" + parts[1]));
			}
		}
		return calendar;
	}

	private static Properties read(Resource file) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] annex(Resource heading, String annexName) {
		try {
			return heading.createRelative(annexName).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
