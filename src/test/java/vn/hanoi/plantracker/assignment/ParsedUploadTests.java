package vn.hanoi.plantracker.assignment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads judged by parsing them as their readers do, not by looking for words: PDFs
 * built here with PDFBox (or written byte by byte where PDFBox would not write the trick)
 * are read by PDFBox on upload, Office files by their package's content types, and a file
 * that is also a web page by its own signature. Each refusal is a message in Vietnamese,
 * the form keeps what was typed, and nothing is stored.
 */
@IntegrationTest
class ParsedUploadTests {

	private static final String ACTIVE = "nội dung chủ động";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	/** One commune of this test's own, and one of its assignments for every refusal. */
	private String agency;

	private long refusedAssignment;

	@Test
	void aCleanPdfWrittenByPdfBoxIsAccepted() throws Exception {
		PlanUser officer = this.fixtures.officerOf(agency());
		long id = this.fixtures.freshAssignment(agency());
		byte[] compressed;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			compressed = Files.save(document, CompressParameters.DEFAULT_COMPRESSION);
		}
		upload(officer, id, Files.part("bao-cao.pdf", "application/pdf", Files.pdf("Báo cáo")),
				Files.part("nen.pdf", "application/pdf", compressed))
			.andExpect(status().isFound());
		assertThat(evidenceCount(id)).isEqualTo(2);
	}

	@Test
	void javaScriptInTheOpenActionIsRefused() throws Exception {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
			refused(Files.part("mo-ra.pdf", "application/pdf", Files.save(document, CompressParameters.NO_COMPRESSION)),
					ACTIVE);
		}
	}

	@Test
	void javaScriptInAPageAnnotationIsRefused() throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDAnnotationLink link = new PDAnnotationLink();
			link.setAction(new PDActionJavaScript("this.exportDataObject({cName: 'x', nLaunch: 2})"));
			page.getAnnotations().add(link);
			refused(Files.part("lien-ket.pdf", "application/pdf",
					Files.save(document, CompressParameters.NO_COMPRESSION)), ACTIVE);
		}
	}

	@Test
	void javaScriptInsideACompressedObjectStreamIsRefused() throws Exception {
		byte[] pdf;
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
			pdf = Files.save(document, CompressParameters.DEFAULT_COMPRESSION);
		}
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw).as("the action is packed out of sight of any pattern")
			.contains("/ObjStm")
			.doesNotContain("JavaScript")
			.doesNotContain("/JS");
		refused(Files.part("nen.pdf", "application/pdf", pdf), ACTIVE);
	}

	@Test
	void aHexEscapedJavaScriptNameIsRefused() throws Exception {
		byte[] pdf = rawPdf("<< /Type /Catalog /Pages 2 0 R /Names << /#4A#61vaScript 4 0 R >> >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
				"<< /Names [(x) << /S /#4A#61va#53cript /#4A#53 (app.alert\\(1\\)) >>] >>");
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript").doesNotContain("/JS");
		refused(Files.part("ten-an.pdf", "application/pdf", pdf), ACTIVE);
	}

	@Test
	void aLaunchActionAndAnEmbeddedFileAreRefused() throws Exception {
		refused(Files.part("chay.pdf", "application/pdf",
				rawPdf("<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
						"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
						"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>", "<< /S /L#61unch /F (cmd.exe) >>")),
				ACTIVE);
		refused(Files.part("kem-tep.pdf", "application/pdf",
				rawPdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> >>",
						"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
						"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>", "<< /Names [] >>")),
				ACTIVE);
	}

	@Test
	void aPdfThatCannotBeParsedIsRefusedAsUnreadable() throws Exception {
		refused(Files.part("hong.pdf", "application/pdf",
				"%PDF-1.7\n garbage only".getBytes(StandardCharsets.US_ASCII)), "không đọc được tệp pdf");
	}

	@Test
	void aWebPageInFrontOfOrBehindAPdfIsRefusedByItsSignature() throws Exception {
		byte[] pdf = Files.pdf("x");
		byte[] before = concat("<html><body><script>alert(document.cookie)</script>\n".getBytes(StandardCharsets.UTF_8),
				pdf);
		refused(Files.part("truoc.pdf", "application/pdf", before), ACTIVE);
		byte[] after = concat(pdf,
				"\n<html><script>fetch('/account/sessions')</script></html>".getBytes(StandardCharsets.UTF_8));
		refused(Files.part("sau.pdf", "application/pdf", after), ACTIVE);
		byte[] lead = concat("GIF89a-not-a-pdf ".getBytes(StandardCharsets.UTF_8), pdf);
		refused(Files.part("dau.pdf", "application/pdf", lead), "không phải pdf");
	}

	@Test
	void aMacroDocumentNamedDocxIsRefusedByItsContentTypes() throws Exception {
		String types = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="dat" ContentType="application/vnd.ms-office.vbaProject"/>
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/>
				</Types>""";
		byte[] docm = Files.zip("[Content_Types].xml", types, "_rels/.rels", Files.RELATIONSHIPS, "word/document.xml",
				"<w:document/>", "word/media/anh.dat", "macro");
		refused(Files.part("bao-cao.docx", "application/octet-stream", docm), ACTIVE);
	}

	@Test
	void aMacroHiddenByAZipNameTrickIsRefused() throws Exception {
		// the entry a streaming reader sees is an image; the directory Office reads names
		// a macro project
		byte[] zip = Files.zip("[Content_Types].xml", Files.CONTENT_TYPES, "_rels/.rels", Files.RELATIONSHIPS,
				"word/document.xml", "<w:document/>", "word/media/abcd.png", "macro");
		byte[] trick = replaceLast(zip, "word/media/abcd.png", "word/vbaProject.bin");
		refused(Files.part("meo.docx", "application/octet-stream", trick), "cấu trúc gói bất thường");
		byte[] twice = Files.zip("[Content_Types].xml", Files.CONTENT_TYPES, "_rels/.rels", Files.RELATIONSHIPS,
				"word/document.xml", "<w:document/>", "word/Document.xml", "<w:document/>");
		refused(Files.part("hai-lan.docx", "application/octet-stream", twice), "cấu trúc gói bất thường");
		byte[] untyped = Files.zip("[Content_Types].xml", Files.CONTENT_TYPES, "_rels/.rels", Files.RELATIONSHIPS,
				"word/document.xml", "<w:document/>", "word/macro.bin", "macro");
		refused(Files.part("khong-loai.docx", "application/octet-stream", untyped), "cấu trúc gói bất thường");
	}

	private void refused(MockMultipartFile file, String message) throws Exception {
		PlanUser officer = this.fixtures.officerOf(agency());
		if (this.refusedAssignment == 0) {
			this.refusedAssignment = this.fixtures.freshAssignment(agency());
		}
		long id = this.refusedAssignment;
		String page = HtmlUtils.htmlUnescape(upload(officer, id, file).andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.toLowerCase(java.util.Locale.ROOT)).contains(message.toLowerCase(java.util.Locale.ROOT))
			.contains(file.getOriginalFilename());
		assertThat(page).as("what the officer typed is kept").contains("Ghi chú kèm tệp");
		assertThat(this.fixtures.historyCount(id)).isZero();
		assertThat(evidenceCount(id)).isZero();
	}

	private String agency() {
		if (this.agency == null) {
			this.agency = this.fixtures.unusedCommune();
		}
		return this.agency;
	}

	private ResultActions upload(PlanUser officer, long id, MockMultipartFile... files) throws Exception {
		var request = multipart("/assignments/{id}/progress", id);
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return this.mvc.perform(request.param("version", "" + this.fixtures.version(id))
			.param("status", "IN_PROGRESS")
			.param("percent", "50")
			.param("note", "Ghi chú kèm tệp")
			.with(csrf())
			.with(this.fixtures.as(officer)));
	}

	private long evidenceCount(long id) {
		return this.fixtures.jdbc().sql("""
				select count(*) from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = ?""").param(id).query(Long.class).single();
	}

	/**
	 * A PDF written byte by byte, objects numbered from 1, with a correct
	 * cross-reference.
	 */
	private static byte[] rawPdf(String... objects) {
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

	private static byte[] replaceLast(byte[] content, String from, String to) {
		String text = new String(content, StandardCharsets.ISO_8859_1);
		int at = text.lastIndexOf(from);
		assertThat(at).isPositive();
		return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.ISO_8859_1);
	}

}
