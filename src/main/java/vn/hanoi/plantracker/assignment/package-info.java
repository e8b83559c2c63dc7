/**
 * Assignments of tasks to agencies, their append-only progress history and evidence; the
 * officer's reporting workflow.
 */
package vn.hanoi.plantracker.assignment;
