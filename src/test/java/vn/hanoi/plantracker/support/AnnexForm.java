package vn.hanoi.plantracker.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The plan import form as the import tests fill it in (the annex file, then the plan's
 * heading: number, date, title, signer, legal basis, the City Police as standing body),
 * and what they read back: the token that keeps the uploaded file between the preview and
 * the confirmation, and how many plans carry a number.
 */
public final class AnnexForm {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");

	private final Fixtures fixtures;

	private final String issuedOn;

	private final String titleVi;

	/** The form of a test's plans: issued on {@code issuedOn} (ISO), titled so. */
	public AnnexForm(Fixtures fixtures, String issuedOn, String titleVi) {
		this.fixtures = fixtures;
		this.issuedOn = issuedOn;
		this.titleVi = titleVi;
	}

	/** The heading fields, added to a request to the import's pages. */
	public MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String number) {
		long standing = this.fixtures.jdbc()
			.sql("select id from agency where code = 'CATP'")
			.query(Long.class)
			.single();
		request.param("number", number)
			.param("issuedOn", this.issuedOn)
			.param("titleVi", this.titleVi)
			.param("titleEn", "")
			.param("signer", "Người ký kiểm thử")
			.param("legalBasisVi", "Luật kiểm thử")
			.param("standingAgencyId", "" + standing);
		return request;
	}

	/**
	 * The upload of an annex file (Word or Excel, by its name) for a plan numbered so.
	 */
	public MockMultipartHttpServletRequestBuilder upload(String number, String fileName, byte[] file) {
		return form(multipart("/plans/import"), number)
			.file(new MockMultipartFile("file", fileName, fileName.endsWith(".docx") ? DOCX : XLSX, file));
	}

	/** The confirmation of the file the token keeps. */
	public MockMultipartHttpServletRequestBuilder confirm(String number, String token) {
		return form(multipart("/plans/import/confirm"), number).param("token", token);
	}

	/** The token of the uploaded file, from the preview page. */
	public static String token(String page) {
		Matcher m = TOKEN.matcher(page);
		assertThat(m.find()).as("the page keeps the file's token").isTrue();
		return m.group(1);
	}

	public long plansNumbered(String number) {
		return this.fixtures.jdbc()
			.sql("select count(*) from plan where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

}
