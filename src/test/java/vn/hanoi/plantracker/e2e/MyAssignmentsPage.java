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

	/**
	 * Opens the assignment from the list, going on to the next page (20 rows a page)
	 * until its row shows, as the officer would.
	 */
	AssignmentPage open(long assignmentId) {
		String link = "#my-assignments a[href='/assignments/" + assignmentId + "']";
		for (int page = 1; this.browser.findAll(link).isEmpty() && page < 1000; page++) {
			this.browser.click("li.page-item:not(.disabled) > a.pager-next");
		}
		this.browser.click(link);
		return new AssignmentPage(this.browser);
	}

}
