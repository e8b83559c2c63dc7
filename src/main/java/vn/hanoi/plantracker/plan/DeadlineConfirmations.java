package vn.hanoi.plantracker.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The plan's deadlines start as our inference. The coordinator confirms a task's deadline
 * against a source document; every confirmation is kept (who, when, which document, the
 * schedule it confirmed), and the task loses its provisional mark. Reports as of a day
 * before the first confirmation still show the mark.
 */
@Service
@Transactional
public class DeadlineConfirmations {

	private final TaskRepository tasks;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Today today;

	private final TaskVersions versions;

	DeadlineConfirmations(TaskRepository tasks, EntityManager entityManager, JdbcClient jdbc, Today today,
			TaskVersions versions) {
		this.versions = versions;
		this.tasks = tasks;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.today = today;
	}

	@CoordinatorOfTask
	public void confirm(PlanUser coordinator, long taskId, DeadlineConfirmationCommand command) {
		Task task = this.tasks.findWithAreaAndPlan(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
		PlanAccess.requireOpen(task.getKeyArea().getPlan());
		if (task.getVersion() != command.version()) {
			throw new StaleTaskException(taskId);
		}
		if (command.documentDate().isAfter(this.today.date())) {
			throw new TaskEditException("deadlineConfirm.futureDocument");
		}
		task.confirmDeadline();
		// the version moves even when the task was already confirmed, so that a second
		// form opened on the same version is stale
		this.entityManager.lock(task, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.entityManager.flush();
		this.jdbc.sql("""
				insert into task_deadline_confirmation (task_id, author_id, confirmed_at, document_number,
				                                        document_date, note, schedule)
				values (:task, :author, :at, :number, :date, :note, :schedule)""")
			.param("task", taskId)
			.param("author", coordinator.getId())
			.param("at", java.sql.Timestamp.from(this.today.now()))
			.param("number", command.documentNumber().strip())
			.param("date", command.documentDate())
			.param("note", (command.note() == null || command.note().isBlank()) ? null : command.note().strip(),
					java.sql.Types.VARCHAR)
			.param("schedule", TaskChangeLog.describe(task.schedule()))
			.update();
		// reports as of this day on no longer mark the deadline provisional; earlier
		// days still do
		this.versions.record(taskId, this.today.now());
	}

	@Transactional(readOnly = true)
	public List<Confirmation> of(long taskId) {
		return this.jdbc.sql("""
				select c.confirmed_at, c.author_name, c.document_number, c.document_date, c.note
				from task_deadline_confirmation c
				where c.task_id = :task order by c.confirmed_at desc, c.id desc""")
			.param("task", taskId)
			.query((rs, n) -> new Confirmation(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}

	/** One confirmation of a task's deadline. */
	public record Confirmation(Instant confirmedAt, String authorName, String documentNumber, LocalDate documentDate,
			String note) {

	}

}
