package vn.hanoi.plantracker.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.system.ViewerScope;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Submitted assignments, oldest latest submission first, each with its latest submission,
 * every evidence file of the assignment (files are often attached on earlier saves) and
 * the reasons it was returned before, a page of {@value #PAGE_SIZE} at a time. A page is
 * read from the database once per change of the data ({@link DataVersion}): a repeated
 * view costs the version only. Read, it costs three statements (one when the queue is
 * empty) whatever the length of the queue, and the page's rows come from a partial index
 * of the waiting assignments ({@link ReviewQueueQuery}).
 */
@Component
public class ReviewQueue {

	static final int PAGE_SIZE = 20;

	/** Far beyond any real queue, small enough that the offset cannot overflow. */
	static final int MAX_PAGE = 100_000;

	private final ReviewQueueQuery query;

	private final VersionedCache<Key, ReviewPage> pages;

	private final PlanAccess plans;

	ReviewQueue(ReviewQueueQuery query, PlanAccess plans, ReadCaches caches) {
		this.plans = plans;
		this.query = query;
		this.pages = caches.create("review-queue", 500);
	}

	/**
	 * One page of the queue (from 1) as the viewer may see it, of one agency when
	 * {@code agencyId} is given: a coordinator's holds only the plans their agency is the
	 * standing body of ({@link PlanAccess#coordinatedAreaIds}), an administrator's every
	 * plan's.
	 */
	public ReviewPage page(PlanUser viewer, Long agencyId, int page) {
		int current = Math.min(Math.max(page, 1), MAX_PAGE);
		// what the viewer may see, decided before the look-up: the plans a coordinator's
		// agency runs (whose view: ViewerScope, which holds that agency)
		List<Long> areas = this.plans.coordinatedAreaIds(viewer).orElse(null);
		DataVersion.Scope scope = (agencyId != null) ? DataVersion.Scope.agency(agencyId) : DataVersion.Scope.CITY;
		return this.pages.get(scope, new Key(viewer.viewerScope(), agencyId, current),
				() -> this.query.page(agencyId, areas, current, PAGE_SIZE));
	}

	/**
	 * Whose view (a coordinator's: the plans of its agency, under the structure's part of
	 * the stamp), which page of which agency's queue (null: every agency's).
	 */
	private record Key(ViewerScope viewer, Long agencyId, int page) {

	}

}
