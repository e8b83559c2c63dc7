package vn.hanoi.plantracker.assignment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.SearchHit;
import vn.hanoi.plantracker.system.SearchTerms;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Assignments whose task (number, title) and agency (code, name) together hold every word
 * searched for: "ha dong tuyen truyen" finds Hà Đông's assignment of the
 * awareness-raising task. Scoped like every read of assignments: an officer finds only
 * its own agency's.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentSearch {

	private static final String TASK = "t.code || ' ' || t.title_vi || ' ' || t.title_en";

	private static final String AGENCY = "g.code || ' ' || g.name_vi || ' ' || g.name_en";

	private final JdbcClient jdbc;

	AssignmentSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Open assignments whose agency name holds the phrase first, then the soonest due.
	 */
	public List<SearchHit> find(PlanUser user, SearchTerms terms, int limit) {
		if (terms.isEmpty()) {
			return List.of();
		}
		Long onlyAgency = user.hasRole(Role.OFFICER) ? user.getAgencyId() : null;
		// which words each task and each agency holds is worked out once per task and
		// agency, not once per
		// assignment: the join then only combines booleans
		var statement = this.jdbc.sql("""
				with tw as materialized (select t.id, t.code, t.title_vi, t.title_en, """ + terms.wordMatches(TASK)
				+ """
						as m from task t),
						  gw as materialized (select g.id, g.name_vi, g.name_en, """ + terms.wordMatches(AGENCY) + """
						   as m, search_fold(g.name_vi || ' ' || g.name_en) like :phrasePattern as named from agency g)
						select a.id, tw.code, tw.title_vi, tw.title_en, gw.name_vi, gw.name_en, a.status, a.period
						from assignment a
						join tw on tw.id = a.task_id
						join gw on gw.id = a.agency_id
						where a.closed_at is null
						  and (cast(:agency as bigint) is null or a.agency_id = cast(:agency as bigint))
						  and """ + terms.eachWordInEither("tw.m", "gw.m") + """
						order by gw.named desc, (a.status = 'COMPLETED'), a.due_date, a.id
						limit :limit""")
			.param("agency", onlyAgency)
			.param("phrasePattern", terms.phrasePattern())
			.param("limit", limit);
		for (int i = 0; i < terms.words().size(); i++) {
			statement = statement.param("w" + i, terms.wordPattern(i));
		}
		return statement.query((rs, n) -> {
			String period = rs.getString(8).isEmpty() ? "" : " · " + rs.getString(8);
			return new SearchHit("/assignments/" + rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5) + period, rs.getString(6) + period, rs.getString(7));
		}).list();
	}

}
