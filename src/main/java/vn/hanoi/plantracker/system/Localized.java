package vn.hanoi.plantracker.system;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Picks the Vietnamese or English variant of a bilingual value for the current request's
 * locale. Vietnamese is the default: any locale other than English shows Vietnamese.
 */
public final class Localized {

	private Localized() {
	}

	public static String pick(String vi, String en) {
		return isEnglish() ? en : vi;
	}

	public static boolean isEnglish() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
