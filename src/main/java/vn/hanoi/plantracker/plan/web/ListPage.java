package vn.hanoi.plantracker.plan.web;

import java.util.List;

/**
 * One page of a list a page shows in full otherwise: a task given to every ward and
 * commune has hundreds of assignments, which made its page dozens of phone screens tall.
 * A page past the end shows the last page.
 */
public record ListPage<T>(List<T> rows, int page, int pages, int total) {

	static <T> ListPage<T> of(List<T> all, int requestedPage, int size) {
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int page = Math.min(Math.max(1, requestedPage), pages);
		return new ListPage<>(all.subList((page - 1) * size, Math.min(all.size(), page * size)), page, pages,
				all.size());
	}

	public boolean isPaged() {
		return this.pages > 1;
	}

}
