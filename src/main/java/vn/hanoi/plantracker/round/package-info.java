/**
 * Periodic reporting rounds (báo cáo định kỳ 6 tháng và năm): a round per plan and
 * period, opened by the coordinator or from the plan's reporting calendar; each named
 * agency's written report with its task table prefilled from the report module's as-of
 * figures; the coordinator's round dashboard, reminders and escalation; the city's
 * consolidated report, approved by leadership and frozen when the round closes; and the
 * weekly report pack for leadership.
 */
package vn.hanoi.plantracker.round;
