package vn.hanoi.plantracker.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	List<Agency> findAllByOrderBySortOrderAscNameViAsc();

}
