package vn.hanoi.plantracker.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import vn.hanoi.plantracker.agency.Agency;

/**
 * An agency named by a task. {@code requested} marks bodies the People's Committee asks
 * rather than assigns (the Procuracy, the Court, the Fatherland Front).
 */
@Entity
public class TaskAgency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "task_id")
	private Task task;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agency_id")
	private Agency agency;

	@Enumerated(EnumType.STRING)
	private AgencyRole role;

	private boolean requested;

	protected TaskAgency() {
	}

	TaskAgency(Task task, Agency agency, AgencyRole role, boolean requested) {
		this.task = task;
		this.agency = agency;
		this.role = role;
		this.requested = requested;
	}

	void change(AgencyRole role, boolean requested) {
		this.role = role;
		this.requested = requested;
	}

	public Long getId() {
		return this.id;
	}

	public Task getTask() {
		return this.task;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public AgencyRole getRole() {
		return this.role;
	}

	public boolean isRequested() {
		return this.requested;
	}

}
