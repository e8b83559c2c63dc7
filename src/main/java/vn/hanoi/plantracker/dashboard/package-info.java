/**
 * The coordinator's workplace: the overdue and due-soon dashboard, the review queue and
 * reminders to agencies. Reads are set-based queries over assignments; changes go through
 * the assignment module.
 */
package vn.hanoi.plantracker.dashboard;
