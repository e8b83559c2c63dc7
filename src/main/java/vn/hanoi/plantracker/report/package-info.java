/**
 * Department progress and leadership summary reports, as of any past day, with their
 * chart data and exports.
 */
package vn.hanoi.plantracker.report;
