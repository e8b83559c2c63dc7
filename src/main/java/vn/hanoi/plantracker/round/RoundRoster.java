package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.plan.PlanQueries;
import vn.hanoi.plantracker.report.AssignmentLine;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Today;

/**
 * Names the agencies of a new round, from the report module's as-of lines: every agency
 * with work in the plan in the period, with the letterhead and signer it reports under;
 * bodies the plan only requests to take part are invited, not required.
 */
@Component
class RoundRoster {

	private final JdbcClient jdbc;

	private final Reports reports;

	private final PlanQueries plans;

	private final AgencyRepository agencies;

	private final Today today;

	RoundRoster(JdbcClient jdbc, Reports reports, PlanQueries plans, AgencyRepository agencies, Today today) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.plans = plans;
		this.agencies = agencies;
		this.today = today;
	}

	/** Every agency with an assignment due, completed or still open in the period. */
	void nameAgencies(long roundId, long planId, LocalDate start, LocalDate end, LocalDate cutoff) {
		LocalDate asOf = cutoff.isBefore(this.today.date()) ? cutoff : this.today.date();
		Map<Long, AssignmentLine> firstLine = new LinkedHashMap<>();
		for (AssignmentLine line : this.reports.lines(new ReportFilter(planId, null, null, asOf), null)) {
			if (RoundParts.inPeriod(line, start, end)) {
				firstLine.putIfAbsent(line.agencyId(), line);
			}
		}
		Set<Long> invited = this.plans.requestedOnlyAgencyIds(planId);
		Map<Long, String> codes = new LinkedHashMap<>();
		Map<Long, String> kinds = new LinkedHashMap<>();
		this.agencies.findAllById(firstLine.keySet()).forEach((Agency a) -> {
			codes.put(a.getId(), a.getCode());
			kinds.put(a.getId(), a.getKind().name());
		});
		List<Long> ids = new ArrayList<>(firstLine.keySet());
		// the letterhead and signer by the agency's code, else by its kind (V141,
		// V190); kept with the names
		this.jdbc.sql("""
				insert into round_agency (round_id, agency_id, required, position, code, name_vi, name_en,
				                          superior_vi, superior_en, issuer_vi, issuer_en, signer_authority_vi,
				                          signer_authority_en, signer_title_vi, signer_title_en)
				select :round, a.id, not (a.id = any (cast(:invited as bigint[]))), a.pos, a.code, a.vi, a.en,
				       coalesce(l.superior_vi, ''), coalesce(l.superior_en, ''),
				       coalesce(l.issuer_vi, a.vi), coalesce(l.issuer_en, a.en),
				       coalesce(l.signer_authority_vi, ''), coalesce(l.signer_authority_en, ''),
				       l.signer_title_vi, l.signer_title_en
				from unnest(cast(:ids as bigint[]), cast(:codes as text[]), cast(:kinds as text[]),
				            cast(:vi as text[]), cast(:en as text[]))
				     with ordinality as a (id, code, kind, vi, en, pos)
				left join lateral (
				    select l.superior_vi, l.superior_en, l.issuer_vi, l.issuer_en, l.signer_authority_vi,
				           l.signer_authority_en, l.signer_title_vi, l.signer_title_en from letterhead l
				    where l.agency_kind = a.kind and (l.agency_code is null or l.agency_code = a.code)
				    order by l.agency_code nulls last limit 1) l on true""")
			.param("round", roundId)
			.param("invited", invited.toArray(new Long[0]))
			.param("ids", ids.toArray(new Long[0]))
			.param("codes", ids.stream().map(codes::get).toArray(String[]::new))
			.param("kinds", ids.stream().map(kinds::get).toArray(String[]::new))
			.param("vi", ids.stream().map((id) -> firstLine.get(id).agencyVi()).toArray(String[]::new))
			.param("en", ids.stream().map((id) -> firstLine.get(id).agencyEn()).toArray(String[]::new))
			.update();
	}

}
