package vn.hanoi.plantracker.dashboard;

import java.util.List;

/** One page of the review queue and how many submissions wait in all. */
public record ReviewPage(List<ReviewItem> items, long total, int page, int pageSize) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < totalPages();
	}

}
