package vn.hanoi.plantracker.plan;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The owner of {@code task_version}: a task's number, title, key area and provisional
 * mark as they were from an instant on, read by {@code task_as_of} for reports as of
 * later days. Every writer of those columns (the task form, the confirmation of a
 * deadline against a document) records the task here in the same transaction.
 */
@Component
class TaskVersions {

	private final JdbcClient jdbc;

	TaskVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The task as it is now (flushed), valid from {@code at}, unless its latest version
	 * already says the same; a second change at the same instant replaces the first.
	 */
	void record(long taskId, Instant at) {
		this.jdbc.sql("""
				insert into task_version (task_id, valid_from, key_area_id, code, title_vi, title_en, provisional)
				select t.id, :at, t.key_area_id, t.code, t.title_vi, t.title_en, t.provisional from task t
				where t.id = :task and not exists (
				  select 1 from (select v.key_area_id, v.code, v.title_vi, v.title_en, v.provisional from task_version v
				                 where v.task_id = t.id order by v.valid_from desc limit 1) l
				  where (l.key_area_id, l.code, l.title_vi, l.title_en, l.provisional)
				      = (t.key_area_id, t.code, t.title_vi, t.title_en, t.provisional))
				on conflict (task_id, valid_from) do update
				  set key_area_id = excluded.key_area_id, code = excluded.code, title_vi = excluded.title_vi,
				      title_en = excluded.title_en, provisional = excluded.provisional""")
			.param("task", taskId)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

}
