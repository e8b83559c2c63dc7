package vn.hanoi.plantracker.support;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * More of the same data, set-based: {@code copies} more periods of every task agency of
 * the plan (due dates spread over four months either side of today), a sixth submitted, a
 * sixth completed, a third in progress, each with a coherent history, and the assignment
 * rows as the projection of it. For tests that compare a page at two sizes; run it inside
 * the test's transaction so that it is rolled back.
 */
public final class Volume {

	private Volume() {
	}

	/**
	 * @return how many assignments were added
	 */
	public static int grow(JdbcClient jdbc, int copies, LocalDate today) {
		return grow(jdbc, copies, today, null);
	}

	/**
	 * {@link #grow(JdbcClient, int, LocalDate)} for one agency only (every agency when
	 * {@code agencyId} is null).
	 * @return how many assignments were added
	 */
	public static int grow(JdbcClient jdbc, int copies, LocalDate today, Long agencyId) {
		int added = jdbc.sql("""
				insert into assignment (task_id, agency_id, role, requested, period, original_due_date, due_date)
				select ta.task_id, ta.agency_id, ta.role, ta.requested, 'volume-' || (g + base.n),
				       cast(:today as date) - 120 + ((ta.id * 7 + g * 13) % 240)::integer,
				       cast(:today as date) - 120 + ((ta.id * 7 + g * 13) % 240)::integer
				from task_agency ta
				join agency ag on ag.id = ta.agency_id and ag.active_until is null
				  and (cast(:agency as bigint) is null or ag.id = cast(:agency as bigint))
				cross join (select count(distinct period) as n from assignment where period like 'volume-%') base
				cross join generate_series(1, :copies) g
				""").param("today", today).param("copies", copies).param("agency", agencyId).update();
		jdbc.sql("""
				insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
				                             percent, note)
				select a.id, (select min(id) from app_user where role = 'COORDINATOR'),
				       (least(a.due_date, cast(:today as date) - 1) - 10 + s.day + time '09:00')
				           at time zone 'Asia/Ho_Chi_Minh',
				       s.kind, s.before, s.after, s.percent, 'Volume test entry'
				from assignment a
				cross join lateral (values
				    (0, 'PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 40, 0),
				    (3, 'SUBMIT', 'IN_PROGRESS', 'SUBMITTED', 100, 1),
				    (5, 'ACCEPT', 'SUBMITTED', 'COMPLETED', 100, 2)) as s (day, kind, before, after, percent, step)
				where a.period like 'volume-%' and a.id % 6 < 4
				  and not exists (select 1 from progress_update p where p.assignment_id = a.id)
				  and s.step <= case a.id % 6 when 0 then 1 when 1 then 2 else 0 end
				order by 3, 1
				""").param("today", today).update();
		jdbc.sql("""
				update assignment a
				set status = l.status_after, percent_complete = l.percent,
				    completed_on = case when l.status_after = 'COMPLETED'
				        then (l.created_at at time zone 'Asia/Ho_Chi_Minh')::date end,
				    last_update_at = l.created_at
				from (select distinct on (p.assignment_id) p.assignment_id, p.status_after, p.percent, p.created_at
				      from progress_update p join assignment x on x.id = p.assignment_id
				      where x.period like 'volume-%'
				      order by p.assignment_id, p.created_at desc, p.id desc) l
				where l.assignment_id = a.id and a.status <> l.status_after
				""").update();
		return added;
	}

}
