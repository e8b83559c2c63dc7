package vn.hanoi.plantracker.assignment;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

}
