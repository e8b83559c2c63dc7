/**
 * Notifications: what the other modules' events and the daily jobs (digest, escalation)
 * tell whom. One listener ({@code NotificationListener}) and the jobs decide, once per
 * event, the notice and its recipients (the agency's officers, the coordinators of the
 * plan's standing body, the leaders) and hand both to the two channels, the bell and
 * email ({@code NotificationChannels}); the user's own list and the "needs you" page.
 */
package vn.hanoi.plantracker.notification;
