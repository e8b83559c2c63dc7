/**
 * In-app notifications for officers: reminders, returned and accepted work on their
 * agency's assignments, created from the assignment module's events.
 */
package vn.hanoi.plantracker.notification;
