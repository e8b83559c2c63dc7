package vn.hanoi.plantracker.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

	@Query("select p from Plan p join fetch p.standingBody order by p.issuedOn desc")
	List<Plan> findAllWithStandingBody();

	@Query("select p from Plan p join fetch p.standingBody where p.id = ?1")
	Optional<Plan> findWithStandingBody(Long id);

}
