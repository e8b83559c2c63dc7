package vn.hanoi.plantracker.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	// the plan too: a closed plan refuses every change, and this is the statement that
	// locks
	@Query("select a from Assignment a join fetch a.agency join fetch a.task t join fetch t.keyArea k join fetch k.plan where a.id = ?1")
	Optional<Assignment> findForUpdate(Long id);

	/** The assignment with its agency and task, to change it; an unknown id is a 404. */
	default Assignment loadForUpdate(long id) {
		return findForUpdate(id).orElseThrow(() -> new AssignmentNotFoundException(id));
	}

	@Query("select a from Assignment a join fetch a.agency where a.id in ?1 order by a.id")
	List<Assignment> findAllWithAgency(Collection<Long> ids);

}
