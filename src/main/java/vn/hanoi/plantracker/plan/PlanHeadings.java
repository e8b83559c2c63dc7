package vn.hanoi.plantracker.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * The rules of a plan's heading, for the importer and the editor alike: the standing body
 * is an agency that has not ended, and a coordinator names only their own agency; number
 * and date name no other plan; the parent plan exists and is another plan.
 */
@Component
class PlanHeadings {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AgencyRepository agencies;

	private final JdbcClient jdbc;

	private final Today today;

	PlanHeadings(AgencyRepository agencies, JdbcClient jdbc, Today today) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * The heading's standing body, if the heading may name the plan {@code planId} (null
	 * for a new plan); otherwise a {@link PlanEditException} with the message to show.
	 */
	Agency check(PlanUser user, PlanHeaderCommand header, Long planId) {
		Agency standing = this.agencies.findById(header.standingAgencyId())
			.filter((agency) -> isCurrent(agency, this.today.date()))
			.orElseThrow(() -> new PlanImportException("plans.import.standingUnknown"));
		if (user.hasRole(Role.COORDINATOR) && !standing.getId().equals(user.getAgencyId())) {
			throw new PlanEditException("plans.form.standingNotYours", user.getAgencyName());
		}
		boolean taken = this.jdbc.sql("""
				select count(*) from plan where number = :number and issued_on = :issued
				  and (cast(:id as bigint) is null or id <> cast(:id as bigint))""")
			.param("number", header.number().strip())
			.param("issued", header.issuedOn())
			.param("id", planId, java.sql.Types.BIGINT)
			.query(Long.class)
			.single() > 0;
		if (taken) {
			throw new PlanImportException("plans.import.numberTaken", header.number().strip(),
					DAY.format(header.issuedOn()));
		}
		if (header.parentPlanId() != null
				&& (header.parentPlanId().equals(planId) || this.jdbc.sql("select count(*) from plan where id = :id")
					.param("id", header.parentPlanId())
					.query(Long.class)
					.single() == 0)) {
			throw new PlanEditException("plans.form.parentUnknown");
		}
		return standing;
	}

	static boolean isCurrent(Agency agency, LocalDate date) {
		return agency.getActiveUntil() == null || !agency.getActiveUntil().isBefore(date);
	}

}
