/**
 * The demo: a history of the first plan generated relative to the day the demo first
 * starts (progress, extensions, reviews; reporting rounds with their reports), on top of
 * the demo accounts, in the {@code demo} profile only. It writes through the small APIs
 * the owners publish for a generated history ({@code assignment.ProgressHistoryLoad},
 * {@code round.RoundHistory}) and the round services; nothing depends on it.
 */
package vn.hanoi.plantracker.demo;
