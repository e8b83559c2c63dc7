package vn.hanoi.plantracker.search.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.agency.AgencySearch;
import vn.hanoi.plantracker.assignment.AssignmentSearch;
import vn.hanoi.plantracker.plan.TaskSearch;
import vn.hanoi.plantracker.system.SearchTerms;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/** One results page for the header's search box: tasks, assignments, agencies. */
@Controller
@SignedIn
class SearchController {

	static final int LIMIT = 20;

	private final TaskSearch tasks;

	private final AssignmentSearch assignments;

	private final AgencySearch agencies;

	SearchController(TaskSearch tasks, AssignmentSearch assignments, AgencySearch agencies) {
		this.tasks = tasks;
		this.assignments = assignments;
		this.agencies = agencies;
	}

	@GetMapping("/search")
	String search(@AuthenticationPrincipal PlanUser user, @RequestParam(name = "q", defaultValue = "") String query,
			Model model) {
		String q = (query.length() > 200) ? query.substring(0, 200) : query;
		SearchTerms terms = SearchTerms.of(q);
		model.addAttribute("searchQuery", q);
		model.addAttribute("terms", terms);
		model.addAttribute("limit", LIMIT);
		model.addAttribute("tasks", this.tasks.find(terms, LIMIT));
		model.addAttribute("assignments", this.assignments.find(user, terms, LIMIT));
		model.addAttribute("agencies", this.agencies.find(terms, LIMIT));
		return "search/results";
	}

}
