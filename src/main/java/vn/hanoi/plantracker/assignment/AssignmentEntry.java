package vn.hanoi.plantracker.assignment;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A row written against one assignment, in a table of its own with an
 * {@code assignment_id}: a history entry, an extension request.
 */
@MappedSuperclass
abstract class AssignmentEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "assignment_id")
	private Assignment assignment;

	protected AssignmentEntry() {
	}

	AssignmentEntry(Assignment assignment) {
		this.assignment = assignment;
	}

	public Long getId() {
		return this.id;
	}

	Assignment getAssignment() {
		return this.assignment;
	}

}
