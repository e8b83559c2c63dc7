package vn.hanoi.plantracker.round.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.plantracker.round.ReportPack;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;
import vn.hanoi.plantracker.system.access.CityWide;

/** The leadership pack in the application: what the weekly email carries. */
@Controller
@SignedIn
class ReportPackController {

	private final ReportPack pack;

	ReportPackController(ReportPack pack) {
		this.pack = pack;
	}

	@GetMapping("/rounds/pack")
	@CityWide
	String show(@AuthenticationPrincipal PlanUser user, Model model) {
		model.addAttribute("attention", this.pack.attention());
		model.addAttribute("lastSent", this.pack.lastSent().orElse(null));
		model.addAttribute("nextSending", this.pack.nextSending().orElse(null));
		return "rounds/pack";
	}

	@GetMapping("/rounds/pack.zip")
	ResponseEntity<byte[]> zip(@AuthenticationPrincipal PlanUser user, Locale locale) {
		return Downloads.file(this.pack.zip(user, locale), "application/zip", "leadership-pack.zip");
	}

}
