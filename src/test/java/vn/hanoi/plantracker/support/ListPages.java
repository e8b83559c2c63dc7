package vn.hanoi.plantracker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks a paged list ({@code fragments/pager}) as a user does: the first page, then its
 * "next" link while it is enabled, and gives the HTML of every page in order.
 */
public final class ListPages {

	private static final Pattern NEXT = Pattern
		.compile("<li class=\"page-item\">\\s*<a class=\"page-link pager-next\" href=\"([^\"]+)\"");

	private ListPages() {
	}

	public static List<String> all(MockMvc mvc, RequestPostProcessor user, String first) throws Exception {
		List<String> pages = new ArrayList<>();
		String url = first;
		while (url != null) {
			assertThat(pages).as("pages of " + first).hasSizeLessThan(1000);
			var response = mvc.perform(get(url).with(user)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			String html = response.getContentAsString();
			pages.add(html);
			Matcher next = NEXT.matcher(html);
			url = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
		}
		return pages;
	}

}
