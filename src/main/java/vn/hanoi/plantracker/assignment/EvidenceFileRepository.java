package vn.hanoi.plantracker.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

}
