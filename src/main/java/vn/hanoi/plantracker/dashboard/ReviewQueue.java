package vn.hanoi.plantracker.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.VersionedCache;

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

	private final DataVersion dataVersion;

	private final VersionedCache<Key, ReviewPage> pages;

	ReviewQueue(ReviewQueueQuery query, DataVersion dataVersion,
			@Value("${plantracker.read-cache.enabled:true}") boolean cache) {
		this.query = query;
		this.dataVersion = dataVersion;
		this.pages = new VersionedCache<>("review-queue", 500, cache);
	}

	/** One page of the queue (from 1), of one agency when {@code agencyId} is given. */
	public ReviewPage page(Long agencyId, int page) {
		int current = Math.min(Math.max(page, 1), MAX_PAGE);
		// the version is read before the page it keys (DataVersion)
		DataVersion.Scope scope = (agencyId != null) ? DataVersion.Scope.agency(agencyId) : DataVersion.Scope.CITY;
		return this.pages.get(this.dataVersion.of(scope), new Key(agencyId, current),
				() -> this.query.page(agencyId, current, PAGE_SIZE));
	}

	/** Which page of which agency's queue (null: every agency's). */
	private record Key(Long agencyId, int page) {

	}

}
