package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;

/** An officer's request: the due date it asks for and why. */
public record ExtensionRequestCommand(LocalDate requestedDueDate, String reason) {

}
