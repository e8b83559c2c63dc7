package vn.hanoi.plantracker.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The reports as files: the same numbers, access rules, filters and as-of date as the
 * pages they come from.
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

	private final Reports reports;

	private final ReportQueries queries;

	private final MessageSource messages;

	ReportExports(Reports reports, ReportQueries queries, MessageSource messages) {
		this.reports = reports;
		this.queries = queries;
		this.messages = messages;
	}

	public byte[] departmentsXlsx(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending,
			Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		DepartmentReport report = this.reports.departments(user, filter, sort, descending);
		List<List<Object>> rows = new ArrayList<>();
		for (DepartmentRow row : report.rows()) {
			rows.add(countsRow(labels.pick(row.nameVi(), row.nameEn()), row.counts(),
					labels.get("report.rag." + row.rag())));
		}
		rows.add(countsRow(labels.get("report.total"), report.total(), labels.get("report.rag." + report.totalRag())));
		provisionalFootnote(labels, this.reports.provisional(filter), rows);
		try (Workbooks book = new Workbooks()) {
			book.sheet(labels.get("report.export.sheet.departments"), labels.get("report.departments.title"),
					heading(labels, filter), countsHeader(labels, "report.col.NAME", true), rows);
			return book.bytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] summaryXlsx(ReportFilter filter, Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		SummaryReport report = this.reports.summary(filter);
		String[] heading = heading(labels, filter);
		try (Workbooks book = new Workbooks()) {
			Counts t = report.total();
			book.sheet(labels.get("report.export.sheet.summary"), labels.get("report.summary.title"), heading,
					List.of(labels.get("report.export.indicator"), labels.get("report.export.value")),
					List.of(List.of(labels.get("report.col.TOTAL"), t.total()),
							List.of(labels.get("report.col.ON_TIME"), t.completedOnTime()),
							List.of(labels.get("report.col.LATE"), t.completedLate()),
							List.of(labels.get("report.col.COMPLETION"), orBlank(t.completionPercent())),
							List.of(labels.get("report.col.ON_TIME_RATE"), orBlank(t.onTimeRate())),
							List.of(labels.get("report.col.OVERDUE"), t.overdue()),
							List.of(labels.get("report.export.maxDaysOverdue"), t.maxDaysOverdue()),
							List.of(labels.get("report.col.RAG"), labels.get("report.rag." + report.totalRag()))));
			List<List<Object>> areas = new ArrayList<>();
			for (AreaProgress area : report.areas()) {
				areas.add(countsRow(area.ordinal() + ". " + labels.pick(area.titleVi(), area.titleEn()), area.counts(),
						labels.get("report.rag." + area.counts().rag(this.reports.thresholds()))));
			}
			book.sheet(labels.get("report.export.sheet.areas"), labels.get("report.summary.byArea"), heading,
					countsHeader(labels, "filter.area", true), areas);
			List<List<Object>> ranking = new ArrayList<>();
			for (DepartmentRow row : report.best()) {
				ranking.add(List.of(labels.get("report.export.best"), labels.pick(row.nameVi(), row.nameEn()),
						row.counts().onTimeRate(), row.counts().total()));
			}
			for (DepartmentRow row : report.worst()) {
				ranking.add(List.of(labels.get("report.export.worst"), labels.pick(row.nameVi(), row.nameEn()),
						row.counts().onTimeRate(), row.counts().total()));
			}
			book.sheet(labels.get("report.export.sheet.ranking"), labels.get("report.export.sheet.ranking"), heading,
					List.of(labels.get("report.export.group"), labels.get("report.col.NAME"),
							labels.get("report.col.ON_TIME_RATE"), labels.get("report.col.TOTAL")),
					ranking);
			List<List<Object>> months = new ArrayList<>();
			for (MonthCount month : report.months()) {
				months.add(List.of(Labels.month(month.month()), month.completed(), month.due()));
			}
			book.sheet(labels.get("report.export.sheet.months"), labels.get("report.summary.monthly"), heading,
					List.of(labels.get("report.summary.month"), labels.get("report.summary.completedInMonth"),
							labels.get("report.summary.dueInMonth")),
					months);
			List<List<Object>> upcoming = new ArrayList<>();
			ProvisionalTasks provisional = this.reports.provisional(filter);
			for (AssignmentLine line : report.upcoming()) {
				String due = Labels.date(line.dueDate())
						+ (provisional.isProvisional(report.plan().number(), line.taskCode()) ? " (*)" : "");
				upcoming.add(List.of(due, line.taskCode(), labels.pick(line.taskVi(), line.taskEn()),
						labels.pick(line.agencyVi(), line.agencyEn()), labels.get("status." + line.status())));
			}
			provisionalFootnote(labels, provisional, upcoming);
			book.sheet(labels.get("report.export.sheet.upcoming"),
					labels.get("report.summary.upcoming", SummaryReport.UPCOMING_DAYS), heading,
					List.of(labels.get("assignment.dueDate"), labels.get("task.code"), labels.get("task.title"),
							labels.get("assignment.agency"), labels.get("assignment.status")),
					upcoming);
			return book.bytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] summaryPdf(ReportFilter filter, Locale locale, java.time.Instant generatedAt) {
		Labels labels = new Labels(this.messages, locale);
		return SummaryPdf.write(labels, this.reports.summary(filter), heading(labels, filter), generatedAt,
				this.reports.provisional(filter));
	}

	public byte[] planAnnexDocx(ReportFilter filter, Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		return PlanAnnexDocument.write(labels, this.reports.plan(filter), filter, this.queries.annex(filter));
	}

	String[] heading(Labels labels, ReportFilter filter) {
		PlanHeading plan = this.reports.plan(filter);
		String area = this.queries.areas(filter.planId())
			.stream()
			.filter((a) -> filter.areaId() != null && a.id() == filter.areaId())
			.map((a) -> a.ordinal() + ". " + labels.pick(a.titleVi(), a.titleEn()))
			.findFirst()
			.orElse(null);
		return labels.filterLines(filter, plan, area);
	}

	private static List<String> countsHeader(Labels labels, String firstKey, boolean rag) {
		List<String> header = new ArrayList<>();
		header.add(labels.get(firstKey));
		for (String key : List.of("TOTAL", "NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ON_TIME", "LATE",
				"OVERDUE", "COMPLETION", "ON_TIME_RATE")) {
			header.add(labels.get("report.col." + key));
		}
		header.add(labels.get("report.export.maxDaysOverdue"));
		if (rag) {
			header.add(labels.get("report.col.RAG"));
		}
		return header;
	}

	private static List<Object> countsRow(String name, Counts c, String rag) {
		List<Object> row = new ArrayList<>(List.of(name, c.total(), c.notStarted(), c.inProgress(), c.submitted(),
				c.returned(), c.completedOnTime(), c.completedLate(), c.overdue()));
		row.add(orBlank(c.completionPercent()));
		row.add(orBlank(c.onTimeRate()));
		row.add(c.maxDaysOverdue());
		row.add(rag);
		return row;
	}

	/** A last line under the rows when the selection holds provisional deadlines. */
	private static void provisionalFootnote(Labels labels, ProvisionalTasks provisional, List<List<Object>> rows) {
		if (provisional.any()) {
			rows.add(List
				.of(labels.get("report.export.provisionalNote", provisional.provisional(), provisional.tasks())));
		}
	}

	private static Object orBlank(Integer value) {
		return (value != null) ? value : "";
	}

}
