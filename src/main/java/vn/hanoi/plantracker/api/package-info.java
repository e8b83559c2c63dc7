/**
 * The open API under {@code /api/v1}: other systems read plans, assignments, their
 * history and the figures, and agencies report progress from their own tools. Machines
 * authenticate with personal access tokens that a user makes on {@code /account/tokens}
 * and that carry exactly that user's role and agency. Every read and write goes through
 * the owning module's public services (the same access rules and workflow as the browser
 * pages); this module owns only its token table.
 */
package vn.hanoi.plantracker.api;
