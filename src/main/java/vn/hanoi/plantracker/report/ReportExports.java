package vn.hanoi.plantracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static vn.hanoi.plantracker.report.ExportRows.countsHeader;
import static vn.hanoi.plantracker.report.ExportRows.countsRow;
import static vn.hanoi.plantracker.report.ExportRows.indicators;
import static vn.hanoi.plantracker.report.ExportRows.provisionalFootnote;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.standing.Counts;

/**
 * The reports as files: the same numbers, access rules, filters and as-of date as the
 * pages they come from.
 */
@Service
@Transactional(readOnly = true)
public class ReportExports {

	private final Reports reports;

	/** The same report data the pages read, kept under the data version. */
	private final ReportCache cache;

	private final ReportQueries queries;

	private final MessageSource messages;

	private final ReportLineQueries lines;

	private final ReportAnnexQuery annex;

	ReportExports(Reports reports, ReportCache cache, ReportQueries queries, MessageSource messages,
			ReportLineQueries lines, ReportAnnexQuery annex) {
		this.lines = lines;
		this.annex = annex;
		this.reports = reports;
		this.cache = cache;
		this.queries = queries;
		this.messages = messages;
	}

	public byte[] departmentsXlsx(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending,
			Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		DepartmentReport report = this.cache.departments(user, filter, sort, descending);
		List<List<Object>> rows = new ArrayList<>();
		for (DepartmentRow row : report.rows()) {
			rows.add(countsRow(labels.pick(row.nameVi(), row.nameEn()), row.counts(),
					labels.get("report.rag." + row.rag())));
		}
		rows.add(countsRow(labels.get("report.total"), report.total(), labels.get("report.rag." + report.totalRag())));
		if (!report.requestedRows().isEmpty()) {
			rows.add(List.of(labels.get("metrics.requested.title")));
			for (DepartmentRow row : report.requestedRows()) {
				rows.add(countsRow(labels.pick(row.nameVi(), row.nameEn()), row.counts(), ""));
			}
			rows.add(countsRow(labels.get("metrics.requested.total"), report.requestedTotal(), ""));
		}
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
		SummaryReport report = this.cache.summary(filter);
		String[] heading = heading(labels, filter);
		try (Workbooks book = new Workbooks()) {
			Counts t = report.total();
			book.sheet(labels.get("report.export.sheet.summary"), labels.get("report.summary.title"), heading,
					List.of(labels.get("report.export.indicator"), labels.get("report.export.value")),
					indicators(labels, report));
			List<List<Object>> areas = new ArrayList<>();
			for (AreaProgress area : report.areas()) {
				areas.add(countsRow(area.ordinal() + ". " + labels.pick(area.titleVi(), area.titleEn()), area.counts(),
						labels.get("report.rag." + this.reports.thresholds().rate(area.counts()))));
			}
			book.sheet(labels.get("report.export.sheet.areas"), labels.get("report.summary.byArea"), heading,
					countsHeader(labels, "filter.area", true), areas);
			List<List<Object>> ranking = new ArrayList<>();
			for (DepartmentRow row : report.best()) {
				ranking.add(List.of(labels.get("report.export.best"), labels.pick(row.nameVi(), row.nameEn()),
						row.counts().onTimeRate(), row.counts().due()));
			}
			for (DepartmentRow row : report.worst()) {
				ranking.add(List.of(labels.get("report.export.worst"), labels.pick(row.nameVi(), row.nameEn()),
						row.counts().onTimeRate(), row.counts().due()));
			}
			book.sheet(labels.get("report.export.sheet.ranking"), labels.get("report.export.sheet.ranking"), heading,
					List.of(labels.get("report.export.group"), labels.get("metrics.col.NAME"),
							labels.get("metrics.col.ON_TIME_RATE"), labels.get("metrics.col.DUE")),
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
			// the whole list, never cut: the page shows the first rows and links to all
			// of them
			List<AssignmentLine> all = this.lines.lines(filter,
					new ReportLineQueries.Drill(vn.hanoi.plantracker.standing.Metric.DUE_SOON, false, null), 0,
					(int) Math.min(Integer.MAX_VALUE, report.total().dueSoon()));
			ProvisionalTasks provisional = this.reports.provisional(filter);
			for (AssignmentLine line : all) {
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

	/** Every assignment behind a figure, with the filter lines of its page. */
	public byte[] drillXlsx(PlanUser user, ReportFilter filter, vn.hanoi.plantracker.standing.Metric metric,
			DrillDown.Scope scope, Long agencyId, Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		DrillDown drill = this.reports.drillAll(user, filter, metric, scope, agencyId);
		List<List<Object>> rows = new ArrayList<>();
		for (AssignmentLine line : drill.lines()) {
			rows.add(List.of(Labels.date(line.dueDate()), line.taskCode(), labels.pick(line.taskVi(), line.taskEn()),
					labels.period(line.period()), labels.pick(line.agencyVi(), line.agencyEn()),
					labels.get("agencyRole." + line.role()), labels.get("status." + line.status()),
					labels.get("metrics.metric." + line.metric()),
					(line.completedOn() != null) ? Labels.date(line.completedOn()) : "",
					(line.acceptedOn() != null) ? Labels.date(line.acceptedOn()) : "", line.percent()));
		}
		try (Workbooks book = new Workbooks()) {
			book.sheet(labels.get("metrics.drill.sheet"),
					labels.get("metrics.drill.title", labels.get("metrics.metric." + metric), drill.total()),
					heading(labels, filter),
					List.of(labels.get("assignment.dueDate"), labels.get("task.code"), labels.get("task.title"),
							labels.get("assignment.period"), labels.get("assignment.agency"),
							labels.get("assignment.role"), labels.get("assignment.status"),
							labels.get("metrics.drill.metric"), labels.get("metrics.drill.completedOn"),
							labels.get("metrics.drill.acceptedOn"), labels.get("assignment.percent")),
					rows);
			return book.bytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] summaryPdf(ReportFilter filter, Locale locale, java.time.Instant generatedAt) {
		Labels labels = new Labels(this.messages, locale);
		return SummaryPdf.write(labels, this.cache.summary(filter), heading(labels, filter), generatedAt,
				this.reports.provisional(filter));
	}

	/**
	 * The plan annex (.docx) written to {@code out} as its rows are read: the memory it
	 * takes does not grow with the plan. {@code out} is left open.
	 */
	public void planAnnexDocx(ReportFilter filter, Locale locale, OutputStream out) throws IOException {
		Labels labels = new Labels(this.messages, locale);
		PlanAnnexDocument.write(labels, this.reports.plan(filter), filter, (row) -> this.annex.annex(filter, row), out);
	}

	/** The plan annex as bytes (for a small plan, e.g. to attach it). */
	public byte[] planAnnexDocx(ReportFilter filter, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			planAnnexDocx(filter, locale, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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

}
