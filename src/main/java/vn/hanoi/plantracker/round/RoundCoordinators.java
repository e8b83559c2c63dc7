package vn.hanoi.plantracker.round;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.plan.StandingBodies;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * A round is run by the coordinators of its plan's standing body ({@link PlanAccess}):
 * other roles are refused (403) as before, and another plan's coordinator finds no such
 * round or calendar entry (404). A closed plan's rounds change no more.
 */
@Component
public class RoundCoordinators {

	private final JdbcClient jdbc;

	private final PlanAccess plans;

	private final StandingBodies bodies;

	RoundCoordinators(JdbcClient jdbc, PlanAccess plans, StandingBodies bodies) {
		this.bodies = bodies;
		this.jdbc = jdbc;
		this.plans = plans;
	}

	void requireForPlan(PlanUser user, long planId) {
		RoundAccess.requireCoordinator(user);
		if (!this.plans.coordinates(user, planId)) {
			throw new RoundNotFoundException("Plan", planId);
		}
		this.plans.requireOpen(planId);
	}

	void requireForRound(PlanUser user, long roundId) {
		RoundAccess.requireCoordinator(user);
		Optional<Long> plan = planOf("reporting_round", roundId);
		if (!plan.map((id) -> this.plans.coordinates(user, id)).orElse(false)) {
			throw new RoundNotFoundException("Round", roundId);
		}
		this.plans.requireOpen(plan.get());
	}

	/** A closed plan's rounds take no reports, reviews or approvals. */
	void requireOpenPlan(long planId) {
		this.plans.requireOpen(planId);
	}

	void requireForCalendarEntry(PlanUser user, long entryId) {
		RoundAccess.requireCoordinator(user);
		if (!planOf("reporting_calendar", entryId).map((plan) -> this.plans.coordinates(user, plan)).orElse(false)) {
			throw new RoundNotFoundException("Calendar entry", entryId);
		}
	}

	/**
	 * The agency whose coordinators run the round (its plan's standing body): who hears
	 * that an agency's round report waits or that the consolidated report is approved.
	 */
	public Optional<Long> standingBodyOf(long roundId) {
		return planOf("reporting_round", roundId).flatMap(this.bodies::standingBodyOfPlan);
	}

	private Optional<Long> planOf(String table, long id) {
		return this.jdbc.sql("select plan_id from " + table + " where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

}
