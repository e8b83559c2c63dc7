package vn.hanoi.plantracker.round;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;

/**
 * What the morning jobs would have done while the application was down: at start, the
 * reporting calendar opens the rounds whose window has begun, and the agencies already
 * late with their round report are escalated. Every node does it at its start, and each
 * step is an idempotent claim (the round's unique key, the per-agency escalation row), so
 * two nodes starting together, or a start shortly before the scheduled run, open and
 * escalate each thing once. Runs after the application runners (the demo data).
 */
@Component
class RoundCatchUp {

	private static final Logger log = LoggerFactory.getLogger(RoundCatchUp.class);

	private final Rounds rounds;

	private final RoundDashboard dashboard;

	private final Today today;

	RoundCatchUp(Rounds rounds, RoundDashboard dashboard, Today today) {
		this.rounds = rounds;
		this.dashboard = dashboard;
		this.today = today;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int[] done = catchUp();
		if (done[0] + done[1] > 0) {
			log.info("Reporting calendar caught up at start: {} round(s) opened, {} missing report(s) escalated",
					done[0], done[1]);
		}
	}

	/** The rounds opened and the reports escalated, by this call only. */
	int[] catchUp() {
		int opened = this.rounds.openFromCalendar(this.today.date());
		int escalated = this.dashboard.escalateOverdue(this.today.date());
		return new int[] { opened, escalated };
	}

}
