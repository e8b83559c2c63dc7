package vn.hanoi.plantracker.plan;

import java.time.LocalDate;

/**
 * The coordinator confirms a task's deadline against a source document: its number and
 * date, an optional note; version is the task version the form was opened on.
 */
public record DeadlineConfirmationCommand(long version, String documentNumber, LocalDate documentDate, String note) {

}
