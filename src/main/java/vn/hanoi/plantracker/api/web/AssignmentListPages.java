package vn.hanoi.plantracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.assignment.AssignmentListFilter;
import vn.hanoi.plantracker.assignment.AssignmentListRow;
import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.plan.PlanNotFoundException;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.system.ViewerScope;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The pages of the assignment list, each kept under the version of the work it covers, as
 * the browser's pages are: a system that polls its list costs the database nothing until
 * that work changes, and the first read after a save reads it again.
 * <p>
 * The key is everything the answer depends on: the filters, the cursor, the page size,
 * today (the {@code overdue} filter and field) and whose view it is ({@link ViewerScope},
 * the key of every cache of what a viewer sees), so that two viewers share a page only
 * when they are shown the same one. The version is the narrowest that covers the page,
 * read before the data: the agency's when the page holds one agency's work
 * ({@link AssignmentReading#listedAgency}: an officer's, or one asked for), else the
 * plan's, else the city's. A save in another agency or plan leaves the page kept.
 */
@Component
class AssignmentListPages {

	/**
	 * Pages kept at most (the least recently used makes room). A page of the default 100
	 * items is about 21 KB of heap (about 210 bytes an item with its dates), so 64 pages
	 * are about 1.4 MB, and 7 MB if every one were of the largest size (500): bounded
	 * within the 96 MB heap of the smallest host. More distinct pages than that in
	 * rotation are read from the database, as before.
	 */
	static final int MAX_PAGES = 64;

	private final AssignmentReading reading;

	private final PlanQueries planQueries;

	private final PlanRepository plans;

	private final Today today;

	private final VersionedCache<List<Object>, AssignmentApi.AssignmentPageBody> pages;

	AssignmentListPages(AssignmentReading reading, PlanQueries planQueries, PlanRepository plans, Today today,
			ReadCaches caches) {
		this.reading = reading;
		this.planQueries = planQueries;
		this.plans = plans;
		this.today = today;
		this.pages = caches.create("api-assignments", MAX_PAGES);
	}

	/** One page of the list as the user may read it, {@code limit} items at most. */
	AssignmentApi.AssignmentPageBody page(PlanUser user, Query query) {
		LocalDate day = this.today.date();
		Long agency = this.reading.listedAgency(user, query.agency());
		DataVersion.Scope scope = (agency != null) ? DataVersion.Scope.agency(agency)
				: (query.plan() != null) ? DataVersion.Scope.plan(query.plan()) : DataVersion.Scope.CITY;
		// the cache reads the version before the data (DataVersion): a page is never
		// older than its key
		List<Object> key = Arrays.asList(user.viewerScope(), query.plan(), query.agency(), query.status(),
				query.dueBefore(), query.dueAfter(), query.updatedSince(), query.overdue(), query.afterId(),
				query.limit(), day);
		return this.pages.get(scope, key, () -> read(user, query, day));
	}

	private AssignmentApi.AssignmentPageBody read(PlanUser user, Query query, LocalDate day) {
		List<Long> taskIds = null;
		if (query.plan() != null) {
			this.plans.findById(query.plan()).orElseThrow(() -> new PlanNotFoundException(query.plan()));
			taskIds = this.planQueries.taskIds(query.plan());
		}
		int limit = query.limit();
		List<AssignmentListRow> rows = this.reading.list(user,
				new AssignmentListFilter(taskIds, query.agency(), query.status(), query.dueBefore(), query.dueAfter(),
						query.updatedSince(), query.overdue(), query.afterId(), limit + 1));
		boolean more = rows.size() > limit;
		List<AssignmentListRow> page = more ? rows.subList(0, limit) : rows;
		return new AssignmentApi.AssignmentPageBody(
				page.stream().map((row) -> AssignmentApi.AssignmentItem.of(row, day)).toList(),
				more ? AssignmentApi.cursorAfter(page.get(page.size() - 1).id()) : null);
	}

	/** What the caller asked for: the list's filters, its cursor and page size. */
	record Query(Long plan, Long agency, AssignmentStatus status, LocalDate dueBefore, LocalDate dueAfter,
			Instant updatedSince, boolean overdue, long afterId, int limit) {

	}

}
