package vn.hanoi.plantracker.api.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.api.ApiInputException;
import vn.hanoi.plantracker.api.ApiProblems;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanOutline;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Deadlines;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.standing.Selection;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The figures of a plan as of a day, from the figure owner: the same numbers as the
 * summary report, the dashboard and the round documents for the same plan, scope and day,
 * each named as {@code /help/metrics} defines it.
 */
@RestController
@SignedIn
@RequestMapping(path = "/api/v1/plans/{planId}/figures", produces = "application/json")
@Tag(name = "Figures", description = "A plan's figures as of any day, by the definitions of /help/metrics")
class FigureApi {

	private final Figures figures;

	private final PlanQueries plans;

	private final ApiProblems texts;

	private final Today today;

	/**
	 * The totals read, each kept under its plan's version as the summary's are: a system
	 * that polls the figures costs the database nothing until the plan changes.
	 */
	private final VersionedCache<List<Object>, Figures.Totals> totals;

	FigureApi(Figures figures, PlanQueries plans, ApiProblems texts, Today today, ReadCaches caches) {
		this.figures = figures;
		this.plans = plans;
		this.texts = texts;
		this.today = today;
		this.totals = caches.create("api-figures", 200);
	}

	/**
	 * The figures of a selection: the city's own work and, apart, the requested bodies'.
	 */
	record FigureBody(long planId, LocalDate asOf, AgencyKind kind, Long areaId, FigureSet city, FigureSet requested) {

	}

	/** Every metric's value with its name, and the rates derived from them. */
	record FigureSet(List<MetricValue> metrics, Integer onTimeRate, Integer completionPercent, long maxDaysOverdue) {

	}

	/** One metric: its code, its name in the caller's language and its value. */
	record MetricValue(Metric metric, String name, long value) {

	}

	@GetMapping
	@Operation(summary = "Read a plan's figures as of a day",
			description = "The totals of the due set and its classification (on time, late, awaiting review, "
					+ "overdue...) for the plan, optionally one kind of agency and one key area, as they stood at the "
					+ "end of `asOf` (today when not given; not after today). Names follow Accept-Language.")
	FigureBody figures(HttpServletRequest request, @Parameter(example = "1") @PathVariable long planId,
			@Parameter(description = "The day (default today)", example = "2026-06-30") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "Only agencies of this kind") @RequestParam(required = false) AgencyKind kind,
			@Parameter(description = "Only this key area (its id)") @RequestParam(required = false) Long area) {
		LocalDate day = this.today.date();
		LocalDate as = (asOf != null) ? asOf : day;
		if (as.isAfter(day)) {
			throw new ApiInputException("asOf", "api.input.asOfFuture");
		}
		PlanOutline outline = this.plans.outline(planId, null, Deadlines.endOf(as))
			.orElseThrow(() -> new PlanNotFoundException(planId));
		if (area != null && outline.areas().stream().noneMatch((a) -> a.id() == area)) {
			throw new ApiInputException("area", "api.input.area");
		}
		Selection selection = new Selection(planId, kind, area, as);
		// the stamp is the cache's own, read before the totals; today is part of the key
		// (work due today is due once it ends)
		Figures.Totals totals = this.totals.get(DataVersion.Scope.plan(planId),
				Arrays.asList(planId, kind, area, as, day), () -> this.figures.totals(selection));
		return new FigureBody(planId, as, kind, area, set(request, totals.city()), set(request, totals.requested()));
	}

	private FigureSet set(HttpServletRequest request, Counts counts) {
		return new FigureSet(Arrays.stream(Metric.values())
			.map((metric) -> new MetricValue(metric, this.texts.text(request, "metrics.metric." + metric.name()),
					counts.of(metric)))
			.toList(), counts.onTimeRate(), counts.completionPercent(), counts.maxDaysOverdue());
	}

}
