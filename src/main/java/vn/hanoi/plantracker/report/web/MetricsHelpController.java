package vn.hanoi.plantracker.report.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.hanoi.plantracker.system.access.SignedIn;

/** The definitions behind every figure, for anyone signed in. */
@Controller
@SignedIn
class MetricsHelpController {

	@GetMapping("/help/metrics")
	String metrics() {
		return "help/metrics";
	}

}
