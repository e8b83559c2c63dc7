package vn.hanoi.plantracker.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskAgencyRepository extends JpaRepository<TaskAgency, Long> {

	@Query("select ta from TaskAgency ta where ta.task.id = ?1")
	List<TaskAgency> findByTask(Long taskId);

	/** The agencies of every task of a plan, with the agency: one statement per plan. */
	@Query("select ta from TaskAgency ta join fetch ta.agency join ta.task t where t.keyArea.plan.id = ?1")
	List<TaskAgency> findByPlan(Long planId);

}
