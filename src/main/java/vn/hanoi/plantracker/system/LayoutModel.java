package vn.hanoi.plantracker.system;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: today's date in Hanoi and the links that switch
 * language while keeping the page and its filters.
 */
@ControllerAdvice
class LayoutModel {

	private final Today today;

	LayoutModel(Today today) {
		this.today = today;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return this.today.date();
	}

	@ModelAttribute("langUrlVi")
	String langUrlVi() {
		return languageUrl("vi");
	}

	@ModelAttribute("langUrlEn")
	String langUrlEn() {
		return languageUrl("en");
	}

	private static String languageUrl(String lang) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", lang)
			.build()
			.toUriString()
			.replaceFirst("^https?://[^/]+", "");
	}

}
