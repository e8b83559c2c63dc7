package vn.hanoi.plantracker.plan;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The task changes a draft amendment keeps ({@code plan_amendment_change}): a new task, a
 * changed task (the task as the amendment will have it) or a removed task, at most one
 * per task. A task change may name a key area the same amendment adds
 * ({@link AmendedAreas}) in place of one of the plan's. Callers ({@link PlanAmendments})
 * have checked the user, the draft and the task.
 */
@Component
class AmendmentChanges {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AmendedAreas areas;

	AmendmentChanges(JdbcClient jdbc, JsonMapper json, AmendedAreas areas) {
		this.jdbc = jdbc;
		this.json = json;
		this.areas = areas;
	}

	/**
	 * Keeps a new task ({@code taskId} null) or the changed task, in place of any change
	 * of the task kept. It sits in one of the plan's key areas ({@code command.areaId()})
	 * or, {@code newArea} given, in the key area the amendment adds by that change:
	 * created on applying, before the task.
	 */
	void keep(long planId, long amendmentId, Long taskId, TaskCommand command, Long newArea) {
		if (newArea != null) {
			if (command.areaId() != 0) {
				throw new TaskEditException("amendments.task.twoAreas");
			}
			if (!this.areas.adds(amendmentId, newArea)) {
				throw new TaskEditException("amendments.task.noNewArea");
			}
		}
		else if (this.jdbc.sql("select count(*) from key_area where id = :area and plan_id = :plan")
			.param("area", command.areaId())
			.param("plan", planId)
			.query(Long.class)
			.single() == 0) {
			throw new TaskEditException("taskEdit.noArea");
		}
		if (command.lead().isEmpty()) {
			throw new TaskEditException("taskEdit.leadRequired");
		}
		if (taskId != null) {
			unkeep(amendmentId, taskId);
		}
		this.jdbc.sql("""
				insert into plan_amendment_change (amendment_id, task_id, command, amendment_area_id)
				values (:amendment, :task, cast(:command as jsonb), :area)""")
			.param("amendment", amendmentId)
			.param("task", taskId, Types.BIGINT)
			.param("command", this.json.writeValueAsString(command))
			.param("area", newArea, Types.BIGINT)
			.update();
	}

	/** Keeps the removal of a task, in place of any change of it kept. */
	void keepRemoval(long amendmentId, long taskId) {
		unkeep(amendmentId, taskId);
		this.jdbc
			.sql("insert into plan_amendment_change (amendment_id, task_id, removal) values (:amendment, :task, true)")
			.param("amendment", amendmentId)
			.param("task", taskId)
			.update();
	}

	void drop(long amendmentId, long changeId) {
		this.jdbc.sql("delete from plan_amendment_change where id = :id and amendment_id = :amendment")
			.param("id", changeId)
			.param("amendment", amendmentId)
			.update();
	}

	/**
	 * The changes kept, in the order they apply: removals, then changes, then new tasks.
	 */
	List<Kept> of(long amendmentId) {
		return this.jdbc.sql("""
				select c.id, c.task_id, c.removal, cast(c.command as text), t.code, t.title_vi
				from plan_amendment_change c left join task t on t.id = c.task_id
				where c.amendment_id = :amendment
				order by c.removal desc, c.task_id is null, c.id""").param("amendment", amendmentId).query((rs, n) -> {
			TaskCommand command = (rs.getString(4) != null) ? this.json.readValue(rs.getString(4), TaskCommand.class)
					: null;
			String label = (command != null) ? command.code() + " " + command.titleVi()
					: rs.getString(5) + " " + rs.getString(6);
			return new Kept(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getBoolean(3), command, label);
		}).list();
	}

	private void unkeep(long amendmentId, long taskId) {
		this.jdbc.sql("delete from plan_amendment_change where amendment_id = :amendment and task_id = :task")
			.param("amendment", amendmentId)
			.param("task", taskId)
			.update();
	}

	/** One kept change: a new task ({@code taskId} null), a changed or a removed one. */
	record Kept(long id, Long taskId, boolean removal, TaskCommand command, String label) {

		String kind() {
			return this.removal ? "REMOVE" : (this.taskId == null) ? "ADD" : "EDIT";
		}

	}

}
