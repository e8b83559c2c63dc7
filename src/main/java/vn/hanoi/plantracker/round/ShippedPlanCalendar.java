package vn.hanoi.plantracker.round;

import java.time.MonthDay;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.ShippedPlanImported;

/**
 * A plan shipped with the application gets the reporting calendar its heading gives (Plan
 * 133: half-yearly reports due 15 June, yearly ones 15 December, as V90 gave the plan V2
 * wrote), in the import's transaction, so the rounds (and the demo's) find it at the same
 * start.
 */
@Component
class ShippedPlanCalendar {

	private final JdbcClient jdbc;

	ShippedPlanCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void imported(ShippedPlanImported event) {
		for (Map.Entry<String, MonthDay> entry : event.reportingCalendar().entrySet()) {
			this.jdbc
				.sql("""
						insert into reporting_calendar (plan_id, kind, due_month, due_day) values (:plan, :kind, :month, :day)
						on conflict (plan_id, kind) do nothing""")
				.param("plan", event.planId())
				.param("kind", RoundKind.valueOf(entry.getKey()).name())
				.param("month", entry.getValue().getMonthValue())
				.param("day", entry.getValue().getDayOfMonth())
				.update();
		}
	}

}
