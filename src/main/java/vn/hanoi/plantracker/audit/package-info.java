/**
 * The security event log: sign-ins and their failures, locks, second-factor enrolment and
 * resets, refused access, password and account changes. Each event is a row in PostgreSQL
 * (shown to administrators) and one structured line in the application log; neither ever
 * holds a secret.
 */
package vn.hanoi.plantracker.audit;
