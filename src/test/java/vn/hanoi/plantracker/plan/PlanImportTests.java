package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.hanoi.plantracker.support.AnnexForm;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a plan from its annex on real PostgreSQL: the preview shows each row's
 * problems and saves nothing; the corrected file creates the plan, its key areas, tasks,
 * agencies (departments and communes fanned out) and assignments, through the task
 * editor's service. The clock stands in 2030 and the plan is dated before Plan 133, so
 * that the imported work neither exists on the days other tests report on nor becomes the
 * latest plan.
 */
@PlanChangingTest
class PlanImportTests {

	private static final String XLSX = AnnexForm.XLSX;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	PlanImport imports;

	@Autowired
	org.springframework.context.MessageSource messages;

	@BeforeEach
	void inTheFuture() {
		this.clock.setHanoiTime(LocalDate.of(2030, 1, 15).atTime(9, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void thePreviewShowsRowProblemsAndSavesNothingThenTheCorrectedFileCreatesThePlan() throws Exception {
		String number = "901/KH-UBND";
		String page = upload("coordinator", number, annex("Sở Y tếe", "Khi có yêu cầu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy cơ quan «Sở Y tếe». Có phải: Sở Y tế")))
			.andExpect(content().string(containsString("Không hiểu thời gian «Khi có yêu cầu»")))
			.andExpect(content().string(containsString("«Các cơ quan, đơn vị liên quan» không chỉ một cơ quan")))
			.andExpect(content().string(containsString("Có 2 lỗi cần sửa")))
			.andExpect(content().string(not(containsString("id=\"confirm-button\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plansNumbered(number)).isZero();
		// confirming the file with errors anyway is refused, and the heading is kept
		confirm("coordinator", number, token(page)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp còn 2 lỗi")))
			.andExpect(content().string(containsString("value=\"" + number + "\"")));
		assertThat(plansNumbered(number)).isZero();

		String corrected = upload("coordinator", number, annex("Sở Y tế", "6 tháng, năm")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-button\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long localCount = currentAgencies("LOCAL_AUTHORITY");
		long localExisting = existingAgencies("LOCAL_AUTHORITY");
		long departmentCount = currentAgencies("DEPARTMENT");
		long departmentsExisting = existingAgencies("DEPARTMENT");
		String location = confirm("coordinator", number, token(corrected)).andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long planId = Long.parseLong(location.replaceAll(".*/plans/", ""));

		Map<String, Object> plan = this.fixtures.jdbc()
			.sql("select p.*, a.code as standing from plan p join agency a on a.id = p.standing_body_agency_id where p.id = ?")
			.param(planId)
			.query()
			.singleRow();
		assertThat(plan.get("number")).isEqualTo(number);
		assertThat(plan.get("standing")).isEqualTo("CATP");
		assertThat(plan.get("title_en")).isEqualTo(plan.get("title_vi"));
		assertThat(this.fixtures.jdbc()
			.sql("select ordinal || ' ' || title_vi from key_area where plan_id = ? order by ordinal")
			.param(planId)
			.query(String.class)
			.list()).containsExactly("1 Rà soát văn bản", "2 Truyền thông, giáo dục");
		assertThat(tasks(planId)).containsExactly("1/1 FIXED 2030-06-30 null/null false",
				"1/2 FIXED 2030-09-30 null/null false", "2/1 ANNUAL null 12/15 false", "2/2 SCHOOL_YEAR null 5/31 true",
				"2/3 ONGOING null null/null false");

		long review = taskId(planId, 1, "1");
		assertThat(links(review, "LEAD")).containsExactly("CATP");
		assertThat(links(review, "SUPPORT")).hasSize((int) localCount + 1).contains("STP", "PH-BA-DINH");
		long outreach = taskId(planId, 2, "1");
		assertThat(links(outreach, "LEAD")).hasSize((int) departmentCount).contains("SYT", "STP", "TTTP");
		assertThat(this.fixtures.jdbc()
			.sql("select a.code || ' ' || ta.role || ' ' || ta.requested from task_agency ta join agency a on a.id = ta.agency_id where ta.task_id = ? and ta.role = 'SUPPORT'")
			.param(outreach)
			.query(String.class)
			.list()).containsExactly("VKSND SUPPORT true");
		assertThat(links(taskId(planId, 1, "2"), "SUPPORT")).isEmpty();

		// the assignments the task editor makes: one per agency and period
		assertThat(assignments(review)).isEqualTo(localExisting + 2);
		assertThat(assignments(outreach)).isEqualTo(2 * (departmentsExisting + 1));
		assertThat(this.fixtures.jdbc()
			.sql("select distinct period from assignment where task_id = ? order by period")
			.param(taskId(planId, 2, "3"))
			.query(String.class)
			.list()).containsExactly("2030-H1", "2030-H2");
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from task_change c join task t on t.id = c.task_id join key_area k on k.id = t.key_area_id where k.plan_id = ? and c.kind = 'CREATE'")
			.param(planId)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from plan_import_draft d join app_user u on u.id = d.author_id where u.username = 'coordinator'")
			.query(Long.class)
			.single()).isZero();

		this.mvc.perform(get(location).with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuyên truyền pháp luật")));
		this.mvc.perform(get("/reports/summary").param("plan", "" + planId).with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		// the same number and date a second time is refused before anything is saved
		String again = upload("coordinator", number, annex("Sở Y tế", "6 tháng, năm")).andReturn()
			.getResponse()
			.getContentAsString();
		confirm("coordinator", number, token(again)).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Đã có kế hoạch số " + number + " ngày 20/12/2024")));
		assertThat(plansNumbered(number)).isEqualTo(1);
	}

	@Test
	void cellsNotUnderstoodAreCorrectedInThePreviewAndThePlanHoldsTheCorrections() throws Exception {
		String number = "823/KH-UBND";
		String page = upload("coordinator", number, annex("Sở Y tếe", "Khi có yêu cầu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 2 lỗi cần sửa")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = token(page);
		int leadRow = row(page, "lead", "Sở Y tếe");
		int scheduleRow = row(page, "schedule", "Khi có yêu cầu");
		// a cell understood is not a field
		assertThat(page).doesNotContain("name=\"schedule[" + leadRow + "]\"");

		// one correction checked: one error left, nothing saved, the correction kept in
		// the form
		String half = this.mvc
			.perform(form(multipart("/plans/import/recheck"), number).param("token", token)
				.param("lead[" + leadRow + "]", "Sở Y tế")
				.param("support[" + leadRow + "]", "Các cơ quan, đơn vị liên quan")
				.param("schedule[" + scheduleRow + "]", "Khi có yêu cầu")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 1 lỗi cần sửa")))
			.andExpect(content().string(containsString("name=\"lead[" + leadRow + "]\" value=\"Sở Y tế\"")))
			.andExpect(content().string(not(containsString("id=\"confirm-button\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(token(half)).isEqualTo(token);
		assertThat(plansNumbered(number)).isZero();
		// a correction still not understood is refused on confirmation, all or nothing
		this.mvc
			.perform(form(multipart("/plans/import/confirm"), number).param("token", token)
				.param("lead[" + leadRow + "]", "Sở Y tế")
				.param("schedule[" + scheduleRow + "]", "Khi có yêu cầu")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp còn 1 lỗi")));
		assertThat(plansNumbered(number)).isZero();

		// both corrected: the confirmation, with the corrections, creates the plan as
		// corrected
		this.mvc
			.perform(form(multipart("/plans/import/recheck"), number).param("token", token)
				.param("lead[" + leadRow + "]", "Sở Y tế")
				.param("support[" + leadRow + "]", "Các cơ quan, đơn vị liên quan")
				.param("schedule[" + scheduleRow + "]", "Trước ngày 15/11/2030")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-button\"")));
		String location = this.mvc
			.perform(form(multipart("/plans/import/confirm"), number).param("token", token)
				.param("lead[" + leadRow + "]", "Sở Y tế")
				.param("support[" + leadRow + "]", "Các cơ quan, đơn vị liên quan")
				.param("schedule[" + scheduleRow + "]", "Trước ngày 15/11/2030")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long planId = Long.parseLong(location.replaceAll(".*/plans/", ""));
		assertThat(links(taskId(planId, 1, "2"), "LEAD")).containsExactly("SYT");
		assertThat(tasks(planId)).contains("2/3 FIXED 2030-11-15 null/null false");
	}

	/** The file's row of the preview field of this column that shows this text. */
	private static int row(String page, String column, String text) {
		Matcher m = Pattern.compile("name=\"" + column + "\\[(\\d+)\\]\" value=\"" + Pattern.quote(text) + "\"")
			.matcher(page);
		assertThat(m.find()).as("a field for " + column + " «" + text + "»").isTrue();
		return Integer.parseInt(m.group(1));
	}

	@Test
	void theTemplateDownloadsAndImportsWithoutErrors() throws Exception {
		byte[] template = this.mvc.perform(get("/plans/import/template.xlsx").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
				.isEqualTo("Nội dung nhiệm vụ\n(Task)");
		}
		upload("admin", "902/KH-UBND", template).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đọc được 1 lĩnh vực và 1 nhiệm vụ.")))
			.andExpect(content().string(containsString("id=\"confirm-button\"")));
		assertThat(plansNumbered("902/KH-UBND")).isZero();
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedAndTheHeadingIsKept() throws Exception {
		this.mvc
			.perform(form(multipart("/plans/import"), "903/KH-UBND")
				.file(new MockMultipartFile("file", "phu-luc.xlsx", XLSX, "STT;Nội dung\n1;x".getBytes()))
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tệp không phải bảng tính Excel .xlsx")))
			.andExpect(content().string(containsString("value=\"903/KH-UBND\"")))
			.andExpect(content().string(containsString("Kế hoạch kiểm thử nhập phụ lục")));
	}

	@Test
	void aMacroBearingOrMalformedWorkbookIsRefusedWithAClearMessageInTheUsersLanguage() throws Exception {
		byte[] clean = annex("Sở Y tế", "Thường xuyên");
		long drafts = coordinatorDrafts();
		// the same annex, its workbook declared macro-enabled (an .xlsm renamed .xlsx)
		byte[] macro = repack(clean, "[Content_Types].xml",
				(types) -> types.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml"));
		// the same annex with a part no content type covers: hidden from Excel's own
		// reading
		byte[] hidden = repack(clean, "xl/hidden.payload", (nothing) -> "payload");
		refusedInBothLanguages(macro, "905/KH-UBND", "Tệp có macro, mã lệnh hoặc chương trình nhúng",
				"The file holds macros, scripts or embedded programs");
		refusedInBothLanguages(hidden, "905/KH-UBND", "Tệp có cấu trúc gói bất thường", "The file is packaged oddly");
		byte[] truncated = java.util.Arrays.copyOf(clean, clean.length / 2);
		refusedInBothLanguages(truncated, "905/KH-UBND", "Không đọc được tệp", "The file cannot be read");
		assertThat(plansNumbered("905/KH-UBND")).isZero();
		assertThat(coordinatorDrafts()).as("a refused file is not kept").isEqualTo(drafts);
	}

	@Test
	void aPasswordProtectedWorkbookIsRefusedAsPasswordProtectedInTheUsersLanguage() throws Exception {
		byte[] encrypted = vn.hanoi.plantracker.support.Files.passwordProtected(annex("Sở Y tế", "Thường xuyên"));
		refusedInBothLanguages(encrypted, "906/KH-UBND", "Tệp có đặt mật khẩu", "The file is password-protected");
		assertThat(plansNumbered("906/KH-UBND")).isZero();
	}

	@Test
	void theWrongTypeMessageNoLongerSpeaksOfMacrosWhichHaveTheirOwn() throws Exception {
		java.util.Locale english = java.util.Locale.ENGLISH;
		java.util.Locale vietnamese = java.util.Locale.forLanguageTag("vi");
		assertThat(this.messages.getMessage("plans.import.file.wrongType", null, english))
			.doesNotContainIgnoringCase("macro");
		assertThat(this.messages.getMessage("plans.import.file.wrongType", null, vietnamese))
			.doesNotContainIgnoringCase("macro");
		assertThat(this.messages.getMessage("plans.import.file.activeContent", null, english)).contains("macros");
		assertThat(this.messages.getMessage("plans.import.file.activeContent", null, vietnamese)).contains("macro");
	}

	private long coordinatorDrafts() {
		return this.fixtures.jdbc()
			.sql("select count(*) from plan_import_draft d join app_user u on u.id = d.author_id where u.username = 'coordinator'")
			.query(Long.class)
			.single();
	}

	private void refusedInBothLanguages(byte[] file, String number, String vietnamese, String english)
			throws Exception {
		this.mvc
			.perform(form(multipart("/plans/import"), number)
				.file(new MockMultipartFile("file", "phu-luc.xlsx", XLSX, file))
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(vietnamese)))
			.andExpect(content().string(containsString("value=\"" + number + "\"")));
		this.mvc
			.perform(form(multipart("/plans/import"), number)
				.file(new MockMultipartFile("file", "phu-luc.xlsx", XLSX, file))
				.cookie(new jakarta.servlet.http.Cookie("plantracker-lang", "en"))
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(english)));
	}

	/**
	 * As {@link #repack}, for the Word annex tests: a null {@code change} leaves the
	 * entry out.
	 */
	static byte[] repackForTests(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
			throws Exception {
		if (change != null) {
			return repack(zip, name, change);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
				java.util.zip.ZipOutputStream repacked = new java.util.zip.ZipOutputStream(out)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (!entry.getName().equals(name)) {
					repacked.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
					repacked.write(content);
					repacked.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

	/**
	 * The entries of {@code zip} again, the one named {@code name} changed by
	 * {@code change} (or added, if there was none).
	 */
	private static byte[] repack(byte[] zip, String name, java.util.function.UnaryOperator<String> change)
			throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean found = false;
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
				java.util.zip.ZipOutputStream repacked = new java.util.zip.ZipOutputStream(out)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(name)) {
					found = true;
					content = change.apply(new String(content, java.nio.charset.StandardCharsets.UTF_8))
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				repacked.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				repacked.write(content);
				repacked.closeEntry();
			}
			if (!found) {
				repacked.putNextEntry(new java.util.zip.ZipEntry(name));
				repacked.write(change.apply("").getBytes(java.nio.charset.StandardCharsets.UTF_8));
				repacked.closeEntry();
			}
		}
		return out.toByteArray();
	}

	@Test
	void officersAndLeadersCannotImportPlans() throws Exception {
		this.mvc.perform(get("/plans/import").with(as("officer.health"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/import/template.xlsx").with(as("leader"))).andExpect(status().isForbidden());
		this.mvc
			.perform(form(multipart("/plans/import"), "904/KH-UBND")
				.file(new MockMultipartFile("file", "a.xlsx", XLSX, annex("Sở Y tế", "Thường xuyên")))
				.with(csrf())
				.with(as("officer.health")))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(multipart("/plans/import/confirm"), "904/KH-UBND").with(csrf()).with(as("leader")))
			.andExpect(status().isForbidden());
		PlanUser officer = this.fixtures.user("officer.health");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
		assertThatThrownBy(() -> this.imports.upload(officer, "a.xlsx", annex("Sở Y tế", "Thường xuyên")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(plansNumbered("904/KH-UBND")).isZero();
		this.mvc.perform(get("/plans").with(as("coordinator")))
			.andExpect(content().string(containsString("href=\"/plans/import\"")));
		this.mvc.perform(get("/plans").with(as("officer.health")))
			.andExpect(content().string(not(containsString("href=\"/plans/import\""))));
	}

	/**
	 * An annex with two key areas and five tasks; the second task's lead and the last
	 * schedule vary.
	 */
	private static byte[] annex(String secondLead, String lastSchedule) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Phụ lục");
			row(sheet, 0, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
					"Thời gian thực hiện / hoàn thành", "Sản phẩm");
			row(sheet, 1, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)");
			row(sheet, 2, "I", "Rà soát văn bản");
			row(sheet, 3, "1", "Rà soát văn bản quy phạm pháp luật", "Công an Thành phố",
					"Sở Tư pháp; UBND các phường, xã", "Trước ngày 30/6/2030", "Báo cáo kết quả rà soát");
			row(sheet, 4, "2", "Góp ý dự thảo Nghị định", secondLead, "Các cơ quan, đơn vị liên quan", "30/9/2030",
					"Văn bản góp ý");
			row(sheet, 5, "", "Truyền thông, giáo dục");
			row(sheet, 6, "1", "Tuyên truyền pháp luật", "Các sở, ban, ngành", "Viện kiểm sát nhân dân Thành phố",
					"Hằng năm, trước ngày 15/12", "Báo cáo năm");
			row(sheet, 7, "2", "Giáo dục trong trường học", "Sở Giáo dục và Đào tạo", "Thành đoàn Hà Nội", "Năm học",
					"Báo cáo năm học");
			row(sheet, 8, "3", "Theo dõi, báo cáo", "Công an Thành phố", "", lastSchedule, "Báo cáo 6 tháng");
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			if (!values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

	private ResultActions upload(String user, String number, byte[] file) throws Exception {
		return this.mvc.perform(annexForm().upload(number, "ke-hoach.xlsx", file).with(csrf()).with(as(user)));
	}

	private ResultActions confirm(String user, String number, String token) throws Exception {
		return this.mvc.perform(annexForm().confirm(number, token).with(csrf()).with(as(user)));
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String number) {
		return annexForm().form(request, number);
	}

	private AnnexForm annexForm() {
		return new AnnexForm(this.fixtures, "2024-12-20", "Kế hoạch kiểm thử nhập phụ lục");
	}

	private static String token(String page) {
		return AnnexForm.token(page);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.fixtures.as(this.fixtures.user(username));
	}

	private long plansNumbered(String number) {
		return annexForm().plansNumbered(number);
	}

	/** The agencies of the kind not ended by the import day: the plan names them all. */
	private long currentAgencies(String kind) {
		return this.fixtures.jdbc()
			.sql("select count(*) from agency where kind = ? and (active_until is null or active_until >= date '2030-01-15')")
			.param(kind)
			.query(Long.class)
			.single();
	}

	/**
	 * Of those, the agencies that exist on the import day: a ward another test created to
	 * begin later (dated in a later year by a test whose clock stood there) is named by
	 * the plan but carries no obligation from before it existed (no assignment).
	 */
	private long existingAgencies(String kind) {
		return this.fixtures.jdbc()
			.sql("select count(*) from agency where kind = ? and active_from <= date '2030-01-15' "
					+ "and (active_until is null or active_until >= date '2030-01-15')")
			.param(kind)
			.query(Long.class)
			.single();
	}

	private List<String> tasks(long planId) {
		return this.fixtures.jdbc()
			.sql("""
					select k.ordinal || '/' || t.code || ' ' || t.schedule_kind || ' ' || coalesce(t.due_date::text, 'null')
					       || ' ' || coalesce(t.due_month::text, 'null') || '/' || coalesce(t.due_day::text, 'null')
					       || ' ' || t.provisional
					from task t join key_area k on k.id = t.key_area_id where k.plan_id = ? order by k.ordinal, t.sort_order""")
			.param(planId)
			.query(String.class)
			.list();
	}

	private long taskId(long planId, int area, String code) {
		return this.fixtures.jdbc()
			.sql("select t.id from task t join key_area k on k.id = t.key_area_id where k.plan_id = ? and k.ordinal = ? and t.code = ?")
			.params(planId, area, code)
			.query(Long.class)
			.single();
	}

	private List<String> links(long taskId, String role) {
		return this.fixtures.jdbc()
			.sql("select a.code from task_agency ta join agency a on a.id = ta.agency_id where ta.task_id = ? and ta.role = ? order by a.sort_order")
			.params(taskId, role)
			.query(String.class)
			.list();
	}

	private long assignments(long taskId) {
		return this.fixtures.jdbc()
			.sql("select count(*) from assignment where task_id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

}
