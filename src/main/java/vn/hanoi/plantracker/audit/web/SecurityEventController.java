package vn.hanoi.plantracker.audit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.audit.SecurityEventFilter;
import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.system.access.AdminOnly;

/** The administrator reads the security event log, newest first, 50 to a page. */
@Controller
@AdminOnly
class SecurityEventController {

	private static final int PAGE_SIZE = 25;

	private static final int MAX_PAGE = 10_000;

	private final SecurityEvents events;

	SecurityEventController(SecurityEvents events) {
		this.events = events;
	}

	@GetMapping("/admin/security-events")
	String list(@RequestParam(required = false) SecurityEventKind kind, @RequestParam(required = false) String username,
			@RequestParam(required = false) String address,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		int pageNumber = Math.max(1, Math.min(page, MAX_PAGE));
		SecurityEventFilter filter = new SecurityEventFilter(kind, username, address, from, to);
		var result = this.events.find(filter, PageRequest.of(pageNumber - 1, PAGE_SIZE));
		UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/security-events")
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
			.queryParamIfPresent("username", java.util.Optional.ofNullable(username).filter((u) -> !u.isBlank()))
			.queryParamIfPresent("address", java.util.Optional.ofNullable(address).filter((a) -> !a.isBlank()))
			.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(to));
		model.addAttribute("events", result);
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", SecurityEventKind.values());
		model.addAttribute("page", pageNumber);
		model.addAttribute("previousUrl",
				base.cloneBuilder().queryParam("page", pageNumber - 1).encode().toUriString());
		model.addAttribute("nextUrl", base.cloneBuilder().queryParam("page", pageNumber + 1).encode().toUriString());
		return "admin/security-events";
	}

}
