package vn.hanoi.plantracker.e2e;

/**
 * An officer's notifications; they are written just after the change commits, so it waits
 * for them.
 */
final class NotificationsPage {

	private final Browser browser;

	private NotificationsPage(Browser browser) {
		this.browser = browser;
	}

	static NotificationsPage open(Browser browser) {
		browser.open("/notifications");
		return new NotificationsPage(browser);
	}

	NotificationsPage waitFor(String text) {
		this.browser.waiting().until((driver) -> {
			driver.navigate().refresh();
			return driver.getPageSource().contains(text);
		});
		return this;
	}

	boolean shows(String text) {
		return this.browser.driver().getPageSource().contains(text);
	}

	String bell() {
		return this.browser.find("#notification-bell a").getAttribute("aria-label");
	}

}
