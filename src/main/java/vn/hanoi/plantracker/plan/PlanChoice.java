package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.SectionCache;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.VersionedCache;

/**
 * Which plan a dashboard, report or round page shows: the one its URL names
 * ({@code ?plan=ID}), remembered in the session for the next page; else the one
 * remembered; else the newest published plan. Pages that can show every plan at once take
 * {@link #ALL} ({@code ?plan=0}) and show all plans until another is chosen. Drafts are
 * never shown: nobody reports on them yet.
 */
@Component
@Transactional(readOnly = true)
public class PlanChoice {

	/** Every plan at once, where a page can show them. */
	public static final long ALL = 0;

	static final String SESSION_KEY = PlanChoice.class.getName();

	private final JdbcClient jdbc;

	/**
	 * The plan list, under the structure's version (plans are structure: V50's triggers):
	 * a page that chooses its plan, lists them in the switcher and shows every plan's
	 * figures reads it once, and not at all while no plan changes.
	 */
	private final VersionedCache<String, List<Option>> cache;

	PlanChoice(JdbcClient jdbc, ReadCaches caches) {
		this.jdbc = jdbc;
		this.cache = caches.create("plan-choice", 1);
	}

	/** The plans a page can show (published or closed), newest first. */
	public List<Option> plans() {
		return this.cache.get(DataVersion.Scope.STRUCTURE, "plans", this::readPlans);
	}

	private List<Option> readPlans() {
		return this.jdbc.sql("""
				select id, number, issued_on, title_vi, title_en, status from plan
				where status <> 'DRAFT' order by issued_on desc, id desc""")
			.query((rs, n) -> new Option(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), PlanStatus.valueOf(rs.getString(6))))
			.list()
			.stream()
			.toList(); // shared by every request: not to be changed
	}

	/**
	 * The plan to show; {@link #ALL} only when {@code allowAll}. A requested plan that
	 * does not exist (or is a draft) is not found.
	 */
	public long choose(Long requested, HttpServletRequest request, boolean allowAll) {
		long plan = choose(requested, request.getSession(), allowAll);
		// the same address shows another plan once another is remembered
		request.setAttribute(SectionCache.SHOWN, "plan=" + plan);
		return plan;
	}

	private long choose(Long requested, HttpSession session, boolean allowAll) {
		List<Option> plans = plans();
		if (requested != null && (requested != ALL || allowAll)) {
			if (requested != ALL && plans.stream().noneMatch((p) -> p.id() == requested)) {
				throw new PlanNotFoundException(requested);
			}
			session.setAttribute(SESSION_KEY, requested);
			return requested;
		}
		Object remembered = session.getAttribute(SESSION_KEY);
		if (remembered instanceof Long id
				&& ((id == ALL && allowAll) || plans.stream().anyMatch((p) -> p.id() == id))) {
			return id;
		}
		if (allowAll) {
			return ALL;
		}
		return plans.stream().findFirst().map(Option::id).orElseThrow(() -> new PlanNotFoundException("latest"));
	}

	/** A plan in the switcher. */
	public record Option(long id, String number, LocalDate issuedOn, String titleVi, String titleEn,
			PlanStatus status) {

		public String title() {
			return Localized.pick(this.titleVi, this.titleEn);
		}

	}

}
