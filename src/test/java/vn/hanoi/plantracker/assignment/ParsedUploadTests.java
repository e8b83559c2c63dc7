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

	@Test
	void aCleanOdtAndOdsWrittenAsLibreOfficeWritesThemAreAccepted() throws Exception {
		PlanUser officer = this.fixtures.officerOf(agency());
		long id = this.fixtures.freshAssignment(agency());
		upload(officer, id, Files.part("bao-cao.odt", "application/vnd.oasis.opendocument.text", odt(TEXT_CONTENT)),
				Files.part("so-lieu.ods", "application/vnd.oasis.opendocument.spreadsheet",
						openDocument(ODS, "content.xml", TEXT_CONTENT)))
			.andExpect(status().isFound());
		assertThat(evidenceCount(id)).isEqualTo(2);
	}

	@Test
	void anOdtCarryingABasicOrScriptLibraryIsRefused() throws Exception {
		// listed in the manifest as LibreOffice lists a macro library
		refused(Files.part("macro.odt", ODT,
				openDocument(ODT, "content.xml", TEXT_CONTENT, "Basic/script-lc.xml", "<library:libraries/>",
						"Basic/Standard/Module1.xml",
						"<script:module>Sub Main: Shell(\"calc\"): End Sub</script:module>")),
				ACTIVE);
		refused(Files.part("python.odt", ODT,
				openDocument(ODT, "content.xml", TEXT_CONTENT, "Scripts/python/run.py", "import os")), ACTIVE);
		// no folder named for it, only the manifest's type says it is a script
		refused(Files.part("kieu-tep.odt", ODT, openDocument(ODT, "content.xml", TEXT_CONTENT, "Misc/run.bsh",
				"exec(\"calc\")", "@type Misc/run.bsh", "application/x-vnd.sun.star.script")), ACTIVE);
	}

	@Test
	void anOdtWhoseXmlCallsAMacroOrAScriptIsRefused() throws Exception {
		// CVE-2018-16858: an event calls a script LibreOffice itself ships
		String onLoad = TEXT_CONTENT.replace("<office:body>", """
				<office:event-listeners><script:event-listener script:language="ooo:script" \
				script:event-name="dom:load" xlink:href="vnd.sun.star.script:../../program/python-core/lib/pydoc.py\
				$tempfilepager(1, calc.exe)?language=Python&amp;location=share"/></office:event-listeners>
				<office:body>""");
		refused(Files.part("mo-ra.odt", ODT, odt(onLoad)), ACTIVE);
		String link = TEXT_CONTENT.replace("Báo cáo tiến độ",
				"<text:a xlink:type=\"simple\" xlink:href=\" macro:///Tools.Misc.Run\">Báo cáo</text:a>");
		refused(Files.part("lien-ket.odt", ODT, odt(link)), ACTIVE);
		String embedded = TEXT_CONTENT.replace("<office:scripts/>",
				"<office:scripts><office:script script:language=\"ooo:Basic\">Shell(\"calc\")</office:script></office:scripts>");
		refused(Files.part("ma-nhung.odt", ODT, odt(embedded)), ACTIVE);
		String dde = TEXT_CONTENT.replace("Báo cáo tiến độ",
				"<text:dde-connection text:connection-name=\"cmd\">x</text:dde-connection>");
		refused(Files.part("dde.odt", ODT, odt(dde)), ACTIVE);
	}

	@Test
	void anOdtEmbeddingAProgramOrAForeignObjectIsRefused() throws Exception {
		String ole = new String(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1, 0, 0 }, StandardCharsets.ISO_8859_1);
		refused(Files.part("doi-tuong.odt", ODT, openDocument(ODT, "content.xml", TEXT_CONTENT, "Object 1", ole,
				"@type Object 1", "application/vnd.sun.star.oleobject")), ACTIVE);
		// a Windows program called a picture, with the picture's type in the manifest
		refused(Files.part("anh.odt", ODT, openDocument(ODT, "content.xml", TEXT_CONTENT, "Pictures/anh.png",
				"MZ\u0090\u0000program", "@type Pictures/anh.png", "image/png")), ACTIVE);
	}

	@Test
	void anOdtWhoseManifestDisagreesWithItsEntriesIsRefused() throws Exception {
		byte[] noManifest = zip(true, "mimetype", ODT, "content.xml", TEXT_CONTENT);
		refused(Files.part("khong-ke.odt", ODT, noManifest), "cấu trúc gói bất thường");
		// a part the manifest does not list, which LibreOffice would not show and another
		// reader might
		byte[] unlisted = openDocument(ODT, "content.xml", TEXT_CONTENT, "Pictures/an.png",
				new String(Files.png(), StandardCharsets.ISO_8859_1), "@unlisted", "");
		refused(Files.part("an.odt", ODT, unlisted), "cấu trúc gói bất thường");
		// a part the manifest promises and the ZIP lacks
		refused(Files.part("thieu.odt", ODT,
				openDocument(ODT, "content.xml", TEXT_CONTENT, "@type Pictures/mat.png", "image/png")),
				"cấu trúc gói bất thường");
		// the manifest says it is a spreadsheet while its mimetype says text
		refused(Files.part("loai.odt", ODT, openDocument(ODT, "content.xml", TEXT_CONTENT, "@root", ODS)),
				"không phải pdf, docx, xlsx, odt, ods");
	}

	@Test
	void aPasswordProtectedDocxXlsxOrOdtIsRefusedAsPasswordProtectedNotAsOddOrOfTheWrongType() throws Exception {
		String protectedFile = "có đặt mật khẩu";
		refused(Files.part("mat-khau.docx", "application/octet-stream", Files.passwordProtected(Files.docx())),
				protectedFile);
		byte[] workbook = Files.zip("[Content_Types].xml",
				Files.CONTENT_TYPES
					.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
							"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
					.replace("/word/document.xml", "/xl/workbook.xml"),
				"_rels/.rels", Files.RELATIONSHIPS.replace("word/document.xml", "xl/workbook.xml"), "xl/workbook.xml",
				"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
		refused(Files.part("mat-khau.xlsx", "application/octet-stream", Files.passwordProtected(workbook)),
				protectedFile);
		refused(Files.part("mat-khau.odt", ODT, passwordProtectedOdt()), protectedFile);
	}

	/**
	 * An OpenDocument text as LibreOffice saves it with a password: {@code mimetype} and
	 * the manifest in clear, every XML part encrypted (here: bytes no parser reads) and
	 * described by the manifest's {@code encryption-data}.
	 */
	private static byte[] passwordProtectedOdt() {
		byte[] random = new byte[2048];
		new java.util.Random(133).nextBytes(random);
		random[0] = 0x11;
		String encrypted = new String(random, StandardCharsets.ISO_8859_1);
		String encryption = """
				<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" \
				manifest:checksum="7Mk0v5ZZ5i3k9L7u4O2lJ8r6z3uEw9y2nM1bV0cX4aQ="><manifest:algorithm \
				manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" \
				manifest:initialisation-vector="mJw5Lk6bYy1R7sQk2N1pVA=="/><manifest:start-key-generation \
				manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>\
				<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" \
				manifest:iteration-count="100000" manifest:salt="Qk8rZ0R6b1Y2d1Z3eFl6MQ=="/></manifest:encryption-data>""";
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
				manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" \
				manifest:media-type="application/vnd.oasis.opendocument.text"/>\
				<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" \
				manifest:size="3120">%s</manifest:file-entry>\
				<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml" \
				manifest:size="2980">%s</manifest:file-entry>\
				</manifest:manifest>""".formatted(encryption, encryption);
		return zip(true, "mimetype", ODT, "content.xml", encrypted, "styles.xml", encrypted, "META-INF/manifest.xml",
				manifest);
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

	private static final String ODT = "application/vnd.oasis.opendocument.text";

	private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	/**
	 * The body of a short text document, with the empty script list LibreOffice writes.
	 */
	private static final String TEXT_CONTENT = """
			<?xml version="1.0" encoding="UTF-8"?>
			<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
			xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
			xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" \
			xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3">
			<office:scripts/>
			<office:body><office:text><text:p>Báo cáo tiến độ</text:p></office:text></office:body>
			</office:document-content>""";

	private static byte[] odt(String content) {
		return openDocument(ODT, "content.xml", content);
	}

	/**
	 * An OpenDocument file as LibreOffice writes it: {@code mimetype} first and stored,
	 * then the parts given (name, content), styles, meta and a thumbnail, and a manifest
	 * listing every part. A pseudo-name changes the manifest: {@code "@type PATH", TYPE}
	 * sets (or adds) an entry's media type, {@code "@root", TYPE} the root's, and
	 * {@code "@unlisted", ""} leaves the last part out of it.
	 */
	private static byte[] openDocument(String kind, String... namesAndContents) {
		java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> types = new java.util.LinkedHashMap<>();
		String root = kind;
		String unlisted = null;
		parts.put("styles.xml",
				"<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
		parts.put("meta.xml",
				"<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
		parts.put("Thumbnails/thumbnail.png", new String(Files.png(), StandardCharsets.ISO_8859_1));
		parts.put("Configurations2/accelerator/current.xml", "");
		String last = null;
		for (int i = 0; i < namesAndContents.length; i += 2) {
			String name = namesAndContents[i];
			if (name.startsWith("@type ")) {
				types.put(name.substring(6), namesAndContents[i + 1]);
			}
			else if (name.equals("@root")) {
				root = namesAndContents[i + 1];
			}
			else if (name.equals("@unlisted")) {
				unlisted = last;
			}
			else {
				parts.put(name, namesAndContents[i + 1]);
				last = name;
			}
		}
		StringBuilder manifest = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
				manifest:version="1.3">
				""");
		manifest.append(entry("/", root)).append(entry("Configurations2/", "application/vnd.sun.xml.ui.configuration"));
		java.util.Set<String> listed = new java.util.LinkedHashSet<>(parts.keySet());
		listed.addAll(types.keySet());
		for (String name : listed) {
			if (!name.equals(unlisted)) {
				manifest.append(entry(name, types.getOrDefault(name,
						name.endsWith(".xml") ? "text/xml" : name.endsWith(".png") ? "image/png" : "")));
			}
		}
		manifest.append("</manifest:manifest>");
		List<String> entries = new ArrayList<>(List.of("mimetype", kind));
		parts.forEach((name, content) -> {
			entries.add(name);
			entries.add(content);
		});
		entries.add("META-INF/manifest.xml");
		entries.add(manifest.toString());
		return zip(true, entries.toArray(String[]::new));
	}

	private static String entry(String path, String type) {
		return "<manifest:file-entry manifest:full-path=\"" + path + "\" manifest:media-type=\"" + type + "\"/>\n";
	}

	/**
	 * A ZIP of (name, content) pairs, the first stored as OpenDocument asks; a content is
	 * written as ISO-8859-1 if every character fits (binary), else UTF-8.
	 */
	private static byte[] zip(boolean firstStored, String... namesAndContents) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				String text = namesAndContents[i + 1];
				byte[] data = text.chars().allMatch((c) -> c < 256) && !text.startsWith("<")
						? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
				java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(namesAndContents[i]);
				if (i == 0 && firstStored) {
					java.util.zip.CRC32 crc = new java.util.zip.CRC32();
					crc.update(data);
					entry.setMethod(java.util.zip.ZipEntry.STORED);
					entry.setSize(data.length);
					entry.setCompressedSize(data.length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(data);
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
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
