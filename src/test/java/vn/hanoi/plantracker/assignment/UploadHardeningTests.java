package vn.hanoi.plantracker.assignment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads that are not what they seem: decompression bombs, macros, PDF scripts, web page
 * polyglots and names that disguise their extension. Each is refused with a message and
 * nothing is saved; what is stored is downloaded in a sandbox.
 */
@IntegrationTest
class UploadHardeningTests {

	private static final String AGENCY = "XA-DA-PHUC";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aDocxThatUnpacksToMoreThan100MbIsRefusedBeforeAnythingIsStored() throws Exception {
		byte[] bomb = zip(110, "word/document.xml");
		assertThat(bomb.length).as("the bomb is small packed").isLessThan(1024 * 1024);
		refused(Files.part("bao-cao.docx", "application/octet-stream", bomb), "giải nén ra hơn 100 MB");
	}

	@Test
	void aDocxWithTooManyPartsIsRefused() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.closeEntry();
			for (int i = 0; i < 10_001; i++) {
				zip.putNextEntry(new ZipEntry("p/" + i));
				zip.closeEntry();
			}
		}
		refused(Files.part("nhieu-phan.docx", "application/octet-stream", bytes.toByteArray()), "10.000 phần");
	}

	@Test
	void macrosScriptsAndWebPagePolyglotsAreRefused() throws Exception {
		byte[] macro = zipOf("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
				"word/vbaProject.bin", "x");
		refused(Files.part("macro.docx", "application/octet-stream", macro), "nội dung chủ động");
		byte[] script = ("%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"
				+ " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		refused(Files.part("script.pdf", "application/pdf", script), "nội dung chủ động");
		byte[] polyglot = ("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n"
				+ "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		refused(Files.part("polyglot.pdf", "application/pdf", polyglot), "nội dung chủ động");
	}

	@Test
	void aControlCharacterInAFileNameIsRefusedWithAMessage() throws Exception {
		refused(Files.part("bao\u0000cao.pdf", "application/pdf", Files.pdf("x")), "ký tự điều khiển");
	}

	@Test
	void directionOverridesAreStrippedSoTheRealExtensionShowsAndDownloadsAreSandboxed() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		upload(officer, id, Files.part("report\u202Egnp.pdf", "application/pdf", Files.pdf("x")))
			.andExpect(status().isFound());
		var stored = this.fixtures.jdbc()
			.sql("""
					select e.id, e.original_name from evidence_file e
					join progress_update u on u.id = e.progress_update_id where u.assignment_id = ?""")
			.param(id)
			.query()
			.singleRow();
		assertThat(stored.get("original_name")).isEqualTo("reportgnp.pdf");
		this.mvc.perform(get("/evidence/" + stored.get("id")).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
	}

	private void refused(MockMultipartFile file, String message) throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		String page = org.springframework.web.util.HtmlUtils
			.htmlUnescape(upload(officer, id, file).andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page).contains(message).as("what the officer typed is kept").contains("Ghi chú kèm tệp");
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	private ResultActions upload(PlanUser officer, long id, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/assignments/{id}/progress", id).file(file)
			.param("version", "" + this.fixtures.version(id))
			.param("status", "IN_PROGRESS")
			.param("percent", "50")
			.param("note", "Ghi chú kèm tệp")
			.with(csrf())
			.with(this.fixtures.as(officer)));
	}

	/** A zip whose one real part unpacks to this many megabytes of zeros. */
	private static byte[] zip(int megabytes, String partName) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(partName));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] zipOf(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
