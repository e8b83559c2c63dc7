package vn.hanoi.plantracker.round;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.user.PlanUser;

/** A round's {@link ReportCoverage}, counted from the round's agency report statuses. */
@Service
@Transactional(readOnly = true)
public class ReportCoverages {

	private final JdbcClient jdbc;

	ReportCoverages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ReportCoverage of(PlanUser user, long roundId) {
		RoundAccess.requireOverview(user);
		return this.jdbc
			.sql("""
					select count(*) filter (where ra.required),
					       count(*) filter (where ra.required and r.status = 'ACCEPTED'),
					       count(*) filter (where ra.required and r.status = 'SUBMITTED'),
					       count(*) filter (where ra.required and coalesce(r.status, 'MISSING') not in ('SUBMITTED', 'ACCEPTED')),
					       count(*) filter (where not ra.required),
					       count(*) filter (where not ra.required and r.status in ('SUBMITTED', 'ACCEPTED')),
					       (select count(*) from reporting_round where id = :round)
					from round_agency ra
					left join agency_report r on r.round_id = ra.round_id and r.agency_id = ra.agency_id
					where ra.round_id = :round""")
			.param("round", roundId)
			.query((rs, n) -> {
				if (rs.getLong(7) == 0) {
					throw new RoundNotFoundException("Round", roundId);
				}
				return new ReportCoverage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6));
			})
			.single();
	}

}
