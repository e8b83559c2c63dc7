package vn.hanoi.plantracker.assignment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

	@Query("select r from ExtensionRequest r join fetch r.assignment a join fetch a.agency join fetch a.task where r.id = ?1")
	Optional<ExtensionRequest> findWithAssignment(Long id);

	boolean existsByAssignmentIdAndStatus(Long assignmentId, ExtensionStatus status);

}
