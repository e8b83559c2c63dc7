package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The schedules of the tasks that come round again: yearly, school-year and ongoing. */
@Component
@Transactional(readOnly = true)
public class TaskSchedules {

	private final JdbcClient jdbc;

	TaskSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TaskSchedule> recurring() {
		return this.jdbc.sql("""
				select id, schedule_kind, due_date, due_month, due_day from task
				where schedule_kind <> 'FIXED' and removed_at is null order by id
				""")
			.query((rs, n) -> new TaskSchedule(rs.getLong(1),
					new Schedule(ScheduleKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
							(Integer) rs.getObject(4, Integer.class), (Integer) rs.getObject(5, Integer.class))))
			.list();
	}

	/** One task's schedule. */
	public record TaskSchedule(long taskId, Schedule schedule) {

	}

}
