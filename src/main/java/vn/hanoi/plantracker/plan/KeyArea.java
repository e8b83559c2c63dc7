package vn.hanoi.plantracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import vn.hanoi.plantracker.system.Localized;

/** A section of a plan. */
@Entity
public class KeyArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	private int ordinal;

	private String titleVi;

	private String titleEn;

	protected KeyArea() {
	}

	/** The annex gives a title in one language: it stands for both until translated. */
	KeyArea(Plan plan, int ordinal, String title) {
		this.plan = plan;
		this.ordinal = ordinal;
		this.titleVi = title;
		this.titleEn = title;
	}

	/** A title typed in one language stands for both until translated, as imported. */
	void rename(String title) {
		this.titleVi = title;
		this.titleEn = title;
	}

	public String getTitleVi() {
		return this.titleVi;
	}

	public Long getId() {
		return this.id;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public String getTitle() {
		return Localized.pick(this.titleVi, this.titleEn);
	}

}
