package vn.hanoi.plantracker.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who created and changed a task, when and why, newest first. */
@Component
@Transactional(readOnly = true)
public class TaskChanges {

	private final JdbcClient jdbc;

	TaskChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TaskChange> of(long taskId) {
		return this.jdbc.sql("""
				select c.changed_at, c.author_name, c.kind, c.reason,
				       c.schedule_before is not null and c.schedule_before <> c.schedule_after as deadline_changed,
				       cardinality(c.agencies_added), cardinality(c.agencies_removed)
				from task_change c
				where c.task_id = :task order by c.changed_at desc, c.id desc
				""")
			.param("task", taskId)
			.query((rs, n) -> new TaskChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getInt(7)))
			.list();
	}

	/** One recorded change of a task. */
	public record TaskChange(Instant changedAt, String authorName, String kind, String reason, boolean deadlineChanged,
			int agenciesAdded, int agenciesRemoved) {

	}

}
