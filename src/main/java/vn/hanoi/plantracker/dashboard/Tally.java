package vn.hanoi.plantracker.dashboard;

import java.time.LocalDate;

import vn.hanoi.plantracker.agency.AgencyKind;

/** One agency's numbers in the scope, and its group in the chosen list. */
record Tally(long agencyId, String nameVi, String nameEn, AgencyKind kind, int sortOrder, long overdue, long dueSoon,
		long submitted, long returned, long completedOnTime, long dueSoFar, long inList, boolean requestOnly,
		long maxDaysOverdue, LocalDate minDueDate, long cityOverdue, long requestedOverdue) {

}
