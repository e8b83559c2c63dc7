package vn.hanoi.plantracker.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KeyAreaRepository extends JpaRepository<KeyArea, Long> {

	@Query("select k from KeyArea k join fetch k.plan where k.plan.id = ?1 order by k.ordinal")
	List<KeyArea> findByPlan(Long planId);

}
