package vn.hanoi.plantracker.assignment.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.assignment.ExtensionReading;
import vn.hanoi.plantracker.assignment.ExtensionView;

/**
 * Puts what the deadline fragments of the assignment page need into the model of every
 * controller that renders that page, so those controllers need not know about extensions.
 * It only adds data to the model: the page's own access check still decides whether
 * anything is rendered.
 */
@ControllerAdvice(assignableTypes = { AssignmentController.class, ReviewController.class, DeadlineController.class })
class DeadlinePanelAdvice {

	private final ExtensionReading extensions;

	DeadlinePanelAdvice(ExtensionReading extensions) {
		this.extensions = extensions;
	}

	@ModelAttribute("latestExtension")
	ExtensionView latestExtension(@PathVariable(name = "id", required = false) Long assignmentId) {
		return (assignmentId != null) ? this.extensions.latestOf(assignmentId).orElse(null) : null;
	}

	@ModelAttribute("extensionRequestForm")
	ExtensionRequestForm extensionRequestForm() {
		return new ExtensionRequestForm();
	}

	@ModelAttribute("dueDateChangeForm")
	DueDateChangeForm dueDateChangeForm() {
		return new DueDateChangeForm();
	}

}
