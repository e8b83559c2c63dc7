package vn.hanoi.plantracker.report;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.assignment.PeriodRollForward;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.TaskCommand;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property behind "as of": random work is built through the workflow, every report
 * and export is taken as of several past days, then random later changes of every kind
 * are made (due-date changes and extensions, agencies added to and removed from tasks,
 * agencies created, renamed and ended with a last day in the past, task titles and
 * deadlines edited, periods rolled forward, every workflow action), and every earlier
 * output must be exactly what it was: the report records, the drill-down lists, the cell
 * values of the workbooks and the text of the PDF and the annex.
 */
@PlanChangingTest
class AsOfStabilityTests {

	private static final List<LocalDate> PAST_DAYS = List.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15),
			LocalDate.of(2026, 4, 20));

	private static final Instant GENERATED = Instant.parse("2026-05-01T03:00:00Z");

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	AgencyAdministration agencyAdministration;

	@Autowired
	TaskEditing taskEditing;

	@Autowired
	AssignmentService assignments;

	@Autowired
	DeadlineService deadlines;

	@Autowired
	PeriodRollForward rollForward;

	@Autowired
	Reports reports;

	@Autowired
	ReportExports exports;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 20260515L })
	void reportsAsOfAPastDayNeverChangeWhateverHappensLater(long seed) throws Exception {
		Random random = new Random(seed);
		this.clock.setHanoiTime(LocalDate.of(2026, 1, 5).atTime(9, 0));
		MetricWorld world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
		List<Long> agencies = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			agencies.add(world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1)));
		}
		long court = world.agency(AgencyKind.JUDICIAL, LocalDate.of(2025, 1, 1));
		agencies.add(court);
		agencies.add(world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2026, 3, 1)));
		List<Long> tasks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			LocalDate due = LocalDate.of(2026, 1, 20).plusDays(random.nextInt(130));
			tasks.add(randomTask(world, random, agencies, court, new Schedule(ScheduleKind.FIXED, due, null, null)));
		}
		tasks.add(randomTask(world, random, agencies, court, new Schedule(ScheduleKind.ANNUAL, null, 6, 30)));
		tasks.add(randomTask(world, random, agencies, court, new Schedule(ScheduleKind.ONGOING, null, null, null)));

		for (LocalDate day = LocalDate.of(2026, 1, 6); day
			.isBefore(LocalDate.of(2026, 5, 1)); day = day.plusDays(1 + random.nextInt(4))) {
			world.at(day.atTime(8 + random.nextInt(10), random.nextInt(60)));
			for (int n = random.nextInt(5); n > 0; n--) {
				randomWorkflowStep(world, random, day);
			}
		}

		this.clock.setHanoiTime(LocalDate.of(2026, 5, 1).atTime(10, 0));
		Map<String, Object> before = new LinkedHashMap<>();
		for (LocalDate day : PAST_DAYS) {
			before.putAll(outputs(world, agencies, day));
		}
		assertThat(((SummaryReport) before.get(PAST_DAYS.get(2) + " summary")).total().total()).isPositive();

		// later changes of every kind
		LocalDate day = LocalDate.of(2026, 5, 2);
		for (int round = 0; round < 12; round++, day = day.plusDays(1 + random.nextInt(5))) {
			world.at(day.atTime(9, random.nextInt(60)));
			switch (round % 6) {
				case 0 -> {
					long added = world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
					world.editTask(pick(random, tasks), (c) -> with(c, c.schedule(), c.titleVi(),
							plus(c.support(), added), c.lead(), "Bổ sung cơ quan phối hợp"));
					agencies.add(added);
				}
				case 1 -> world.editTask(pick(random, tasks), (c) -> {
					Set<Long> support = new HashSet<>(c.support());
					if (!support.isEmpty()) {
						support.remove(support.iterator().next());
					}
					return with(c, c.schedule(), c.titleVi() + " (sửa đổi)", support, c.lead(), "Điều chỉnh");
				});
				case 2 -> world.editTask(tasks.get(random.nextInt(6)),
						(c) -> with(c,
								new Schedule(ScheduleKind.FIXED,
										c.schedule().dueDate().minusDays(20 + random.nextInt(40)), null, null),
								c.titleVi(), c.support(), c.lead(), "Đổi thời hạn theo văn bản mới"));
				case 3 -> world.renameAgency(pick(random, agencies), "L" + round);
				case 4 -> world.endAgency(agencies.get(random.nextInt(5)), LocalDate.of(2026, 3, 1).plusDays(round));
				default -> {
					for (long id : world.assignments()) {
						if (random.nextInt(3) == 0) {
							RandomWork
								.tryTo(() -> world.moveDue(id, LocalDate.of(2026, 2, 1).plusDays(random.nextInt(200))));
						}
					}
				}
			}
			for (int n = 0; n < 6; n++) {
				randomWorkflowStep(world, random, day);
			}
		}
		int assignmentsBefore = world.assignments().size();
		this.clock.setHanoiTime(LocalDate.of(2027, 1, 2).atTime(0, 20));
		this.rollForward.run();
		// the yearly and ongoing tasks have their 2028 periods now
		assertThat(world.assignments()).hasSizeGreaterThan(assignmentsBefore);
		for (long id : world.assignments()) {
			RandomWork.tryTo(() -> world.extend(id, LocalDate.of(2027, 6, 30)));
		}

		for (LocalDate past : PAST_DAYS) {
			Map<String, Object> after = outputs(world, agencies.subList(0, 7), past);
			after.forEach((key, value) -> assertThat(value).as(key).isEqualTo(before.get(key)));
		}
	}

	private Map<String, Object> outputs(MetricWorld world, List<Long> agencies, LocalDate day) throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		PlanUser leader = world.user("leader");
		ReportFilter filter = world.filter(day);
		out.put(day + " summary", this.reports.summary(filter));
		out.put(day + " departments", this.reports.departments(leader, filter, DepartmentSort.NAME, false));
		for (long agency : agencies) {
			Object page;
			try {
				page = this.reports.agency(leader, agency, filter);
			}
			catch (ReportNotFoundException ex) {
				page = "no assignments";
			}
			out.put(day + " agency " + agency, page);
		}
		for (Metric metric : List.of(Metric.TOTAL, Metric.ON_TIME, Metric.AWAITING_REVIEW, Metric.OVERDUE)) {
			out.put(day + " drill " + metric, this.reports.drill(leader, filter, metric, DrillDown.Scope.ALL, null, 1));
		}
		for (Locale locale : List.of(Locale.forLanguageTag("vi"))) {
			out.put(day + " summary.xlsx " + locale, cells(this.exports.summaryXlsx(filter, locale)));
			out.put(day + " departments.xlsx " + locale,
					cells(this.exports.departmentsXlsx(leader, filter, DepartmentSort.NAME, false, locale)));
			out.put(day + " overdue.xlsx " + locale, cells(MetricWorld.as(leader,
					() -> this.exports.drillXlsx(leader, filter, Metric.OVERDUE, DrillDown.Scope.ALL, null, locale))));
			try (PDDocument pdf = Loader.loadPDF(this.exports.summaryPdf(filter, locale, GENERATED))) {
				out.put(day + " summary.pdf " + locale, new PDFTextStripper().getText(pdf));
			}
			try (XWPFDocument doc = new XWPFDocument(
					new ByteArrayInputStream(this.exports.planAnnexDocx(filter, locale)));
					XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
				out.put(day + " annex.docx " + locale, text.getText());
			}
		}
		return out;
	}

	private static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				rows.add(List.of("sheet", sheet.getSheetName()));
				for (Row row : sheet) {
					List<String> values = new ArrayList<>();
					for (Cell cell : row) {
						values.add(format.formatCellValue(cell));
					}
					rows.add(values);
				}
			}
		}
		return rows;
	}

	private static long randomTask(MetricWorld world, Random random, List<Long> agencies, long court,
			Schedule schedule) {
		Set<Long> lead = new HashSet<>();
		lead.add(agencies.get(random.nextInt(5)));
		Set<Long> support = new HashSet<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			long agency = agencies.get(random.nextInt(agencies.size()));
			if (!lead.contains(agency)) {
				support.add(agency);
			}
		}
		return world.task(schedule, lead, support, support.contains(court) ? Set.of(court) : Set.of());
	}

	/** One workflow action that fits the assignment's status, on a random assignment. */
	private static void randomWorkflowStep(MetricWorld world, Random random, LocalDate day) {
		List<Long> ids = world.assignments();
		long id = ids.get(random.nextInt(ids.size()));
		int choice = random.nextInt(10);
		// a step may be refused (closed work, a date not later): that is fine
		RandomWork.tryTo(() -> {
			switch (world.status(id)) {
				case "NOT_STARTED", "RETURNED", "IN_PROGRESS" -> {
					if (choice < 4) {
						world.progress(id, 10 + random.nextInt(80));
					}
					else if (choice < 8) {
						world.submit(id);
					}
					else if (choice == 8) {
						world.extend(id, day.plusDays(10 + random.nextInt(60)));
					}
					else {
						world.moveDue(id, day.plusDays(random.nextInt(60) - 30));
					}
				}
				case "SUBMITTED" -> {
					if (choice < 7) {
						world.accept(id);
					}
					else {
						world.giveBack(id);
					}
				}
				default -> {
				}
			}
		});
	}

	private static TaskCommand with(TaskCommand c, Schedule schedule, String titleVi, Set<Long> support, Set<Long> lead,
			String reason) {
		return new TaskCommand(c.areaId(), c.code(), titleVi, c.titleEn() + " (edited)", c.descriptionVi(),
				c.descriptionEn(), c.outputVi(), c.outputEn(), schedule, c.deadlineConfirmed(), lead, support,
				c.requested()
					.stream()
					.filter((id) -> support.contains(id) || lead.contains(id))
					.collect(java.util.stream.Collectors.toSet()),
				c.version(), reason);
	}

	private static Set<Long> plus(Set<Long> set, long id) {
		Set<Long> more = new HashSet<>(set);
		more.add(id);
		return more;
	}

	private static long pick(Random random, List<Long> ids) {
		return ids.get(random.nextInt(ids.size()));
	}

}
