package vn.hanoi.plantracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A key area change typed on an amendment's page: a new title of key area {@code areaId},
 * or a new key area (no id).
 */
class AmendmentAreaForm {

	private Long areaId;

	@NotBlank(message = "{amendments.area.titleRequired}")
	@Size(max = 500, message = "{amendments.area.titleSize}")
	private String title;

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
