package vn.hanoi.plantracker.report;

import java.util.Comparator;
import java.util.function.ToLongFunction;

import vn.hanoi.plantracker.standing.Counts;

/**
 * The columns the department report can be sorted by, each a fixed order of rows (no text
 * from the request ever chooses anything else). Numbers sort by their value, the two
 * rates by their exact fraction (a rate with nothing to count last, in either direction);
 * ties go by the agencies' order. Names sort in the order of the page's language, by the
 * places the figure owner reads with PostgreSQL's ICU collations
 * ({@link vn.hanoi.plantracker.standing.FigureGrid.Agency#namePlace}): Vietnamese names
 * by "vi-x-icu" (Hà Đông before Hoàng Mai), English names by the ICU root collation
 * "und-x-icu" (the Unicode order English readers expect).
 */
public enum DepartmentSort {

	NAME(null, null), TOTAL(Counts::total), DUE(Counts::due), ON_TIME(Counts::onTime), LATE(Counts::late),
	AWAITING_REVIEW(Counts::awaitingReview), OVERDUE(Counts::overdue), NOT_DUE(Counts::notDue),
	COMPLETION(Counts::completed, Counts::total), ON_TIME_RATE(Counts::onTime, Counts::due),
	MAX_DAYS_OVERDUE(Counts::maxDaysOverdue);

	private final ToLongFunction<Counts> value;

	private final ToLongFunction<Counts> per;

	DepartmentSort(ToLongFunction<Counts> value) {
		this(value, (counts) -> 1);
	}

	DepartmentSort(ToLongFunction<Counts> value, ToLongFunction<Counts> per) {
		this.value = value;
		this.per = per;
	}

	/**
	 * The rows' order: this column, ascending or descending, then the agencies' order
	 * ({@code sortOrder}, then id). {@code namePlace}: the place of a row's agency name
	 * in the page's language (null: none, after the others either way), read only when
	 * sorting by name.
	 */
	<T> Comparator<T> comparator(boolean descending, java.util.function.Function<T, Integer> namePlace,
			ToLongFunction<T> agency, java.util.function.ToIntFunction<T> sortOrder,
			java.util.function.Function<T, Counts> counts) {
		Comparator<T> column;
		if (this == NAME) {
			Comparator<Integer> places = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
			column = Comparator.comparing(namePlace, Comparator.nullsLast(places));
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
