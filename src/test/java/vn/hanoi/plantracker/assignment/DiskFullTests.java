package vn.hanoi.plantracker.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files are stored in PostgreSQL; when its disk is full the upload answers 507
 * with the form and everything typed, and nothing of it is stored. The disk is really
 * full: the evidence table is moved to a tablespace on a small tmpfs mounted for the test
 * (the test runs as root, as CI does), and PostgreSQL fails the insert with its own
 * {@code disk_full} (53100). Where mounting is not allowed (not root, or the server in a
 * container) PostgreSQL raises the same error from a trigger on the evidence table.
 */
@IntegrationTest
class DiskFullTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anUploadThatCannotBeStoredAnswers507KeepsTheTextAndStoresNothing() throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		long id = this.fixtures.freshAssignment(agency);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		long evidenceBefore = count("evidence_file");
		long updatesBefore = count("progress_update");
		byte[] scan = incompressiblePdf(4 * 1024 * 1024);
		try (FullStorage full = FullStorage.forEvidence(this.fixtures.jdbc())) {
			String page = upload(officer, id, scan).andExpect(status().isInsufficientStorage())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(HtmlUtils.htmlUnescape(page)).contains("Bộ nhớ của máy chủ đã đầy")
				.contains("Biên bản họp dân khu dân cư số 3")
				.contains("Thiếu kinh phí in ấn");
			System.out.println("DiskFullTests: " + ((full.realDiskFull() != null)
					? "evidence table on a full tmpfs at " + full.realDiskFull() : "disk_full raised by a trigger"));
		}
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
		assertThat(this.fixtures.historyCount(id)).isZero();
		assertThat(count("evidence_file")).isEqualTo(evidenceBefore);
		assertThat(count("progress_update")).isEqualTo(updatesBefore);
		// with space again, the same form goes through
		upload(officer, id, scan).andExpect(status().isFound());
		assertThat(this.fixtures.historyCount(id)).isOne();
	}

	private ResultActions upload(PlanUser officer, long id, byte[] pdf) throws Exception {
		return this.mvc.perform(multipart("/assignments/{id}/progress", id)
			.file(vn.hanoi.plantracker.support.Files.part("bien-ban-quet.pdf", "application/pdf", pdf))
			.param("version", "" + this.fixtures.version(id))
			.param("status", "IN_PROGRESS")
			.param("percent", "30")
			.param("note", "Biên bản họp dân khu dân cư số 3")
			.param("difficulties", "Thiếu kinh phí in ấn")
			.with(csrf())
			.with(this.fixtures.as(officer)));
	}

	private long count(String table) {
		return this.fixtures.jdbc().sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * A real PDF (written by PDFBox, so the upload's own checks accept it) that
	 * PostgreSQL cannot compress: its title is random hex, and it takes its size.
	 */
	private static byte[] incompressiblePdf(int size) {
		StringBuilder text = new StringBuilder(size + 16);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (text.length() < size) {
			text.append(Long.toHexString(random.nextLong()));
		}
		return vn.hanoi.plantracker.support.Files.pdf(text.toString());
	}

	/**
	 * The evidence table on a full disk for as long as it is open: a tablespace on a
	 * tmpfs with 1 MB to spare, or, where that cannot be mounted, a trigger raising
	 * disk_full.
	 */
	private static final class FullStorage implements AutoCloseable {

		private final JdbcClient jdbc;

		private final Path mountPoint;

		private FullStorage(JdbcClient jdbc, Path mountPoint) {
			this.jdbc = jdbc;
			this.mountPoint = mountPoint;
		}

		static FullStorage forEvidence(JdbcClient jdbc) throws IOException, InterruptedException {
			String dataDirectory = jdbc.sql("select setting from pg_settings where name = 'data_directory'")
				.query(String.class)
				.single();
			long used = jdbc.sql("select pg_total_relation_size('evidence_file')").query(Long.class).single();
			if (Files.isDirectory(Path.of(dataDirectory))) {
				Path mountPoint = Files.createTempDirectory("plantracker-full-disk");
				long size = used + 1024 * 1024 + 64 * 1024;
				if (run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString())) {
					try {
						jdbc.sql("create tablespace full_disk location '" + mountPoint + "'").update();
						jdbc.sql("alter table evidence_file set tablespace full_disk").update();
						return new FullStorage(jdbc, mountPoint);
					}
					catch (RuntimeException ex) {
						run("umount", mountPoint.toString());
						throw ex;
					}
				}
			}
			jdbc.sql("""
					create function full_disk() returns trigger language plpgsql as $$
					begin
					    raise exception 'could not extend file: No space left on device' using errcode = 'disk_full';
					end $$""").update();
			jdbc.sql(
					"create trigger full_disk before insert on evidence_file for each row execute function full_disk()")
				.update();
			return new FullStorage(jdbc, null);
		}

		/** The mount point of the real full disk; null when a trigger stood in for it. */
		Path realDiskFull() {
			return this.mountPoint;
		}

		@Override
		public void close() throws IOException, InterruptedException {
			if (this.mountPoint == null) {
				this.jdbc.sql("drop trigger full_disk on evidence_file").update();
				this.jdbc.sql("drop function full_disk()").update();
				return;
			}
			this.jdbc.sql("alter table evidence_file set tablespace pg_default").update();
			this.jdbc.sql("drop tablespace full_disk").update();
			assertThat(run("umount", this.mountPoint.toString())).isTrue();
			Files.deleteIfExists(this.mountPoint);
		}

		private static boolean run(String... command) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}

	}

}
