/**
 * The search box in the header: tasks, assignments and agencies by words in Vietnamese or
 * English, diacritics ignored. Each owning module searches its own rows (plan: tasks,
 * assignment: assignments, scoped to what the user may read; agency: agencies); this
 * module only puts the three lists on one page.
 */
package vn.hanoi.plantracker.search;
