package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

	@Query("select p from Plan p join fetch p.coordinator order by p.issuedOn desc")
	List<Plan> findAllWithCoordinator();

	@Query("select p from Plan p join fetch p.coordinator where p.id = ?1")
	Optional<Plan> findWithCoordinator(Long id);

}
