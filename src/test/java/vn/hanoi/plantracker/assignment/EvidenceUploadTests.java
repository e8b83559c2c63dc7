package vn.hanoi.plantracker.assignment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files: type judged by content, size and count limits, safe names, and
 * downloads only for those who may see the assignment. A refused file means nothing of
 * the form is saved.
 */
@IntegrationTest
class EvidenceUploadTests {

	private static final String AGENCY = "XA-DA-PHUC";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aPdfIsStoredWithSizeAndDigestAndComesBackByteForByte() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		byte[] pdf = Files.pdf("Báo cáo kết quả rà soát");
		upload(officer, id, Files.part("Báo cáo rà soát.pdf", "application/pdf", pdf)).andExpect(status().isFound());
		Map<String, Object> stored = this.fixtures.jdbc()
			.sql("""
					select e.id, e.original_name, e.content_type, e.size_bytes, e.sha256 from evidence_file e
					join progress_update u on u.id = e.progress_update_id where u.assignment_id = ?""")
			.param(id)
			.query()
			.singleRow();
		assertThat(stored).containsEntry("original_name", "Báo cáo rà soát.pdf")
			.containsEntry("content_type", "application/pdf")
			.containsEntry("size_bytes", (long) pdf.length);
		assertThat((String) stored.get("sha256")).hasSize(64);
		MvcResult download = this.mvc.perform(get("/evidence/" + stored.get("id")).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o")))
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void docxPngAndSeveralFilesAtOnceAreAccepted() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		upload(officer, id, Files.part("bien-ban.docx", "application/octet-stream", Files.docx()),
				Files.part("anh.png", "image/png", Files.png()))
			.andExpect(status().isFound());
		assertThat(evidenceCount(id)).isEqualTo(2);
	}

	@Test
	void aFileWhoseContentIsNotItsNamedTypeIsRefusedAndNothingIsSaved() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		upload(officer, id, Files.part("virus.pdf", "application/pdf", "MZ this is an exe".getBytes()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("virus.pdf")))
			.andExpect(content().string(containsString("không chỉ tên tệp")))
			// what the user typed is still in the form
			.andExpect((result) -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
				.contains("Ghi chú kèm tệp"));
		upload(officer, id, Files.part("fake.docx", "application/octet-stream", Files.plainZip()))
			.andExpect(status().isUnprocessableContent());
		upload(officer, id, Files.part("script.html", "text/html", "<html></html>".getBytes()))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void emptyOversizeAndTooManyFilesAreRefusedWithAMessage() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		upload(officer, id, Files.part("trong.pdf", "application/pdf", new byte[0]))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không có nội dung")));
		byte[] big = new byte[(int) EvidenceRules.MAX_BYTES + 1];
		System.arraycopy(Files.pdf("big"), 0, big, 0, 8);
		upload(officer, id, Files.part("lon.pdf", "application/pdf", big)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("lớn hơn 10 MB")));
		MockMultipartFile[] six = new MockMultipartFile[6];
		for (int i = 0; i < six.length; i++) {
			six[i] = Files.part("tep" + i + ".pdf", "application/pdf", Files.pdf("n" + i));
		}
		upload(officer, id, six).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tối đa 5 tệp")));
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void aPathInTheFileNameIsStrippedToItsLastSegment() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		upload(officer, id, Files.part("../../x.pdf", "application/pdf", Files.pdf("x"))).andExpect(status().isFound());
		upload(officer, id, Files.part("..\\..\\windows\\y.pdf", "application/pdf", Files.pdf("y")))
			.andExpect(status().isFound());
		assertThat(this.fixtures.jdbc().sql("""
				select e.original_name from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = ? order by e.id""").param(id).query(String.class).list())
			.containsExactly("x.pdf", "y.pdf");
	}

	@Test
	void evidenceIsDownloadableOnlyByThoseWhoMaySeeTheAssignment() throws Exception {
		PlanUser officer = this.fixtures.officerOf(AGENCY);
		long id = this.fixtures.freshAssignment(AGENCY);
		upload(officer, id, Files.part("minh-chung.pdf", "application/pdf", Files.pdf("secret")))
			.andExpect(status().isFound());
		long evidenceId = this.fixtures.jdbc().sql("""
				select e.id from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = ?""").param(id).query(Long.class).single();
		this.mvc.perform(get("/evidence/" + evidenceId).with(this.fixtures.as(this.fixtures.officerOf("XA-NOI-BAI"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evidence/" + evidenceId).with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/evidence/999999999").with(this.fixtures.as(officer))).andExpect(status().isNotFound());
	}

	private ResultActions upload(PlanUser officer, long id, MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/assignments/{id}/progress", id);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return this.mvc.perform(request.param("version", "" + this.fixtures.version(id))
			.param("status", "IN_PROGRESS")
			.param("percent", "50")
			.param("note", "Ghi chú kèm tệp")
			.with(csrf())
			.with(this.fixtures.as(officer)));
	}

	private long evidenceCount(long id) {
		return this.fixtures.jdbc().sql("""
				select count(*) from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = ?""").param(id).query(Long.class).single();
	}

}
