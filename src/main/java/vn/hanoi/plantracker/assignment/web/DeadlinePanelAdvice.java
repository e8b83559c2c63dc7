package vn.hanoi.plantracker.assignment.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.context.LazyContextVariable;

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

	/**
	 * A provider, not the bean: web-slice tests load every controller advice, and a slice
	 * test of some other controller should not have to mock the extensions.
	 */
	private final ObjectProvider<ExtensionReading> extensions;

	DeadlinePanelAdvice(ObjectProvider<ExtensionReading> extensions) {
		this.extensions = extensions;
	}

	/**
	 * Read when the page shows the panel: a form saved and redirected never reads it.
	 */
	@ModelAttribute("latestExtension")
	LazyContextVariable<ExtensionView> latestExtension(@PathVariable(name = "id", required = false) Long assignmentId) {
		return new LazyContextVariable<>() {

			@Override
			protected ExtensionView loadValue() {
				ExtensionReading reading = DeadlinePanelAdvice.this.extensions.getIfAvailable();
				return (assignmentId != null && reading != null) ? reading.latestOf(assignmentId).orElse(null) : null;
			}

		};
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
