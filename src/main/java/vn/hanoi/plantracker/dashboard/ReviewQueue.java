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
 * Submitted assignments, oldest submission first, each with its latest submission, every
 * evidence file of the assignment (files are often attached on earlier saves) and the
 * reasons it was returned before, a page of {@value #PAGE_SIZE} at a time: three
 * statements a page (one when the queue is empty), whatever the length of the queue.
 */
@Component
@Transactional(readOnly = true)
public class ReviewQueue {

	static final int PAGE_SIZE = 20;

	/** Far beyond any real queue, small enough that the offset cannot overflow. */
	static final int MAX_PAGE = 100_000;

	private final JdbcClient jdbc;

	ReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the queue (from 1), of one agency when {@code agencyId} is given. */
	public ReviewPage page(Long agencyId, int page) {
		int current = Math.min(Math.max(page, 1), MAX_PAGE);
		long[] total = { 0 };
		List<ReviewItem> items = this.jdbc.sql("""
				select a.id, a.version, t.code, t.title_vi, t.title_en, ag.name_vi, ag.name_en, a.period, a.due_date,
				       s.created_at, usr.full_name, s.note, s.document_ref, s.id as update_id, count(*) over () as total
				from assignment a
				join task t on t.id = a.task_id
				join agency ag on ag.id = a.agency_id
				join lateral (
				  select u.id, u.created_at, u.note, u.document_ref, u.author_id from progress_update u
				  where u.assignment_id = a.id and u.kind = 'SUBMIT'
				  order by u.created_at desc, u.id desc limit 1) s on true
				join app_user usr on usr.id = s.author_id
				where a.status = 'SUBMITTED' and a.closed_at is null
				  and (cast(:agency as bigint) is null or a.agency_id = :agency)
				order by s.created_at, a.id
				limit :limit offset :offset
				""")
			.param("agency", agencyId)
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return new ReviewItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
						rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12), rs.getString(13),
						rs.getLong(14), List.of(), List.of());
			})
			.list();
		if (items.isEmpty()) {
			return new ReviewPage(items, (current > 1) ? count(agencyId) : 0, current, PAGE_SIZE);
		}
		List<Long> ids = items.stream().map(ReviewItem::id).toList();
		Map<Long, List<EvidenceLink>> files = this.jdbc.sql("""
				select e.id, u.assignment_id, e.original_name, e.content_type, e.size_bytes, u.created_at,
				       usr.full_name
				from evidence_file e
				join progress_update u on u.id = e.progress_update_id
				join app_user usr on usr.id = u.author_id
				where u.assignment_id in (:ids) order by u.created_at desc, e.id
				""")
			.param("ids", ids)
			.query((rs, n) -> new EvidenceLink(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(EvidenceLink::assignmentId));
		Map<Long, List<ReturnReason>> returns = this.jdbc.sql("""
				select u.assignment_id, u.created_at, usr.full_name, u.note
				from progress_update u
				join app_user usr on usr.id = u.author_id
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
			.toList(), total[0], current, PAGE_SIZE);
	}

	/** How many wait: only asked for a page beyond the last one. */
	private long count(Long agencyId) {
		return this.jdbc.sql("""
				select count(*) from assignment a where a.status = 'SUBMITTED' and a.closed_at is null
				  and (cast(:agency as bigint) is null or a.agency_id = :agency)""")
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

}
