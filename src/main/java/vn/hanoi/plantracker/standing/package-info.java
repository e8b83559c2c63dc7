/**
 * The owner of every figure: the due set, the classification of an assignment on a day
 * ({@link vn.hanoi.plantracker.standing.Metric},
 * {@link vn.hanoi.plantracker.standing.Standing}), the deadline rule of the live pages
 * ({@link vn.hanoi.plantracker.standing.Deadlines}), the scopes (the city's own agencies,
 * the requested bodies apart) and the totals as of any day
 * ({@link vn.hanoi.plantracker.standing.Figures}). Dashboards, reports, rounds and
 * notifications ask it; none of them spells a status rule. It reads the assignment
 * module's published temporal read model ({@code assignment_as_of}, {@code task_as_of},
 * {@code agency_as_of}) in SQL and depends on no feature module's code but the agency
 * kinds, so that the assignment and plan modules can use its rules on their live pages
 * too. It keeps one table of its own, {@code figure_tally} (V300): the current
 * assignments counted by the facts its definitions read, kept by triggers in the
 * transaction of every change, from which the figures as of today are summed
 * ({@link vn.hanoi.plantracker.standing.FigureSql#COUNTED}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Figures (standing)")
package vn.hanoi.plantracker.standing;
