package vn.hanoi.plantracker.backup.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.hanoi.plantracker.audit.SecurityEventKind;
import vn.hanoi.plantracker.audit.SecurityEvents;
import vn.hanoi.plantracker.backup.DatabaseBackup;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The administrator downloads a backup of the running application: a POST (with its CSRF
 * token) streams it, and the security event log records who took it. It is a page, not a
 * command line option, because in embedded mode only the running application may touch
 * its PostgreSQL: a second JVM started on the same data directory would take the running
 * server for one left by a killed run and stop it.
 */
@Controller
@AdminOnly
class BackupController {

	private static final Logger log = LoggerFactory.getLogger(BackupController.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")
		.withZone(ZoneOffset.UTC);

	private final DatabaseBackup backup;

	private final SecurityEvents events;

	private final Today today;

	BackupController(DatabaseBackup backup, SecurityEvents events, Today today) {
		this.backup = backup;
		this.events = events;
		this.today = today;
	}

	@GetMapping("/admin/backup")
	String page() {
		return "admin/backup";
	}

	@PostMapping("/admin/backup")
	ResponseEntity<StreamingResponseBody> download(Authentication who, HttpServletRequest request) {
		String fileName = "plantracker-" + FILE_TIME.format(this.today.now()) + ".sql.gz";
		this.events.record(SecurityEventKind.BACKUP_DOWNLOADED, who.getName(), who.getName(), request.getRemoteAddr(),
				fileName);
		StreamingResponseBody body = (out) -> {
			try {
				DatabaseBackup.Summary summary = this.backup.write(out);
				log.info("Backup {} sent: schema version {}, {} tables, {} bytes", fileName, summary.schemaVersion(),
						summary.tables(), summary.bytes());
			}
			catch (java.sql.SQLException ex) {
				// the headers are gone: the download breaks off, which the browser shows
				// as failed
				throw new java.io.IOException("Backup " + fileName + " failed: " + ex.getMessage(), ex);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.parseMediaType("application/gzip"))
			.body(body);
	}

}
