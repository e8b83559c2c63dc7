package vn.hanoi.plantracker.user.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Reauthentication;
import vn.hanoi.plantracker.user.SessionHandle;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * The user's open sessions (browser, address, last seen), from the shared session store,
 * with a button to end each one.
 */
@Controller
@SignedIn
class SessionsController {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SecurityEvents events;

	private final Reauthentication reauthentication;

	SessionsController(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityEvents events,
			Reauthentication reauthentication) {
		this.sessions = sessions;
		this.events = events;
		this.reauthentication = reauthentication;
	}

	/** One open session as the list shows it: by its handle, never its id. */
	record OpenSession(String handle, String device, String address, Instant signedIn, Instant lastSeen,
			boolean current) {

	}

	@GetMapping("/account/sessions")
	String list(@AuthenticationPrincipal PlanUser user, HttpSession current, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Map<String, ? extends Session> mine = this.sessions.findByPrincipalName(user.getUsername());
		List<OpenSession> rows = mine.values()
			.stream()
			.map((s) -> new OpenSession(SessionHandle.of(s.getId()), s.getAttribute("plantracker.device"),
					s.getAttribute("plantracker.address"), s.getCreationTime(), s.getLastAccessedTime(),
					s.getId().equals(current.getId())))
			.sorted(Comparator.comparing(OpenSession::lastSeen).reversed())
			.toList();
		// the most recent first, a page at a time (an account signed in on many devices)
		Pager<OpenSession> pager = Pager.of(rows, page);
		model.addAttribute("pager", pager);
		model.addAttribute("sessions", pager.rows());
		model.addAttribute("secondFactorEnrolled", user.secondFactorEnrolled());
		return "account/sessions";
	}

	@PostMapping("/account/sessions/{handle}/end")
	String end(@AuthenticationPrincipal PlanUser user, @PathVariable String handle,
			@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String code,
			HttpServletRequest request, RedirectAttributes redirect) {
		// a session of someone else answers exactly like one that does not exist (and a
		// raw session id names nothing here)
		String id = this.sessions.findByPrincipalName(user.getUsername())
			.keySet()
			.stream()
			.filter((sessionId) -> SessionHandle.names(handle, sessionId))
			.findFirst()
			.orElseThrow(() -> new vn.hanoi.plantracker.user.SessionNotFoundException(handle));
		// ending a session is sensitive: the user signs in again on the spot (ASVS 7.5.1)
		String address = request.getRemoteAddr();
		if (!this.reauthentication.confirms(user, new Reauthentication.Proof(currentPassword, code), address)) {
			redirect.addFlashAttribute("failure", "sessions.flash.reauthFailed");
			return "redirect:/account/sessions";
		}
		this.sessions.deleteById(id);
		this.events.record(SecurityEventKind.SESSION_ENDED, user.getUsername(), user.getUsername(),
				request.getRemoteAddr(), null);
		redirect.addFlashAttribute("success", "sessions.flash.ended");
		return "redirect:/account/sessions";
	}

}
