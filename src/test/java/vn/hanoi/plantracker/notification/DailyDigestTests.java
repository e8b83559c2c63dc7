package vn.hanoi.plantracker.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 07:00 digest with a fixed clock: one per agency and day, however often the job runs
 * and however many schedulers share the database.
 */
@IntegrationTest
class DailyDigestTests {

	@Autowired
	DailyDigest digest;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private PlanUser officer;

	private long assignment;

	private LocalDate dueDateWas;

	@BeforeEach
	void anOfficerWithOneOverdueAssignment() {
		String commune = this.fixtures.unusedCommune();
		this.officer = this.fixtures.officerOf(commune);
		this.assignment = this.fixtures.freshAssignment(commune);
		this.dueDateWas = this.fixtures.jdbc()
			.sql("select due_date from assignment where id = :id")
			.param("id", this.assignment)
			.query(LocalDate.class)
			.single();
		setDueDate(LocalDate.of(2026, 3, 1));
	}

	@AfterEach
	void restore() {
		setDueDate(this.dueDateWas);
		this.clock.reset();
	}

	@Test
	void runningTheDigestTwiceOnADaySendsItOnce() {
		LocalDate day = LocalDate.of(2026, 3, 11);
		this.clock.setHanoiTime(day.atTime(7, 0));
		this.digest.sendFor(day);
		this.digest.sendFor(day);
		assertThat(digestsOf(this.officer)).isEqualTo(1);
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from digest_sent where agency_id = :agency and digest_date = :day and overdue > 0")
			.param("agency", this.officer.getAgencyId())
			.param("day", day)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the next day is a new digest
		this.digest.sendFor(day.plusDays(1));
		assertThat(digestsOf(this.officer)).isEqualTo(2);
	}

	@Test
	void twoSchedulersOnOneDatabaseSendOneDigest() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 4, 20, 7, 0));
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable scheduler = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.digest.run();
		};
		CompletableFuture.allOf(CompletableFuture.runAsync(scheduler), CompletableFuture.runAsync(scheduler)).get();
		assertThat(digestsOf(this.officer)).isEqualTo(1);
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from shedlock where name = 'daily-digest'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long digestsOf(PlanUser user) {
		return this.fixtures.jdbc()
			.sql("select count(*) from notification where recipient_id = :me and kind = 'DIGEST'")
			.param("me", user.getId())
			.query(Long.class)
			.single();
	}

	private void setDueDate(LocalDate date) {
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :d, original_due_date = :d where id = :id")
			.param("d", date)
			.param("id", this.assignment)
			.update();
	}

}
