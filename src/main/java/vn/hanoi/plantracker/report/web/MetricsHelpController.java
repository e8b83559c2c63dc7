package vn.hanoi.plantracker.report.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The definitions behind every figure, for anyone signed in. */
@Controller
class MetricsHelpController {

	@GetMapping("/help/metrics")
	String metrics() {
		return "help/metrics";
	}

}
