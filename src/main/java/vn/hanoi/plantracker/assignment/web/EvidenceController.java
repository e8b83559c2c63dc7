package vn.hanoi.plantracker.assignment.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.EvidenceDownload;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * Evidence downloads: always as an attachment, never sniffed, only for users who may see
 * the assignment.
 */
@Controller
@SignedIn
class EvidenceController {

	private final AssignmentReading reading;

	EvidenceController(AssignmentReading reading) {
		this.reading = reading;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PlanUser user, @PathVariable long id) {
		EvidenceDownload file = this.reading.evidence(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			// even if a browser renders it, the file runs no script, submits no form,
			// reaches nothing
			.header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

}
