package vn.hanoi.plantracker.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key area changes of an amendment: a new key area (the next ordinal) or a new title
 * of one, kept while the amendment is a draft and applied with its task changes. A title
 * follows the plan editor's rules ({@link PlanEditing#areaTitle}); the as-of rule is the
 * tasks' (V550's {@code key_area_as_of}): a key area added at an instant did not exist
 * for a report as of an earlier day, and a renamed one keeps its old title for those
 * days. Callers ({@link PlanAmendments}) have checked the user and the draft.
 */
@Component
class AmendedAreas {

	private final JdbcClient jdbc;

	AmendedAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a new key area ({@code areaId} null) or a new title of the plan's key area
	 * (typing it again replaces the one kept); another plan's key area is not found.
	 */
	void stage(long planId, long amendmentId, Long areaId, String typed) {
		String title = PlanEditing.areaTitle(typed, 1);
		if (areaId != null) {
			if (this.jdbc.sql("select count(*) from key_area where id = :area and plan_id = :plan")
				.param("area", areaId)
				.param("plan", planId)
				.query(Long.class)
				.single() == 0) {
				throw new TaskNotFoundException("area " + areaId);
			}
			this.jdbc.sql("delete from plan_amendment_area where amendment_id = :amendment and key_area_id = :area")
				.param("amendment", amendmentId)
				.param("area", areaId)
				.update();
		}
		else if (areaCount(planId) + added(amendmentId) >= PlanEditing.MAX_AREAS) {
			throw new PlanEditException("plans.form.tooManyAreas", PlanEditing.MAX_AREAS);
		}
		this.jdbc.sql("""
				insert into plan_amendment_area (amendment_id, key_area_id, title)
				values (:amendment, :area, :title)""")
			.param("amendment", amendmentId)
			.param("area", areaId, java.sql.Types.BIGINT)
			.param("title", title)
			.update();
	}

	/**
	 * Drops a kept change; a new key area that kept task changes sit in stays (they would
	 * lose their key area).
	 */
	void drop(long amendmentId, long changeId) {
		if (this.jdbc.sql("select count(*) from plan_amendment_change where amendment_area_id = :change")
			.param("change", changeId)
			.query(Long.class)
			.single() > 0) {
			throw new PlanEditException("amendments.area.hasTasks");
		}
		this.jdbc.sql("delete from plan_amendment_area where id = :id and amendment_id = :amendment")
			.param("id", changeId)
			.param("amendment", amendmentId)
			.update();
	}

	/** Whether the change is a new key area the amendment adds. */
	boolean adds(long amendmentId, long changeId) {
		return this.jdbc.sql("""
				select count(*) from plan_amendment_area
				where id = :change and amendment_id = :amendment and key_area_id is null""")
			.param("change", changeId)
			.param("amendment", amendmentId)
			.query(Long.class)
			.single() > 0;
	}

	/** The key area changes the amendment holds, new key areas last. */
	List<AreaChange> of(long amendmentId) {
		return this.jdbc.sql("""
				select c.id, c.key_area_id, k.ordinal, c.title from plan_amendment_area c
				left join key_area k on k.id = c.key_area_id
				where c.amendment_id = :amendment order by c.key_area_id is null, k.ordinal, c.id""")
			.param("amendment", amendmentId)
			.query((rs, n) -> new AreaChange(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					(Integer) rs.getObject(3, Integer.class), rs.getString(4)))
			.list();
	}

	/**
	 * Applies the changes at the instant: each renamed key area keeps the title it had
	 * until then, each new one is there from then, numbered after the plan's last, and
	 * the task changes kept in it name it from then. Returns how many changes it applied.
	 */
	int apply(long planId, long amendmentId, Instant at) {
		List<AreaChange> changes = of(amendmentId);
		Timestamp instant = Timestamp.from(at);
		for (AreaChange change : changes) {
			if (change.areaId() != null) {
				this.jdbc.sql("""
						insert into key_area_name (key_area_id, title_vi, title_en, valid_until, amendment_id)
						select id, title_vi, title_en, :at, :amendment from key_area where id = :area""")
					.param("at", instant)
					.param("amendment", amendmentId)
					.param("area", change.areaId())
					.update();
				// a title typed in one language stands for both until translated
				// (KeyArea.rename)
				this.jdbc.sql("update key_area set title_vi = :title, title_en = :title where id = :area")
					.param("title", change.title())
					.param("area", change.areaId())
					.update();
			}
			else {
				if (areaCount(planId) >= PlanEditing.MAX_AREAS) {
					throw new PlanEditException("plans.form.tooManyAreas", PlanEditing.MAX_AREAS);
				}
				long added = this.jdbc
					.sql("""
							insert into key_area (plan_id, ordinal, title_vi, title_en, added_at)
							select :plan, coalesce(max(ordinal), 0) + 1, :title, :title, :at from key_area where plan_id = :plan
							returning id""")
					.param("plan", planId)
					.param("title", change.title())
					.param("at", instant)
					.query(Long.class)
					.single();
				this.jdbc.sql("""
						update plan_amendment_change set command = jsonb_set(command, '{areaId}', to_jsonb(:area))
						where amendment_area_id = :change""")
					.param("area", added)
					.param("change", change.id())
					.update();
			}
		}
		return changes.size();
	}

	private long areaCount(long planId) {
		return this.jdbc.sql("select count(*) from key_area where plan_id = :plan")
			.param("plan", planId)
			.query(Long.class)
			.single();
	}

	private long added(long amendmentId) {
		return this.jdbc
			.sql("select count(*) from plan_amendment_area where amendment_id = :amendment and key_area_id is null")
			.param("amendment", amendmentId)
			.query(Long.class)
			.single();
	}

	/**
	 * One key area change of an amendment: a new title of key area {@code ordinal}, or a
	 * new key area ({@code areaId} null).
	 */
	public record AreaChange(long id, Long areaId, Integer ordinal, String title) {

		public boolean added() {
			return this.areaId == null;
		}

	}

}
