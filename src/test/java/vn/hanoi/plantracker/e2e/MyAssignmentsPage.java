package vn.hanoi.plantracker.e2e;

import java.util.List;

import org.openqa.selenium.WebElement;

/** The officer's list of its agency's assignments. */
final class MyAssignmentsPage {

	private final Browser browser;

	MyAssignmentsPage(Browser browser) {
		this.browser = browser;
	}

	List<WebElement> rows() {
		return this.browser.findAll("#my-assignments tbody tr");
	}

	String heading() {
		return this.browser.text("h1");
	}

	AssignmentPage open(long assignmentId) {
		this.browser.click("#my-assignments a[href='/assignments/" + assignmentId + "']");
		return new AssignmentPage(this.browser);
	}

}
