package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.WorkflowException;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.ScheduleKind;

/**
 * The figure tests' random work, drawn from a seed: a city of its own in a
 * {@link MetricWorld} (two departments and a commune, and a court that plans request to
 * take part), tasks given to them at random, and random steps of the workflow (saves,
 * submissions, acceptances, returns, due-date changes, extensions). Each test says in a
 * {@link Mix} how far ahead tasks fall due and how often each step is drawn; the property
 * test with its own oracle draws only the tasks here.
 */
final class RandomWork {

	/**
	 * How the work is drawn: tasks due within {@code dueWithinDays} (from three days on),
	 * one step in {@code newTaskOneIn} a new task, otherwise a step on an assignment
	 * drawn from {@code picks} (0 an extension, 1 a due-date change, 2 a save, 3 a
	 * submission, 4 and more a submission too when {@code submitOnLaterPicks}, else
	 * nothing), the extension asked for drawn by {@code extension}.
	 */
	record Mix(int dueWithinDays, int newTaskOneIn, int picks, boolean submitOnLaterPicks, Extension extension) {

	}

	/** The due day an extension asks for. */
	interface Extension {

		LocalDate asked(LocalDate due, LocalDate today, Random random);

	}

	/** A task drawn: its agencies (the support includes the court when it takes part). */
	record NewTask(long id, LocalDate due, long lead, Set<Long> support, boolean withCourt) {

	}

	final MetricWorld world;

	final Random random;

	final List<Long> city;

	final long court;

	private final Mix mix;

	/** The city's agencies and the court, in being since {@code activeFrom}. */
	RandomWork(MetricWorld world, Random random, LocalDate activeFrom, Mix mix) {
		this.world = world;
		this.random = random;
		this.mix = mix;
		this.city = List.of(world.agency(AgencyKind.DEPARTMENT, activeFrom),
				world.agency(AgencyKind.DEPARTMENT, activeFrom), world.agency(AgencyKind.LOCAL_AUTHORITY, activeFrom));
		this.court = world.agency(AgencyKind.JUDICIAL, activeFrom);
	}

	/**
	 * Runs a test on a seed of {@code -Dfigures.seed} or a new one; a failure says which,
	 * and how to replay it.
	 */
	static void seeded(String differs, LongConsumer test) {
		long seed = Long.getLong("figures.seed", System.nanoTime());
		try {
			test.accept(seed);
		}
		catch (AssertionError | RuntimeException ex) {
			throw new AssertionError(
					differs + " with seed " + seed + " (replay with -Dfigures.seed=" + seed + "): " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * A task led by one of the city's agencies, supported by some of the others and by
	 * the court (requested to take part) or not.
	 */
	NewTask addTask(LocalDate today, boolean yearly) {
		LocalDate due = today.plusDays(3 + this.random.nextInt(this.mix.dueWithinDays()));
		long lead = this.city.get(this.random.nextInt(this.city.size()));
		Set<Long> support = new HashSet<>();
		for (long agency : this.city) {
			if (agency != lead && this.random.nextBoolean()) {
				support.add(agency);
			}
		}
		boolean withCourt = this.random.nextBoolean();
		if (withCourt) {
			support.add(this.court);
		}
		Schedule schedule = yearly ? new Schedule(ScheduleKind.ANNUAL, null, due.getMonthValue(), due.getDayOfMonth())
				: MetricWorld.fixed(due);
		long task = this.world.task(schedule, Set.of(lead), support, withCourt ? Set.of(this.court) : Set.of());
		return new NewTask(task, due, lead, support, withCourt);
	}

	/** One random step: a new task, or a step of the workflow on one assignment. */
	void act(LocalDate today) {
		if (this.random.nextInt(this.mix.newTaskOneIn()) == 0) {
			addTask(today, false);
			return;
		}
		List<Long> ids = this.world.assignments();
		long id = ids.get(this.random.nextInt(ids.size()));
		switch (this.world.status(id)) {
			case "NOT_STARTED", "RETURNED", "IN_PROGRESS" -> {
				int pick = this.random.nextInt(this.mix.picks());
				LocalDate due = this.world.due(id);
				if (pick == 0 && !"NOT_STARTED".equals(this.world.status(id))) {
					tryTo(() -> this.world.extend(id, this.mix.extension().asked(due, today, this.random)));
				}
				else if (pick == 1) {
					LocalDate moved = due.plusDays(this.random.nextInt(21) - 10);
					tryTo(() -> this.world.moveDue(id, moved.equals(due) ? moved.plusDays(1) : moved));
				}
				else if (pick == 2) {
					this.world.progress(id, 10 + this.random.nextInt(80));
				}
				else if (pick == 3 || this.mix.submitOnLaterPicks()) {
					this.world.submit(id);
				}
				// otherwise left alone: open work that falls due and then long due
			}
			case "SUBMITTED" -> {
				if (this.random.nextInt(3) == 0) {
					this.world.giveBack(id);
				}
				else {
					this.world.accept(id);
				}
			}
			default -> {
				// completed: nothing more to do
			}
		}
	}

	/**
	 * A step the workflow may refuse by its own rules (a date in the past, say): then
	 * nothing changed.
	 */
	static void tryTo(Runnable action) {
		try {
			action.run();
		}
		catch (WorkflowException ex) {
			// refused, nothing changed
		}
	}

}
