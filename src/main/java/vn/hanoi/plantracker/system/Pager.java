package vn.hanoi.plantracker.system;

import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list that is read whole (a few hundred rows at most: the agencies of a
 * report or a round), {@value #PAGE_SIZE} rows at a time, so that a long list stays short
 * on a phone. The links keep the request's other parameters (filters, sort) and change
 * only {@code page}; a page out of range shows the nearest one. Rendered by
 * {@code fragments/pager :: pager} (the links are whole paths: {@code th:href="${...}"}).
 */
public record Pager<T>(List<T> rows, int page, int pages, int total, String previousUrl, String nextUrl, int size) {

	/** The rows a long list shows on one page. */
	public static final int PAGE_SIZE = 20;

	/**
	 * The given page (from 1) of the whole list, with links built on the current request.
	 */
	public static <T> Pager<T> of(List<T> all, int page) {
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<T> rows = all.subList((current - 1) * PAGE_SIZE, Math.min(all.size(), current * PAGE_SIZE));
		return new Pager<>(rows, current, pages, all.size(), url(current - 1), url(current + 1), PAGE_SIZE);
	}

	/**
	 * A page read on its own (a list too long to read whole: {@code LIMIT}/{@code OFFSET}
	 * in the query): {@code rows} are page {@code page} of {@code total}. Read the page
	 * number through {@link #pageWithin(int, int)} first.
	 */
	public static <T> Pager<T> of(List<T> rows, int page, int total) {
		return of(rows, page, total, PAGE_SIZE);
	}

	/**
	 * As {@link #of(List, int, int)}, {@code size} rows a page: for a list whose items
	 * are taller than a row (read with {@link #pageWithin(int, int, int)}).
	 */
	public static <T> Pager<T> of(List<T> rows, int page, int total, int size) {
		int pages = Math.max(1, (total + size - 1) / size);
		int current = Math.min(Math.max(page, 1), pages);
		return new Pager<>(rows, current, pages, total, url(current - 1), url(current + 1), size);
	}

	/**
	 * The page shown for a requested page of a list of {@code total} rows: the nearest.
	 */
	public static int pageWithin(int page, int total) {
		return pageWithin(page, total, PAGE_SIZE);
	}

	/** As {@link #pageWithin(int, int)}, {@code size} rows a page. */
	public static int pageWithin(int page, int total, int size) {
		int pages = Math.max(1, (total + size - 1) / size);
		return Math.min(Math.max(page, 1), pages);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	/** The position of the first row shown, from 1 (0 when the list is empty). */
	public int first() {
		return (this.total == 0) ? 0 : (this.page - 1) * this.size + 1;
	}

	public int last() {
		return (this.page - 1) * this.size + this.rows.size();
	}

	/** The current request's path and query (as sent) with another page. */
	private static String url(int page) {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
		return UriComponentsBuilder.fromPath(current.getPath())
			.query(current.getQuery())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
