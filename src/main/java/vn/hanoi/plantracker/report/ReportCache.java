package vn.hanoi.plantracker.report;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.VersionedCache;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The report pages' data, kept under the {@link DataVersion} of what it reads (the plan's
 * for the summary and the departments, the agency's for an agency's report: another
 * agency's save leaves it cached) and keyed by the filter (plan, kind, key area, as-of
 * day), the sort and whose view it is (an officer's own agency, or everyone's): a report
 * is read from the database once per change of the data, not once per page view.
 * {@link Reports} still decides who may see what: an officer's request never meets an
 * entry made for another scope.
 */
@Component
public class ReportCache {

	private final Reports reports;

	private final DataVersion dataVersion;

	private final Today today;

	private final VersionedCache<List<Object>, Object> cache;

	ReportCache(Reports reports, DataVersion dataVersion, Today today,
			@Value("${plantracker.read-cache.enabled:true}") boolean enabled) {
		this.reports = reports;
		this.dataVersion = dataVersion;
		this.today = today;
		this.cache = new VersionedCache<>("reports", 500, enabled);
	}

	public SummaryReport summary(ReportFilter filter) {
		return cached(DataVersion.Scope.plan(filter.planId()), List.of("summary", filter),
				() -> this.reports.summary(filter));
	}

	public DepartmentReport departments(PlanUser user, ReportFilter filter, DepartmentSort sort, boolean descending) {
		// the rows are in the order of the page's language when sorted by name
		return cached(DataVersion.Scope.plan(filter.planId()),
				List.of("departments", scope(user), filter, sort, descending, Localized.isEnglish()),
				() -> this.reports.departments(user, filter, sort, descending));
	}

	public AgencyReport agency(PlanUser user, long agencyId, ReportFilter filter) {
		return cached(DataVersion.Scope.agency(agencyId), List.of("agency", scope(user), agencyId, filter),
				() -> this.reports.agency(user, agencyId, filter));
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(DataVersion.Scope data, List<Object> key, Supplier<T> loader) {
		// today's report counts work due today as not yet due; once the day has ended the
		// same filter counts it as due: the day of the count is part of the key
		List<Object> dayKey = new java.util.ArrayList<>(key);
		dayKey.add(this.today.date());
		return (T) this.cache.get(this.dataVersion.of(data), dayKey, loader::get);
	}

	/** Whose view (ReportAccess): an officer's own agency, or everyone's (-1). */
	private static long scope(PlanUser user) {
		return ReportAccess.viewOf(user);
	}

}
