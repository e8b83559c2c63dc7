package vn.hanoi.plantracker.report;

/**
 * Red, amber or green: how an agency (or the whole selection) stands on its deadlines.
 */
enum RagRating {

	GREEN, AMBER, RED

}
