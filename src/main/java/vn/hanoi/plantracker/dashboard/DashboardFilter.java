package vn.hanoi.plantracker.dashboard;

import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.plan.AgencyRole;

/**
 * What the dashboard shows, all of it in the URL so a view can be bookmarked: the list
 * (overdue or due soon), the filters (null means any), the sort of the agency groups and
 * the page.
 */
public record DashboardFilter(String view, Long agency, AgencyKind kind, Long area, AgencyRole role, Ageing ageing,
		Integer stale, String sort, String dir, Integer page, Long plan) {

	public static final String OVERDUE = "overdue";

	public static final String DUE_SOON = "dueSoon";

	/** Sort keys of the agency groups; anything else falls back to the default. */
	public static final Set<String> SORTS = Set.of("due", "count", "agency");

	/**
	 * Far beyond any real list (20 agencies a page), and small enough that the offset
	 * cannot overflow.
	 */
	static final int MAX_PAGE = 10_000;

	public DashboardFilter {
		view = DUE_SOON.equals(view) ? DUE_SOON : OVERDUE;
		sort = (sort != null && SORTS.contains(sort)) ? sort : "due";
		dir = "desc".equals(dir) ? "desc" : "asc";
		page = (page == null || page < 1) ? 1 : Math.min(page, MAX_PAGE);
		stale = (stale == null || stale < 1) ? null : stale;
		ageing = DUE_SOON.equals(view) ? null : ageing;
		// 0: every plan, chosen on purpose (PlanChoice.ALL); null: not chosen here
		plan = (plan == null || plan < 0) ? null : plan;
	}

	/** Every plan's work. */
	public DashboardFilter(String view, Long agency, AgencyKind kind, Long area, AgencyRole role, Ageing ageing,
			Integer stale, String sort, String dir, Integer page) {
		this(view, agency, kind, area, role, ageing, stale, sort, dir, page, null);
	}

	/** Whether the view is of one plan's work. */
	public boolean onePlan() {
		return this.plan != null && this.plan != 0;
	}

	/**
	 * The same view, on the same page, of one plan's work ({@code 0}: every plan's): the
	 * plan the session remembers fills in a request that names none, and a page past the
	 * end still goes to the last page.
	 */
	public DashboardFilter withPlan(Long newPlan) {
		return new DashboardFilter(this.view, this.agency, this.kind, this.area, this.role, this.ageing, this.stale,
				this.sort, this.dir, this.page, newPlan);
	}

	public static DashboardFilter overdue() {
		return new DashboardFilter(OVERDUE, null, null, null, null, null, null, null, null, null);
	}

	public boolean dueSoon() {
		return DUE_SOON.equals(this.view);
	}

	public DashboardFilter withView(String newView) {
		return new DashboardFilter(newView, this.agency, this.kind, this.area, this.role, this.ageing, this.stale,
				this.sort, this.dir, 1, this.plan);
	}

	public DashboardFilter withAgency(Long newAgency) {
		return new DashboardFilter(this.view, newAgency, this.kind, this.area, this.role, this.ageing, this.stale,
				this.sort, this.dir, 1, this.plan);
	}

	/** The URL of this view on another page. */
	public String pageUrl(int newPage) {
		return new DashboardFilter(this.view, this.agency, this.kind, this.area, this.role, this.ageing, this.stale,
				this.sort, this.dir, newPage, this.plan)
			.url();
	}

	/** The URL sorted by {@code key}; the same key again flips the direction. */
	public String sortUrl(String key) {
		String newDir = (key.equals(this.sort) && "asc".equals(this.dir)) ? "desc" : "asc";
		return new DashboardFilter(this.view, this.agency, this.kind, this.area, this.role, this.ageing, this.stale,
				key, newDir, 1, this.plan)
			.url();
	}

	public String viewUrl(String newView) {
		return withView(newView).url();
	}

	public String url() {
		return builder("/coordinator/overdue").build().encode().toUriString();
	}

	/**
	 * This view with one agency's group open, from the row after {@code after} (null: the
	 * first): the page itself, for browsers without script.
	 */
	public String openUrl(long agencyId, RowKey after) {
		UriComponentsBuilder uri = builder("/coordinator/overdue").queryParam("open", agencyId);
		if (after != null) {
			uri.queryParam("after", after);
		}
		return uri.fragment("agency-" + agencyId).build().encode().toUriString();
	}

	/** One page of a group's rows, the fragment the page loads when the group opens. */
	public String groupUrl(long agencyId, RowKey after) {
		UriComponentsBuilder uri = builder("/coordinator/overdue/group/" + agencyId);
		if (after != null) {
			uri.queryParam("after", after);
		}
		return uri.build().encode().toUriString();
	}

	private UriComponentsBuilder builder(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		uri.queryParam("view", this.view);
		add(uri, "agency", this.agency);
		add(uri, "kind", this.kind);
		add(uri, "area", this.area);
		add(uri, "role", this.role);
		add(uri, "ageing", this.ageing);
		add(uri, "stale", this.stale);
		uri.queryParam("sort", this.sort).queryParam("dir", this.dir);
		add(uri, "plan", this.plan);
		if (this.page > 1) {
			uri.queryParam("page", this.page);
		}
		return uri;
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
