package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, Long> {

	@Query("select t from Task t join fetch t.keyArea k join fetch k.plan where t.id = ?1")
	Optional<Task> findWithAreaAndPlan(Long id);

	@Query("select t from Task t join fetch t.keyArea k where k.plan.id = ?1 and t.removedAt is null order by k.ordinal, t.sortOrder, t.id")
	/** The plan's tasks as it stands: a task an amendment removed is left out. */
	List<Task> findByPlan(Long planId);

}
