package vn.hanoi.plantracker.assignment.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentReading.MyAgencyPage;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.MyAssignmentFilter;
import vn.hanoi.plantracker.assignment.MyAssignmentRow;
import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.OfficerOnly;

/**
 * The officer's home: every assignment of its agency, soonest due first,
 * {@value Pager#PAGE_SIZE} a page (the page links keep the filters).
 */
@Controller
@OfficerOnly
class MyAssignmentsController {

	private final AssignmentReading reading;

	MyAssignmentsController(AssignmentReading reading) {
		this.reading = reading;
	}

	@GetMapping("/my/assignments")
	String list(@AuthenticationPrincipal PlanUser officer, @RequestParam(required = false) AssignmentStatus status,
			@RequestParam(required = false) Integer area, @RequestParam(required = false) AgencyRole role,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		MyAssignmentFilter filter = new MyAssignmentFilter(status, area, role, overdue);
		MyAgencyPage mine = this.reading.ofMyAgency(officer, filter, page, Pager.PAGE_SIZE);
		Pager<MyAssignmentRow> pager = Pager.of(mine.rows(), mine.page(), mine.total());
		model.addAttribute("filter", filter);
		model.addAttribute("pager", pager);
		model.addAttribute("rows", pager.rows());
		model.addAttribute("statuses", AssignmentStatus.values());
		model.addAttribute("roles", AgencyRole.values());
		model.addAttribute("areas", this.reading.areasOfMyAgency(officer));
		return "assignments/mine";
	}

}
