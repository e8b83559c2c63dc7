package vn.hanoi.plantracker.notification;

import java.util.List;

/**
 * A notice went to these users' bells: the email channel ({@link EmailNotifications})
 * mails the same users, those with an address. Published in the transaction that wrote
 * the bell's rows, so the event publication registry keeps the email until it is sent: a
 * mail server that is down never holds back the bell, and never loses the email.
 */
record NoticeSent(Notice notice, List<Long> recipientIds) {

}
