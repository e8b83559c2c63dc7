package vn.hanoi.plantracker.plan.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.hanoi.plantracker.plan.PlanClosedException;

/**
 * A change to a closed plan's work from any page (progress, reviews, deadlines, rounds,
 * tasks): a conflict page that says the plan is closed and read-only, never a 500.
 */
@ControllerAdvice
class ClosedPlanPages {

	@ExceptionHandler(PlanClosedException.class)
	ModelAndView closed(PlanClosedException ex) {
		ModelAndView page = new ModelAndView("plans/closed", HttpStatus.CONFLICT);
		page.addObject("closedNumber", ex.getArgs()[0]);
		return page;
	}

}
