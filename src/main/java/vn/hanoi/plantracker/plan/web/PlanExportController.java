package vn.hanoi.plantracker.plan.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.plantracker.plan.PlanAnnexExport;
import vn.hanoi.plantracker.plan.ReaderOfPlan;
import vn.hanoi.plantracker.system.access.SignedIn;

/**
 * A plan's annex table as a file, in the layout the importer reads: whoever may read the
 * plan may take its annex (an unknown plan is a 404).
 */
@Controller
@SignedIn
class PlanExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final PlanAnnexExport export;

	PlanExportController(PlanAnnexExport export) {
		this.export = export;
	}

	@GetMapping("/plans/{id}/annex.docx")
	@ReaderOfPlan(id = "id")
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return file(this.export.docx(id), DOCX, this.export.fileName(id) + ".docx");
	}

	@GetMapping("/plans/{id}/annex.xlsx")
	@ReaderOfPlan(id = "id")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(this.export.xlsx(id), XLSX, this.export.fileName(id) + ".xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
