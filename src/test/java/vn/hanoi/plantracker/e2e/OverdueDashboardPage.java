package vn.hanoi.plantracker.e2e;

/** The coordinator's overdue dashboard, filtered to one agency. */
final class OverdueDashboardPage {

	private final Browser browser;

	private OverdueDashboardPage(Browser browser) {
		this.browser = browser;
	}

	/**
	 * Across all plans ({@code plan=0}), whichever plan the browser's session remembers
	 * from an earlier page.
	 */
	static OverdueDashboardPage openFor(Browser browser, long agencyId) {
		browser.open("/coordinator/overdue?agency=" + agencyId + "&plan=0");
		return new OverdueDashboardPage(browser);
	}

	boolean lists(long assignmentId) {
		return !this.browser.findAll("#row-" + assignmentId).isEmpty();
	}

	OverdueDashboardPage remind(long agencyId, String message) {
		this.browser.click("#agency-" + agencyId + " summary");
		this.browser.find("#message-" + agencyId).sendKeys(message);
		this.browser.click("#agency-" + agencyId + " .agency-reminder button[type=submit]");
		return this;
	}

}
