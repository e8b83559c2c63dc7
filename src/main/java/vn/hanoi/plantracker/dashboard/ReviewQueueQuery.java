package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.dashboard.ReviewItem.EvidenceLink;
import vn.hanoi.plantracker.dashboard.ReviewItem.ReturnReason;

/**
 * The review queue's statements. The page's rows are chosen from a partial index of the
 * waiting assignments ({@code assignment_review_queue_idx}, or its agency variant; V150)
 * by {@code assignment.submitted_at}, the instant of the latest submission, which the
 * workflow writes with the submission; only the rows shown then look up their latest
 * submission, files and returns. The total is an index-only count of the same index.
 * <p>
 * Paging is by offset on that index, not by a keyset cursor: the pager shows "page n of
 * m" and its links (and bookmarks) name a page; an offset into a narrow index of the
 * waiting rows only (a few per cent of the assignments) costs microseconds per skipped
 * row, and a page is read once per data version (ReviewQueue).
 */
@Component
@Transactional(readOnly = true)
class ReviewQueueQuery {

	/** The waiting assignments, in the partial indexes' predicate. */
	private static final String WAITING = "%1$s.status = 'SUBMITTED' and %1$s.closed_at is null"
			+ " and %1$s.submitted_at is not null";

	private final JdbcClient jdbc;

	ReviewQueueQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ReviewPage page(Long agencyId, List<Long> areas, int current, int pageSize) {
		// two texts rather than "(:agency is null or ...)", so that each is planned on
		// its own index
		String ofAgency = ((agencyId != null) ? " and %1$s.agency_id = :agency" : "") + ((areas != null)
				? " and exists (select 1 from task st where st.id = %1$s.task_id and st.key_area_id = any (cast(:areas as bigint[])))"
				: "");
		long[] total = { 0 };
		List<ReviewItem> items = this.jdbc.sql("""
				with shown as (
				  select q.id, q.submitted_at from assignment q
				  where %s%s
				  order by q.submitted_at, q.id
				  limit :limit offset :offset)
				select a.id, a.version, t.code, t.title_vi, t.title_en, ag.name_vi, ag.name_en, a.period, a.due_date,
				       s.created_at, s.author_name, s.note, s.document_ref, s.id as update_id,
				       (select count(*) from assignment c where %s%s) as total
				from shown
				join assignment a on a.id = shown.id
				join task t on t.id = a.task_id
				join agency ag on ag.id = a.agency_id
				join lateral (
				  select u.id, u.created_at, u.note, u.document_ref, u.author_name from progress_update u
				  where u.assignment_id = a.id and u.kind = 'SUBMIT'
				  order by u.created_at desc, u.id desc limit 1) s on true
				order by shown.submitted_at, shown.id
				""".formatted(WAITING.formatted("q"), ofAgency.formatted("q"), WAITING.formatted("c"),
				ofAgency.formatted("c")))
			.params(params(agencyId, areas))
			.param("limit", pageSize)
			.param("offset", (current - 1) * pageSize)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new ReviewItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
						rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12), rs.getString(13),
						rs.getLong(14), List.of(), List.of());
			})
			.list();
		if (items.isEmpty()) {
			return new ReviewPage(items, (current > 1) ? count(agencyId, areas, ofAgency) : 0, current, pageSize);
		}
		List<Long> ids = items.stream().map(ReviewItem::id).toList();
		Map<Long, List<EvidenceLink>> files = this.jdbc.sql("""
				select e.id, u.assignment_id, e.original_name, e.content_type, e.size_bytes, u.created_at,
				       u.author_name
				from evidence_file e
				join progress_update u on u.id = e.progress_update_id
				where u.assignment_id in (:ids) order by u.created_at desc, e.id
				""")
			.param("ids", ids)
			.query((rs, n) -> new EvidenceLink(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceLink::assignmentId));
		Map<Long, List<ReturnReason>> returns = this.jdbc.sql("""
				select u.assignment_id, u.created_at, u.author_name, u.note
				from progress_update u
				where u.assignment_id in (:ids) and u.kind = 'RETURN' order by u.created_at desc, u.id desc
				""")
			.param("ids", ids)
			.query((rs, n) -> new ReturnReason(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(ReturnReason::assignmentId));
		return new ReviewPage(items.stream()
			.map((i) -> i.with(files.getOrDefault(i.id(), List.of()), returns.getOrDefault(i.id(), List.of())))
			.toList(), total[0], current, pageSize);
	}

	/** How many wait: only asked for a page beyond the last one. */
	private long count(Long agencyId, List<Long> areas, String ofAgency) {
		return this.jdbc
			.sql("select count(*) from assignment c where " + WAITING.formatted("c") + ofAgency.formatted("c"))
			.params(params(agencyId, areas))
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> params(Long agencyId, List<Long> areas) {
		Map<String, Object> params = new java.util.HashMap<>();
		if (agencyId != null) {
			params.put("agency", agencyId);
		}
		if (areas != null) {
			params.put("areas", areas.toArray(new Long[0]));
		}
		return params;
	}

}
