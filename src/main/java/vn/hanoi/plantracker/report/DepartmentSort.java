package vn.hanoi.plantracker.report;

import java.util.Comparator;
import java.util.Map;
import java.util.function.ToLongFunction;

import vn.hanoi.plantracker.standing.Counts;

/**
 * The columns the department report can be sorted by, each a fixed order of rows (no text
 * from the request ever chooses anything else). Numbers sort by their value, the two
 * rates by their exact fraction (a rate with nothing to count last, in either direction);
 * ties go by the agencies' order. Names sort in the order of the page's language, by
 * PostgreSQL's ICU collations ({@link #NAME_ORDER_SQL}): Vietnamese names by "vi-x-icu"
 * (Hà Đông before Hoàng Mai), English names by the ICU root collation "und-x-icu" (the
 * Unicode order English readers expect: accents secondary, case ignored first).
 */
public enum DepartmentSort {

	NAME(null, null), TOTAL(Counts::total), DUE(Counts::due), ON_TIME(Counts::onTime), LATE(Counts::late),
	AWAITING_REVIEW(Counts::awaitingReview), OVERDUE(Counts::overdue), NOT_DUE(Counts::notDue),
	COMPLETION(Counts::completed, Counts::total), ON_TIME_RATE(Counts::onTime, Counts::due),
	MAX_DAYS_OVERDUE(Counts::maxDaysOverdue);

	/**
	 * SQL: the place of each agency's name on {@code :day} (the column {@code %1$s}) in
	 * the order of the language's collation ({@code %2$s}: "vi-x-icu" or "und-x-icu"),
	 * equal names in one place.
	 */
	static final String NAME_ORDER_SQL = """
			select id, dense_rank() over (order by %1$s collate "%2$s") as place
			from agency_as_of(cast(:day as date))
			where %1$s is not null""";

	private final ToLongFunction<Counts> value;

	private final ToLongFunction<Counts> per;

	DepartmentSort(ToLongFunction<Counts> value) {
		this(value, (counts) -> 1);
	}

	DepartmentSort(ToLongFunction<Counts> value, ToLongFunction<Counts> per) {
		this.value = value;
		this.per = per;
	}

	/** The collation names sort by on a page in English or Vietnamese. */
	static String collation(boolean english) {
		return english ? "und-x-icu" : "vi-x-icu";
	}

	/**
	 * The rows' order: this column, ascending or descending, then the agencies' order
	 * ({@code sortOrder}, then id). {@code namePlaces}: each agency's place by name
	 * ({@link #NAME_ORDER_SQL}), read only when sorting by name.
	 */
	<T> Comparator<T> comparator(boolean descending, Map<Long, Integer> namePlaces, ToLongFunction<T> agency,
			java.util.function.ToIntFunction<T> sortOrder, java.util.function.Function<T, Counts> counts) {
		Comparator<T> column;
		if (this == NAME) {
			// an agency without a name in the language after the others, either way
			Comparator<Integer> places = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			column = Comparator.comparing((T row) -> namePlaces.get(agency.applyAsLong(row)),
					Comparator.nullsLast(places));
		}
		else {
			column = (a, b) -> compare(counts.apply(a), counts.apply(b), descending);
		}
		return column.thenComparingInt(sortOrder).thenComparingLong(agency);
	}

	/** Exact fractions; one with nothing to count (per 0) after any other. */
	private int compare(Counts a, Counts b, boolean descending) {
		long perA = this.per.applyAsLong(a);
		long perB = this.per.applyAsLong(b);
		if (perA == 0 || perB == 0) {
			return Boolean.compare(perA == 0, perB == 0);
		}
		int order = Long.compare(this.value.applyAsLong(a) * perB, this.value.applyAsLong(b) * perA);
		return descending ? -order : order;
	}

}
