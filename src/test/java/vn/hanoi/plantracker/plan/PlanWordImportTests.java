package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.plantracker.support.AnnexForm;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a plan from the Word document the city has (.docx), through the same preview,
 * messages and all-or-nothing confirmation as a workbook; and a plan's own annex export
 * importing back into the same plan. The clock stands in 2040 and the imported plans are
 * dated before Plan 133 (as in {@link PlanImportTests}), so that their work exists on no
 * day other tests report on and none becomes the latest plan.
 */
@PlanChangingTest
class PlanWordImportTests {

	static final String DOCX = AnnexForm.DOCX;

	private static final String XLSX = AnnexForm.XLSX;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	PlanImport imports;

	@BeforeEach
	void inTheFuture() {
		this.clock.setHanoiTime(LocalDate.of(2040, 2, 1).atTime(9, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWordPlanWithItsMottoTableMergedCellsAndSpanningAreaRowsImportsLikeAWorkbook() throws Exception {
		byte[] plan = new WordAnnex().row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
			.row("I", "RÀ SOÁT VĂN BẢN")
			.row("1", "Rà soát văn bản quy phạm pháp luật", "↓Công an Thành phố", "Sở Tư pháp; UBND các phường, xã",
					"Trước ngày 30/6/2040", "Báo cáo kết quả rà soát")
			.row("2", "Góp ý dự thảo Nghị định", WordAnnex.MERGED, "Sở Y tế", "Quý III/2040", "Văn bản góp ý")
			.row("II. TRUYỀN THÔNG, GIÁO DỤC")
			.row("1", "Tuyên truyền pháp luật\nchú trọng các nhóm có nguy cơ cao", "Các sở, ban, ngành",
					"Viện kiểm sát nhân dân Thành phố", "Hằng năm, trước ngày 15/12", "Báo cáo năm")
			.docx();
		String number = "951/KH-UBND";
		String page = upload(number, "ke-hoach.docx", plan).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đọc được 2 lĩnh vực và 3 nhiệm vụ.")))
			.andExpect(content().string(containsString("id=\"confirm-button\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plansNumbered(number)).as("nothing saved before the confirmation").isZero();
		long planId = created(confirm(number, token(page)));
		assertThat(this.fixtures.jdbc()
			.sql("select ordinal || ' ' || title_vi from key_area where plan_id = ? order by ordinal")
			.param(planId)
			.query(String.class)
			.list()).containsExactly("1 RÀ SOÁT VĂN BẢN", "2 TRUYỀN THÔNG, GIÁO DỤC");
		List<String> tasks = signature(planId);
		assertThat(tasks).hasSize(3);
		assertThat(tasks.get(0)).contains("| 1 | Rà soát văn bản quy phạm pháp luật |", "FIXED 2040-06-30", "L:CATP |");
		// the lead merged down over two rows leads both
		assertThat(tasks.get(1)).contains("| 2 | Góp ý dự thảo Nghị định |", "FIXED 2040-09-30", "L:CATP |", "S:SYT |");
		assertThat(tasks.get(2)).contains("Tuyên truyền pháp luật\nchú trọng các nhóm có nguy cơ cao",
				"ANNUAL - 12/15 false", "S:VKSND | R:VKSND");
	}

	@Test
	void theExportOfPlan133ImportsBackAsTheSamePlanFromWordAndFromExcel() throws Exception {
		// Plan 133 as its annex reads, imported as a plan of this test's own: other tests
		// of
		// this context change Plan 133 itself (its tasks and the communes it names)
		String page133 = upload("957/KH-UBND", "ke-hoach-133.docx", plan133Annex()).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-button\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long plan133 = created(confirm("957/KH-UBND", token(page133)));
		byte[] docx = this.mvc.perform(get("/plans/" + plan133 + "/annex.docx").with(as("officer.health")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", DOCX))
			.andExpect(header().string("Content-Disposition", containsString("phu-luc-957-KH-UBND.docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] xlsx = this.mvc.perform(get("/plans/" + plan133 + "/annex.xlsx").with(as("leader")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.mvc.perform(get("/plans/987654321/annex.docx").with(as("leader"))).andExpect(status().isNotFound());

		List<String> original = signature(plan133);
		List<String> areas = areas(plan133);
		for (Object[] file : new Object[][] { { "952/KH-UBND", "phu-luc.docx", docx },
				{ "953/KH-UBND", "phu-luc.xlsx", xlsx } }) {
			String page = upload((String) file[0], (String) file[1], (byte[]) file[2]).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"confirm-button\"")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			long copy = created(confirm((String) file[0], token(page)));
			assertThat(areas(copy)).as("key areas from " + file[1]).isEqualTo(areas);
			assertThat(signature(copy)).as("tasks, schedules and agencies from " + file[1]).isEqualTo(original);
		}
	}

	@Test
	void aDocumentWithoutTheAnnexTableOrWithAColumnMissingIsRefusedInBothLanguages() throws Exception {
		byte[] noTable = new WordAnnex().heading("Số", "Nội dung").row("1", "x").docx();
		refused(noTable, "Không tìm thấy bảng nào có dòng tiêu đề", "No table with a heading row");
		byte[] noSupport = new WordAnnex()
			.heading("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm")
			.row("I", "Rà soát")
			.row("1", "Rà soát văn bản", "Sở Tư pháp", "Năm 2040", "Báo cáo")
			.docx();
		refused(noSupport, "Dòng tiêu đề của bảng không có cột «Cơ quan phối hợp» (thiếu 1 trong sáu cột)",
				"The table's heading row has no \"Supporting agencies\" column (1 of the six columns missing)");
	}

	private void refused(byte[] file, String vietnamese, String english) throws Exception {
		upload("954/KH-UBND", "ke-hoach.docx", file).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(vietnamese)))
			.andExpect(content().string(containsString("value=\"954/KH-UBND\"")));
		this.mvc
			.perform(form(multipart("/plans/import"), "954/KH-UBND")
				.file(new MockMultipartFile("file", "ke-hoach.docx", DOCX, file))
				.cookie(new jakarta.servlet.http.Cookie("plantracker-lang", "en"))
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(english.replace("\"", "&quot;").replace("'", "&#39;"))));
		assertThat(plansNumbered("954/KH-UBND")).isZero();
	}

	@Test
	void cellsMergedAcrossTaskColumnsUnknownAgenciesAndUnreadDeadlinesAreMarkedAndNothingIsSaved() throws Exception {
		byte[] file = new WordAnnex().row("I", "Rà soát")
			.row("1", "Rà soát văn bản", "Sở Tư phápp", "Sở Y tế", "Khi có yêu cầu", "Báo cáo")
			.row("2", "Góp ý dự thảo gộp ô sang cột chủ trì")
			.row("3", "Tổng hợp", "Công an Thành phố", "", "Năm 2040 (dự kiến)", "Báo cáo tổng hợp")
			.docx();
		String page = upload("955/KH-UBND", "ke-hoach.docx", file).andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy cơ quan «Sở Tư phápp». Có phải: Sở Tư pháp")))
			.andExpect(content().string(containsString("Không hiểu thời gian «Khi có yêu cầu»")))
			.andExpect(content().string(containsString("Dòng nhiệm vụ này có ô gộp qua nhiều cột")))
			.andExpect(content().string(containsString("Thời hạn được ghi là dự kiến")))
			.andExpect(content().string(not(containsString("id=\"confirm-button\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		confirm("955/KH-UBND", token(page)).andExpect(status().isUnprocessableContent());
		assertThat(plansNumbered("955/KH-UBND")).isZero();
	}

	@Test
	void aTableOfTenThousandRowsIsRefusedBeforeItIsBuilt() throws Exception {
		WordAnnex huge = new WordAnnex().row("I", "Lĩnh vực");
		for (int i = 1; i <= 10_000; i++) {
			huge.row("" + i, "Nhiệm vụ " + i, "Sở Y tế", "", "Năm 2040", "Báo cáo");
		}
		byte[] file = huge.docx();
		long started = System.nanoTime();
		refused(file, "Bảng có hơn 2.000 dòng", "The table has more than 2,000 rows");
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for both refusals").isLessThan(20_000);
	}

	@Test
	void aMacroDocumentOrOneWithAHiddenPartOrAProgramIsRefused() throws Exception {
		byte[] clean = new WordAnnex().row("I", "Rà soát")
			.row("1", "Rà soát văn bản", "Sở Tư pháp", "", "Năm 2040", "Báo cáo")
			.docx();
		byte[] macro = PlanImportTests.repackForTests(clean, "[Content_Types].xml", (types) -> types
			.replace("wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml"));
		refused(macro, "Tệp có macro, mã lệnh hoặc chương trình nhúng",
				"The file holds macros, scripts or embedded programs");
		byte[] program = PlanImportTests.repackForTests(clean, "word/media/image1.png", (nothing) -> "MZ\u0090\u0000");
		refused(program, "Tệp có macro, mã lệnh hoặc chương trình nhúng",
				"The file holds macros, scripts or embedded programs");
		byte[] renamed = PlanImportTests.repackForTests(clean, "word/document.xml", null);
		refused(renamed, "Tệp không phải bảng tính Excel .xlsx hay văn bản Word .docx",
				"The file is not an Excel .xlsx workbook or a Word .docx document");
	}

	/**
	 * A second plan, written for the tests on the pattern of the city's yearly plans (its
	 * own text): the columns headed as many plans head them ("Đơn vị chủ trì", "Thời gian
	 * hoàn thành", "Kết quả/sản phẩm") with a "Ghi chú" column after them, key areas
	 * written in one cell over the row, a lead merged down over a run of tasks, deadlines
	 * by quarter, month and date, and agencies by their usual short names.
	 */
	@Test
	void aYearlyPlanLaidOutAsTheCitysPlansAreImportsWhole() throws Exception {
		byte[] plan = new WordAnnex()
			.heading("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả/sản phẩm",
					"Ghi chú")
			.row("I. CÔNG TÁC THAM MƯU, CHỈ ĐẠO")
			.row("1", "Ban hành kế hoạch thực hiện năm 2040 của các sở, ngành, địa phương", "Các sở, ban, ngành",
					"Công an TP", "Quý I/2040", "Kế hoạch được ban hành", "")
			.row("2", "Kiện toàn tổ công tác liên ngành", "↓Công an Thành phố", "Sở Tư pháp; Sở Y tế", "Tháng 3/2040",
					"Quyết định kiện toàn", "")
			.row("3", "Sơ kết 6 tháng, tổng kết năm", WordAnnex.MERGED, "Các sở, ban, ngành; UBND các phường, xã",
					"6 tháng, năm", "Báo cáo sơ kết, tổng kết", "Số liệu tính đến 14/6 và 14/12")
			.row("II. CÔNG TÁC TUYÊN TRUYỀN")
			.row("1", "Tuyên truyền trên báo chí và hệ thống thông tin cơ sở", "Sở Văn hóa và Thể thao",
					"Cơ quan Báo và Phát thanh, Truyền hình Hà Nội; UBND các xã, phường", "Thường xuyên",
					"Tin, bài, phóng sự", "")
			.row("2", "Ngoại khóa cho học sinh trung học", "Sở Giáo dục và Đào tạo", "Thành đoàn Hà Nội", "Năm học",
					"Hoạt động ngoại khóa", "")
			.row("III. HỖ TRỢ NẠN NHÂN")
			.row("1", "Rà soát chế độ hỗ trợ nạn nhân", "Sở Y tế", "Hội Liên hiệp Phụ nữ Thành phố; Sở Tài chính",
					"Trước ngày 30 tháng 9 năm 2040", "Báo cáo rà soát", "")
			.row("2", "Kiểm tra việc thực hiện tại cơ sở", "Sở Y tế", "Công an Thành phố", "Hằng năm, trước ngày 30/11",
					"Thông báo kết quả kiểm tra", "")
			.docx();
		String number = "956/KH-UBND";
		String page = upload(number, "KH-956.docx", plan).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đọc được 3 lĩnh vực và 7 nhiệm vụ.")))
			.andExpect(content().string(containsString("id=\"confirm-button\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long planId = created(confirm(number, token(page)));
		assertThat(areas(planId)).containsExactly("1 CÔNG TÁC THAM MƯU, CHỈ ĐẠO", "2 CÔNG TÁC TUYÊN TRUYỀN",
				"3 HỖ TRỢ NẠN NHÂN");
		List<String> tasks = signature(planId);
		assertThat(tasks).hasSize(7);
		assertThat(tasks.get(0)).contains("| 1 |", "FIXED 2040-03-31", "S:CATP |");
		assertThat(tasks.get(1)).contains("| 2 |", "FIXED 2040-03-31", "L:CATP |", "S:STP,SYT |");
		assertThat(tasks.get(2)).contains("| 3 |", "ONGOING - -/-", "L:CATP |");
		assertThat(tasks.get(3)).contains("L:SVHTT |", "BAOPTTH");
		assertThat(tasks.get(4)).contains("SCHOOL_YEAR - 5/31 true", "S:TDTN | R:TDTN");
		assertThat(tasks.get(5)).contains("FIXED 2040-09-30 -/- false", "R:HLHPN");
		assertThat(tasks.get(6)).contains("ANNUAL - 11/30 false");
	}

	/**
	 * Plan 133's annex in the plan's own wording (its deadlines as the plan gives them:
	 * "Quý III/2025", "Năm 2025", "Hằng năm", "Năm học", "6 tháng, năm"; its agencies as
	 * it names them, groups included), with task 5.3 led by the Office of the City
	 * People's Committee (V42) and the merged press agency (V43): the importer reads the
	 * same key areas, tasks, outputs, schedules and lead, supporting and requested
	 * agencies as the migrations wrote. Only the provisional marks differ: V2 marked
	 * every deadline provisional, the importer only those whose day the plan leaves out.
	 */
	static String names(java.util.Set<Long> ids, java.util.Map<Long, String> codes) {
		return String.join(",", ids.stream().map(codes::get).sorted().toList());
	}

	/** The lines without the provisional mark, each agency list in one order. */
	static List<String> normalized(List<String> lines) {
		List<String> result = new ArrayList<>();
		for (String line : lines) {
			String[] parts = line.split(" \\| ", -1);
			for (int i = 0; i < parts.length; i++) {
				if (parts[i].matches("[LSR]:.*")) {
					List<String> agencies = new ArrayList<>(List.of(parts[i].substring(2).split(",")));
					agencies.removeIf(String::isEmpty);
					java.util.Collections.sort(agencies);
					parts[i] = parts[i].substring(0, 2) + String.join(",", agencies);
				}
				else if (parts[i].matches("(FIXED|ANNUAL|SCHOOL_YEAR|ONGOING) .* (true|false)")) {
					parts[i] = parts[i].replaceFirst(" (true|false)$", "");
				}
			}
			result.add(String.join(" | ", parts));
		}
		return result;
	}

	/**
	 * Plan 133's annex table, as the plan words it: the file shipped with the application
	 * ({@code plans/}), which a new database imports at its first start.
	 */
	static byte[] plan133Annex() {
		try (java.io.InputStream in = PlanWordImportTests.class
			.getResourceAsStream("/plans/133-KH-UBND-2025-05-14.docx")) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * One line per task: key area, number, content, output, schedule, provisional mark,
	 * lead, supporting and requested agencies by code.
	 */
	List<String> signature(long planId) {
		return this.fixtures.jdbc()
			.sql("""
					select k.ordinal || ' ' || k.title_vi || ' | ' || t.code || ' | ' || t.title_vi || ' | ' || t.output_vi
					       || ' | ' || t.schedule_kind || ' ' || coalesce(t.due_date::text, '-') || ' '
					       || coalesce(t.due_month::text, '-') || '/' || coalesce(t.due_day::text, '-') || ' ' || t.provisional
					       || ' | L:' || coalesce((select string_agg(a.code, ',' order by a.code) from task_agency ta
					            join agency a on a.id = ta.agency_id where ta.task_id = t.id and ta.role = 'LEAD'), '')
					       || ' | S:' || coalesce((select string_agg(a.code, ',' order by a.code) from task_agency ta
					            join agency a on a.id = ta.agency_id where ta.task_id = t.id and ta.role = 'SUPPORT'), '')
					       || ' | R:' || coalesce((select string_agg(a.code, ',' order by a.code) from task_agency ta
					            join agency a on a.id = ta.agency_id where ta.task_id = t.id and ta.requested), '')
					from task t join key_area k on k.id = t.key_area_id
					where k.plan_id = ? and t.removed_at is null order by k.ordinal, t.sort_order, t.id""")
			.param(planId)
			.query(String.class)
			.list();
	}

	List<String> areas(long planId) {
		return this.fixtures.jdbc()
			.sql("select ordinal || ' ' || title_vi from key_area where plan_id = ? order by ordinal")
			.param(planId)
			.query(String.class)
			.list();
	}

	long plan133() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
	}

	ResultActions upload(String number, String fileName, byte[] file) throws Exception {
		return this.mvc.perform(annexForm().upload(number, fileName, file).with(csrf()).with(as("coordinator")));
	}

	ResultActions confirm(String number, String token) throws Exception {
		return this.mvc.perform(annexForm().confirm(number, token).with(csrf()).with(as("coordinator")));
	}

	private static long created(ResultActions confirmed) throws Exception {
		String location = confirmed.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.replaceAll(".*/plans/", ""));
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String number) {
		return annexForm().form(request, number);
	}

	private AnnexForm annexForm() {
		return new AnnexForm(this.fixtures, "2024-11-20", "Kế hoạch kiểm thử nhập phụ lục Word");
	}

	static String token(String page) {
		return AnnexForm.token(page);
	}

	RequestPostProcessor as(String username) {
		return this.fixtures.as(this.fixtures.user(username));
	}

	long plansNumbered(String number) {
		return annexForm().plansNumbered(number);
	}

	void signIn(String username) {
		this.fixtures.signIn(username);
	}

	static List<String> without(List<String> lines, String part) {
		List<String> kept = new ArrayList<>();
		lines.forEach((line) -> kept.add(line.replace(part, "")));
		return kept;
	}

}
