package vn.hanoi.plantracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.TaskProgress;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.standing.FigureSql;

/**
 * The plan annex's SQL: one row per task of the selection, streamed, by the definitions
 * of {@link Metric} over the assignments as of the report's day (see
 * {@link ReportQueries}).
 */
@Component
@Transactional(readOnly = true)
class ReportAnnexQuery {

	private static final String SELECTION = ReportQueries.SELECTION;

	private final JdbcClient jdbc;

	private final Today today;

	ReportAnnexQuery(JdbcClient jdbc, Today today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/** Rows of the annex fetched per round trip. */
	static final int ANNEX_FETCH_SIZE = 100;

	/**
	 * One row per task of the selection, for the plan annex: lead and supporting agencies
	 * by name (wards and communes only counted), the agencies' latest results and their
	 * latest difficulties and proposals (never the coordinator's return reasons), and
	 * whether the deadline was still provisional at the as-of date. The rows are handed
	 * to {@code each} as PostgreSQL sends them, {@value #ANNEX_FETCH_SIZE} at a time (a
	 * cursor: this runs in a transaction), never held as one list: a national plan has
	 * thousands of tasks with every agency's latest note.
	 */
	void annex(ReportFilter filter, Consumer<AnnexRow> each) {
		String sql = """
				with s as (
				  select a.id, a.task_id, a.agency_id, a.role, a.status, a.due_date, ag.sort_order as agency_sort,
				         ag.kind, ag.name_vi, ag.name_en, k.ordinal, k.title_vi as area_vi, k.title_en as area_en,
				         t.sort_order as task_sort, t.code, t.title_vi, t.title_en, t.provisional
				  %s),
				agencies as (
				  select s.task_id,
				         array_agg(s.name_vi order by s.agency_sort, s.name_vi) filter (where s.role = 'LEAD' and s.kind <> 'LOCAL_AUTHORITY') as lead_vi,
				         array_agg(s.name_en order by s.agency_sort, s.name_en) filter (where s.role = 'LEAD' and s.kind <> 'LOCAL_AUTHORITY') as lead_en,
				         count(*) filter (where s.role = 'LEAD' and s.kind = 'LOCAL_AUTHORITY') as lead_local,
				         array_agg(s.name_vi order by s.agency_sort, s.name_vi) filter (where s.role = 'SUPPORT' and s.kind <> 'LOCAL_AUTHORITY') as support_vi,
				         array_agg(s.name_en order by s.agency_sort, s.name_en) filter (where s.role = 'SUPPORT' and s.kind <> 'LOCAL_AUTHORITY') as support_en,
				         count(*) filter (where s.role = 'SUPPORT' and s.kind = 'LOCAL_AUTHORITY') as support_local
				  from (select distinct on (task_id, agency_id) task_id, agency_id, role, kind, name_vi, name_en, agency_sort
				        from s order by task_id, agency_id, (role = 'LEAD') desc) s
				  group by s.task_id),
				confirmations as (
				  select distinct on (c.task_id) c.task_id, c.document_number, c.document_date,
				         min(c.confirmed_at) over (partition by c.task_id) as first_confirmed_at
				  from task_deadline_confirmation c
				  where c.task_id in (select task_id from s) and c.confirmed_at < :cutoff
				  order by c.task_id, c.confirmed_at desc, c.id desc)
				select s.task_id, min(s.ordinal) as area_ordinal, min(s.area_vi) as area_vi, min(s.area_en) as area_en,
				       min(s.code) as code, min(s.title_vi) as title_vi, min(s.title_en) as title_en,
				       min(tt.output_vi) as output_vi, min(tt.output_en) as output_en,
				       bool_or(s.provisional) as provisional,
				       min(cf.document_number) filter (where cf.first_confirmed_at < :cutoff) as confirmed_number,
				       min(cf.document_date) filter (where cf.first_confirmed_at < :cutoff) as confirmed_date,
				       min(ags.lead_vi) as lead_vi, min(ags.lead_en) as lead_en, min(ags.lead_local) as lead_local,
				       min(ags.support_vi) as support_vi, min(ags.support_en) as support_en,
				       min(ags.support_local) as support_local,
				       min(s.due_date) as first_due, max(s.due_date) as last_due,
				       array_agg(s.name_vi || ': ' || n.note order by s.agency_sort, s.id)
				           filter (where n.note is not null) as results_vi,
				       array_agg(s.name_en || ': ' || n.note order by s.agency_sort, s.id)
				           filter (where n.note is not null) as results_en,
				       array_agg(s.name_vi order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_agency_vi,
				       array_agg(s.name_en order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_agency_en,
				       array_agg(c.difficulties order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_difficulties,
				       array_agg(c.proposals order by s.agency_sort, s.id)
				           filter (where c.difficulties is not null or c.proposals is not null) as concern_proposals
				from s
				join task tt on tt.id = s.task_id
				join agencies ags on ags.task_id = s.task_id
				-- each assignment's latest report with a note, and its latest report, as of the
				-- cutoff: an index lookup per assignment (progress_update_assignment_idx), never a
				-- sort of the whole history
				left join lateral (
				  select p.note from progress_update p
				  where p.assignment_id = s.id and p.created_at < :cutoff and p.kind in ('PROGRESS', 'SUBMIT')
				    and p.note is not null
				  order by p.created_at desc, p.id desc limit 1) n on true
				left join lateral (
				  select p.difficulties, p.proposals from progress_update p
				  where p.assignment_id = s.id and p.created_at < :cutoff and p.kind in ('PROGRESS', 'SUBMIT')
				  order by p.created_at desc, p.id desc limit 1) c on true
				left join confirmations cf on cf.task_id = s.task_id
				group by s.task_id
				order by min(s.ordinal), min(s.task_sort), min(s.code)
				"""
			.formatted(SELECTION);
		Map<Long, List<TaskProgress>> progress = TaskProgress
			.byTask(bind(this.jdbc.sql(TaskProgress.sql(SELECTION)), filter, null, null)
				.query((rs, n) -> TaskProgress.row(rs))
				.list());
		// A cursor makes the driver prepare the statement on the server; a generic plan
		// cannot drop the filters left null (20.7 s instead of 0.39 s at 20,000
		// assignments): every connection plans for its parameters
		// (plan_cache_mode=force_custom_plan in application.properties).
		bind(this.jdbc.sql(sql), filter, null, null).withFetchSize(ANNEX_FETCH_SIZE).query((ResultSet rs) -> {
			long task = rs.getLong("task_id");
			each.accept(new AnnexRow(task, rs.getInt("area_ordinal"), rs.getString("area_vi"), rs.getString("area_en"),
					rs.getString("code"), rs.getString("title_vi"), rs.getString("title_en"), rs.getString("output_vi"),
					rs.getString("output_en"), rs.getBoolean("provisional"), rs.getString("confirmed_number"),
					rs.getObject("confirmed_date", LocalDate.class), strings(rs, "lead_vi"), strings(rs, "lead_en"),
					rs.getInt("lead_local"), strings(rs, "support_vi"), strings(rs, "support_en"),
					rs.getInt("support_local"), rs.getObject("first_due", LocalDate.class),
					rs.getObject("last_due", LocalDate.class), progress.getOrDefault(task, List.of()),
					strings(rs, "results_vi"), strings(rs, "results_en"), concerns(rs, "concern_agency_vi"),
					concerns(rs, "concern_agency_en")));
		});
	}

	private static List<AnnexRow.Concern> concerns(ResultSet rs, String agencyColumn) throws SQLException {
		List<String> agencies = strings(rs, agencyColumn);
		List<String> difficulties = strings(rs, "concern_difficulties");
		List<String> proposals = strings(rs, "concern_proposals");
		List<AnnexRow.Concern> concerns = new java.util.ArrayList<>();
		for (int i = 0; i < agencies.size(); i++) {
			concerns.add(new AnnexRow.Concern(agencies.get(i), difficulties.get(i), proposals.get(i)));
		}
		return concerns;
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		// Arrays.asList, not List.of: an aggregated column may hold nulls
		return (array != null) ? java.util.Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** The filter's parameters, by the figure owner's rule. */
	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportFilter filter, Long agency,
			Boolean requested) {
		return FigureSql.bind(statement, filter.selection(), agency, requested, this.today.date());
	}

}
