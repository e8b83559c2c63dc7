package vn.hanoi.plantracker.e2e;

/** The coordinator's queue of submitted work. */
final class ReviewQueuePage {

	private final Browser browser;

	private ReviewQueuePage(Browser browser) {
		this.browser = browser;
	}

	/** The queue filtered to one agency, as the coordinator narrows a long queue. */
	static ReviewQueuePage open(Browser browser, long agencyId) {
		browser.open("/coordinator/review?agency=" + agencyId);
		return new ReviewQueuePage(browser);
	}

	boolean lists(long assignmentId) {
		return !this.browser.findAll(item(assignmentId)).isEmpty();
	}

	String submission(long assignmentId) {
		return this.browser.text(item(assignmentId));
	}

	ReviewQueuePage returnWith(long assignmentId, String reason) {
		this.browser.find("#return-" + assignmentId).sendKeys(reason);
		this.browser.click(item(assignmentId) + " .return-form button[type=submit]");
		return this;
	}

	ReviewQueuePage accept(long assignmentId) {
		this.browser.click(item(assignmentId) + " .accept-form button[type=submit]");
		return this;
	}

	private static String item(long assignmentId) {
		return "#review-" + assignmentId;
	}

}
