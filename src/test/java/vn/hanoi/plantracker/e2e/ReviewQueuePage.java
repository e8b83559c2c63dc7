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
		openItem(assignmentId);
		return this.browser.text(item(assignmentId));
	}

	/**
	 * Opens the item's line, as the coordinator does to read the submission and decide.
	 */
	ReviewQueuePage openItem(long assignmentId) {
		if (this.browser.find(item(assignmentId) + " details").getAttribute("open") == null) {
			this.browser.click(item(assignmentId) + " details > summary");
		}
		return this;
	}

	ReviewQueuePage returnWith(long assignmentId, String reason) {
		openItem(assignmentId);
		this.browser.find("#return-" + assignmentId).sendKeys(reason);
		this.browser.click(item(assignmentId) + " .return-form button[type=submit]");
		return this;
	}

	ReviewQueuePage accept(long assignmentId) {
		openItem(assignmentId);
		this.browser.click(item(assignmentId) + " .accept-form button[type=submit]");
		return this;
	}

	private static String item(long assignmentId) {
		return "#review-" + assignmentId;
	}

}
