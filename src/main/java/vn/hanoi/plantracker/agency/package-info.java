/**
 * The agencies that lead, support or are requested to take part in plan tasks:
 * departments, judicial bodies, the Front and unions, the police, the press and the 126
 * communes and wards.
 */
package vn.hanoi.plantracker.agency;
