package vn.hanoi.plantracker.system;

import java.util.regex.Pattern;

/**
 * A page to go back to after a POST, taken from the request ({@code returnTo}): used only
 * when it is a path within one area of this application written in plain URL characters
 * (percent-encoded otherwise), so it can be neither another site (an open redirect) nor
 * something the redirect cannot send ({@code {x}} is a URI template variable, a lone
 * {@code %} is a broken escape: both were 500s). Controllers check it before they save
 * anything, so a bad value never turns a saved change into an error page that invites a
 * second save; anything else goes to a fixed page.
 */
public final class LocalRedirect {

	static final int MAX_LENGTH = 2000;

	private static final Pattern URL_CHARACTERS = Pattern.compile("(?:[A-Za-z0-9\\-._~/?&=+,;:@#]|%[0-9A-Fa-f]{2})*");

	private LocalRedirect() {
	}

	/**
	 * {@code target} when it is a path under {@code area} (for example
	 * {@code /coordinator/}), otherwise {@code fallback}.
	 */
	public static String within(String area, String target, String fallback) {
		return isWithin(area, target) ? target : fallback;
	}

	static boolean isWithin(String area, String target) {
		return target != null && target.length() <= MAX_LENGTH && target.startsWith(area) && !target.contains("//")
				&& !target.contains("/..") && URL_CHARACTERS.matcher(target).matches();
	}

}
