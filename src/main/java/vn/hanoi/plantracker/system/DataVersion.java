package vn.hanoi.plantracker.system;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The versions of the plan's data, which the database changes in the same transaction as
 * the data (triggers of migrations V50, V143, V210): a cached result is kept under the
 * {@link Stamp} of the {@link Scope} it reads, so that a change drops what it changes and
 * nothing else.
 * <ul>
 * <li>the <em>structure</em> changes with what every page shows (agencies and their
 * names, plans, key areas, tasks and their agencies, user names, deadline
 * confirmations);</li>
 * <li>each plan's and each agency's version changes with the work of that plan or agency
 * (assignments, their history and evidence, extension requests): a save by one agency's
 * officer changes its plan's, its agency's and the city's, and leaves every other
 * agency's pages cached;</li>
 * <li>the city's version changes with every change (pages over every plan and
 * agency).</li>
 * </ul>
 * Read a stamp before the data it keys: what is then read is at least that recent, so a
 * result cached under it is never older than its key.
 * <p>
 * A page view (a GET request) reads them all once, in one statement (one row per plan and
 * agency that has changed since the migration), before its controller runs
 * ({@link VersionSnapshotConfig}): every cache the page consults is keyed by that
 * reading, which keeps the rule above by construction. Other requests (a form that
 * changes the data and then reads) and work outside a request read the stamp they need
 * every time, just before the read it keys
 * ({@link VersionedCache#get(Scope, Object, java.util.function.Supplier)}).
 */
@Component
public class DataVersion {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private static final String TAKEN = ATTRIBUTE + ".beforeHandler";

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The city's version: it changes with every change. */
	public long current() {
		return of(Scope.CITY).data();
	}

	/**
	 * The stamp of this scope's data now: in a page view, from the {@link #snapshot}
	 * taken before its controller ran.
	 */
	public Stamp of(Scope scope) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes request)
				|| !"GET".equals(request.getRequest().getMethod())) {
			return read(scope);
		}
		return snapshot(request.getRequest()).stamp(scope);
	}

	/**
	 * Every version, read once per page view (a GET request) and kept in the request:
	 * {@link VersionSnapshotConfig} takes it before any controller runs, so that whatever
	 * the controller and the page read is at least as recent as the stamps that key it.
	 */
	Reading snapshot(HttpServletRequest request) {
		Reading reading = (Reading) request.getAttribute(ATTRIBUTE);
		if (reading == null) {
			reading = readAll();
			request.setAttribute(ATTRIBUTE, reading);
		}
		return reading;
	}

	/**
	 * Every version now: in a page view, the {@link #snapshot} taken before its
	 * controller ran; elsewhere read here.
	 */
	Reading reading() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes request)
				|| !"GET".equals(request.getRequest().getMethod())) {
			return readAll();
		}
		return snapshot(request.getRequest());
	}

	/**
	 * The reading taken before this request's controller ran; null when none was (not a
	 * page view, or not a controller's).
	 */
	static Reading snapshotTaken(HttpServletRequest request) {
		return (request.getAttribute(TAKEN) instanceof Reading reading) ? reading : null;
	}

	/** Takes the snapshot of a page view before its controller runs. */
	void takeBeforeHandler(HttpServletRequest request) {
		if ("GET".equals(request.getMethod()) && request.getAttribute(TAKEN) == null) {
			request.setAttribute(TAKEN, snapshot(request));
		}
	}

	private Stamp read(Scope scope) {
		return this.jdbc.sql("""
				select d.structure, d.version, s.version
				from data_version d left join data_scope_version s on s.kind = cast(:kind as char(1)) and s.id = :id
				""").param("kind", String.valueOf(scope.kind())).param("id", scope.id()).query((rs, n) -> {
			long structure = rs.getLong(1);
			long city = rs.getLong(2);
			return switch (scope.kind()) {
				case Scope.CITY_KIND -> new Stamp(structure, city);
				case Scope.STRUCTURE_KIND -> new Stamp(structure, structure);
				default -> new Stamp(structure, rs.getLong(3));
			};
		}).single();
	}

	private Reading readAll() {
		Map<Scope, Long> versions = new HashMap<>();
		long[] base = new long[2];
		this.jdbc.sql("""
				select 'S' as kind, 0 as id, structure as version from data_version
				union all select 'C', 0, version from data_version
				union all select kind, id, version from data_scope_version
				""").query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
			char kind = rs.getString(1).charAt(0);
			if (kind == Scope.STRUCTURE_KIND) {
				base[0] = rs.getLong(3);
			}
			else if (kind == Scope.CITY_KIND) {
				base[1] = rs.getLong(3);
			}
			else {
				versions.put(new Scope(kind, rs.getLong(2)), rs.getLong(3));
			}
		});
		return new Reading(base[0], base[1], versions);
	}

	/** One reading of every version. */
	record Reading(long structure, long city, Map<Scope, Long> versions) {

		Stamp stamp(Scope scope) {
			return switch (scope.kind()) {
				case Scope.CITY_KIND -> new Stamp(this.structure, this.city);
				case Scope.STRUCTURE_KIND -> new Stamp(this.structure, this.structure);
				// a plan or agency with no work changed since the migration: 0
				default -> new Stamp(this.structure, this.versions.getOrDefault(scope, 0L));
			};
		}

		/** Each agency's version that is not 0, by agency id. */
		Map<Long, Long> agencies() {
			Map<Long, Long> agencies = new HashMap<>();
			this.versions.forEach((scope, version) -> {
				if (scope.kind() == Scope.AGENCY_KIND) {
					agencies.put(scope.id(), version);
				}
			});
			return agencies;
		}

	}

	/**
	 * What a cached result reads: the structure only, one plan's work, one agency's work
	 * (in every plan), or the city's (everything).
	 */
	public record Scope(char kind, long id) {

		static final char CITY_KIND = 'C';

		static final char STRUCTURE_KIND = 'S';

		static final char AGENCY_KIND = 'A';

		/** Every plan and agency: changes with every change. */
		public static final Scope CITY = new Scope(CITY_KIND, 0);

		/** Agencies, plans, key areas, tasks and names: no one's work. */
		public static final Scope STRUCTURE = new Scope(STRUCTURE_KIND, 0);

		public static Scope plan(long planId) {
			return new Scope('P', planId);
		}

		public static Scope agency(long agencyId) {
			return new Scope(AGENCY_KIND, agencyId);
		}

		/**
		 * What a result as of {@code day}, read on {@code today}, is kept under:
		 * {@code work}, or the structure alone for a day that has ended
		 * ({@link #hasEnded}).
		 */
		public static Scope asOf(Scope work, LocalDate day, LocalDate today) {
			return hasEnded(day, today) ? STRUCTURE : work;
		}

		/**
		 * Whether {@code day} has ended on {@code today}: what was as of that day never
		 * changes afterwards, whatever work or structure changes later
		 * (AsOfStabilityTests, FigureOwnerPropertyTests), so officers saving today need
		 * not make it read again (at national a summary as of a past day cost about 245
		 * ms of PostgreSQL per save, from the history as of the day). Such results are
		 * kept under the structure's version all the same.
		 */
		public static boolean hasEnded(LocalDate day, LocalDate today) {
			return day != null && day.isBefore(today);
		}

	}

	/**
	 * The versions a result was read at: the structure's and its scope's. Each only
	 * grows, and a value, once seen, never comes back with other data.
	 */
	public record Stamp(long structure, long data) {

		/** The same data for the city's version alone (the old single version). */
		public static Stamp of(long version) {
			return new Stamp(version, version);
		}

		/** Not older than {@code other} in either part. */
		boolean isAtLeast(Stamp other) {
			return this.structure >= other.structure && this.data >= other.data;
		}

	}

}
