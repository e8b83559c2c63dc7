package vn.hanoi.plantracker.dashboard.web;

/**
 * Where to go back to after a POST: only a relative path within the coordinator's pages,
 * never another site (an open redirect).
 */
final class ReturnTo {

	private ReturnTo() {
	}

	static String safe(String returnTo, String fallback) {
		boolean local = returnTo != null && returnTo.startsWith("/coordinator/") && !returnTo.contains("//")
				&& !returnTo.contains("\\") && returnTo.chars().noneMatch(Character::isISOControl);
		return local ? returnTo : fallback;
	}

}
