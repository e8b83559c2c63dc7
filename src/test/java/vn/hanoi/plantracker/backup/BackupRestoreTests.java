package vn.hanoi.plantracker.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.TestDatabase;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's backup, restored the way the README says: into a new database on
 * the same PostgreSQL, migrated by the application's Flyway migrations, loaded with the
 * real {@code psql} client; every table's row count and every evidence file's SHA-256
 * match the source, and Flyway validates the restored schema.
 */
@IntegrationTest
class BackupRestoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers users;

	@Test
	void aBackupRestoresEveryRowAndEveryEvidenceFileByteForByte() throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		long id = this.fixtures.freshAssignment(agency);
		byte[] pdf = Files.pdf("Biên bản kiểm tra sao lưu");
		this.mvc
			.perform(
					multipart("/assignments/{id}/progress", id).file(Files.part("bien-ban.pdf", "application/pdf", pdf))
						.file(Files.part("anh.png", "image/png", Files.png()))
						.param("version", "" + this.fixtures.version(id))
						.param("status", "IN_PROGRESS")
						.param("percent", "40")
						.param("note", "Đã nộp biên bản")
						.with(csrf())
						.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());
		long eventsBefore = backupEvents();

		// the administrator asks from the backup page, in a session that page began (as
		// in a browser): a request that began a new session would have it inserted both
		// by
		// its own thread and by the download's thread when the download commits the
		// response (two inserts of one new session under load)
		Cookie session = this.mvc.perform(get("/admin/backup").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		MvcResult started = this.mvc
			.perform(post("/admin/backup").cookie(session).with(csrf()).with(this.users.as("admin")))
			.andExpect(request().asyncStarted())
			.andReturn();
		// the whole shared test database, on a loaded machine: minutes at most, not
		// MockMvc's 10 s
		started.getAsyncResult(TimeUnit.MINUTES.toMillis(5));
		MvcResult done = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(".sql.gz")))
			.andReturn();
		byte[] dump = done.getResponse().getContentAsByteArray();
		assertThat(backupEvents()).isEqualTo(eventsBefore + 1);

		String source = sourceUrl();
		Map<String, Long> sourceCounts = rowCounts(source);
		Map<Long, String> sourceDigests = evidenceDigests(source);
		assertThat(sourceDigests).hasSizeGreaterThanOrEqualTo(2);

		String restored = TestDatabase.url("restored_" + System.nanoTime());
		Flyway.configure().dataSource(restored, TestDatabase.username(), TestDatabase.password()).load().migrate();
		psql(restored, dump);

		assertThat(Flyway.configure()
			.dataSource(restored, TestDatabase.username(), TestDatabase.password())
			.load()
			.validateWithResult().validationSuccessful).isTrue();
		Map<String, Long> restoredCounts = rowCounts(restored);
		// the backup request's own session is stored when that request ends, after the
		// snapshot: the session tables are compared apart, every other table exactly
		assertThat(restoredCounts.get("spring_session")).isPositive()
			.isBetween(sourceCounts.get("spring_session") - 1, sourceCounts.get("spring_session"));
		restoredCounts.keySet().removeIf((table) -> table.startsWith("spring_session"));
		sourceCounts.keySet().removeIf((table) -> table.startsWith("spring_session"));
		assertThat(restoredCounts).isEqualTo(sourceCounts);
		assertThat(evidenceDigests(restored)).isEqualTo(sourceDigests);
		// the stored digest is the digest of the stored bytes, and the uploaded file came
		// back
		try (Connection c = connect(restored);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select count(*) from evidence_file " + "where sha256 <> encode(sha256(content), 'hex')")) {
			rs.next();
			assertThat(rs.getLong(1)).isZero();
		}
		try (Connection c = connect(restored);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select e.content from evidence_file e join progress_update u "
						+ "on u.id = e.progress_update_id where u.assignment_id = " + id
						+ " and e.original_name = 'bien-ban.pdf'")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getBytes(1)).isEqualTo(pdf);
		}
		// sequences carry on after the restored rows
		try (Connection c = connect(restored);
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select nextval('evidence_file_id_seq') > (select max(id) from evidence_file)")) {
			rs.next();
			assertThat(rs.getBoolean(1)).isTrue();
		}
	}

	@Test
	void onlyAnAdministratorWithTheFormsTokenMayTakeABackup() throws Exception {
		this.mvc.perform(get("/admin/backup").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("backup-form")));
		this.mvc.perform(post("/admin/backup").with(this.users.as("admin"))).andExpect(status().isForbidden());
		PlanUser officer = this.fixtures.freshOfficer();
		this.mvc.perform(post("/admin/backup").with(csrf()).with(this.fixtures.as(officer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/backup").with(this.fixtures.as(officer))).andExpect(status().isForbidden());
	}

	private long backupEvents() {
		return this.fixtures.jdbc()
			.sql("select count(*) from security_event where kind = 'BACKUP_DOWNLOADED' and username = 'admin'")
			.query(Long.class)
			.single();
	}

	private String sourceUrl() {
		return this.fixtures.jdbc()
			.sql("select current_database()")
			.query(String.class)
			.optional()
			.map(TestDatabase::url)
			.orElseThrow();
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, TestDatabase.username(), TestDatabase.password());
	}

	/** Every table of the schema (Flyway's history too) with its row count. */
	private static Map<String, Long> rowCounts(String url) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = connect(url); Statement s = c.createStatement()) {
			java.util.List<String> tables = new java.util.ArrayList<>();
			try (ResultSet rs = s.executeQuery("select quote_ident(tablename) from pg_tables "
					+ "where schemaname = current_schema() order by tablename")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		assertThat(counts).containsKeys("evidence_file", "progress_update", "assignment", "app_user");
		return counts;
	}

	private static Map<Long, String> evidenceDigests(String url) throws SQLException {
		Map<Long, String> digests = new LinkedHashMap<>();
		try (Connection c = connect(url);
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select id, encode(sha256(content), 'hex') from evidence_file order by id")) {
			while (rs.next()) {
				digests.put(rs.getLong(1), rs.getString(2));
			}
		}
		return digests;
	}

	/**
	 * The README's restore:
	 * {@code gunzip -c file | psql -v ON_ERROR_STOP=1 --single-transaction}.
	 */
	private static void psql(String jdbcUrl, byte[] dump) throws IOException, InterruptedException {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
				"-h", uri.getHost(), "-p", "" + uri.getPort(), "-U", TestDatabase.username(), "-d",
				uri.getPath().substring(1))
			.redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", TestDatabase.password());
		Process process = builder.start();
		Thread feeder = new Thread(() -> {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(dump));
					OutputStream out = process.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// psql stopped reading: its exit code and output tell why
			}
		});
		feeder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		feeder.join();
		assertThat(process.exitValue()).as("psql: %s", output).isZero();
	}

}
