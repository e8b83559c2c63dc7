package vn.hanoi.plantracker.system;

/**
 * One search result, in both languages: where it leads, its code (a task's number, an
 * agency's code), title and a line of context; {@code status} is an assignment's status
 * or null.
 */
public record SearchHit(String url, String code, String titleVi, String titleEn, String contextVi, String contextEn,
		String status) {

	public String title() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

	public String context() {
		return Localized.pick(this.contextVi, this.contextEn);
	}

}
