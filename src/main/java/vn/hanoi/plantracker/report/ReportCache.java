package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.system.ViewerScope;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The report pages' data, kept under the {@link DataVersion} of what it reads (the plan's
 * for the summary and the departments, the agency's for an agency's report: another
 * agency's save leaves it cached) and keyed by the filter (plan, kind, key area, as-of
 * day), the sort and whose view it is ({@link ViewerScope}): a report is read from the
 * database once per change of the data, not once per page view; a report as of a day that
 * has ended, once per change of the structure. Who may see what is decided
 * ({@link ReportAccess}) before the look-up: an officer's request never meets an entry
 * made for another scope, nor one for another agency.
 */
@Component
public class ReportCache {

	private final Reports reports;

	private final Today today;

	private final VersionedCache<List<Object>, Object> cache;

	ReportCache(Reports reports, Today today, ReadCaches caches) {
		this.reports = reports;
		this.today = today;
		this.cache = caches.create("reports", 500);
	}

	public SummaryReport summary(ReportFilter filter) {
		return cached(DataVersion.Scope.plan(filter.planId()), filter, List.of("summary", filter),
				() -> this.reports.summary(filter));
	}

	public DepartmentReport departments(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending) {
		// the rows are in the order of the page's language when sorted by name
		return cached(DataVersion.Scope.plan(filter.planId()), filter,
				List.of("departments", user.viewerScope(), filter, sort, descending, Localized.isEnglish()),
				() -> this.reports.departments(user, filter, sort, descending));
	}

	public AgencyReport agency(PlanUser user, long agencyId, ReportFilter filter) {
		// another agency's report is answered like one that does not exist, before the
		// look-up
		ReportAccess.requireAgency(user, agencyId);
		return cached(DataVersion.Scope.agency(agencyId), filter,
				List.of("agency", user.viewerScope(), agencyId, filter),
				() -> this.reports.agency(user, agencyId, filter));
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(DataVersion.Scope work, ReportFilter filter, List<Object> key, Supplier<T> loader) {
		// today's report counts work due today as not yet due; once the day has ended the
		// same filter counts it as due: the day of the count is part of the key
		LocalDate today = this.today.date();
		List<Object> dayKey = new ArrayList<>(key);
		dayKey.add(today);
		// a report as of a day that has ended: kept whoever saves today
		return (T) this.cache.get(DataVersion.Scope.asOf(work, filter.asOf(), today), dayKey, loader::get);
	}

}
