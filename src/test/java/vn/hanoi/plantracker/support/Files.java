package vn.hanoi.plantracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.springframework.mock.web.MockMultipartFile;

/** Small real files of each kind, for upload tests. */
public final class Files {

	/** The package type list of a minimal .docx. */
	public static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/word/document.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
			</Types>""";

	/** The package relationships of a minimal .docx. */
	public static final String RELATIONSHIPS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			<Relationship Id="rId1" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
			Target="word/document.xml"/>
			</Relationships>""";

	private Files() {
	}

	/** A real one-page PDF (written by PDFBox) whose title is {@code text}. */
	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(text);
			return save(document, CompressParameters.NO_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bytes of a PDF built in a test, with or without compressed object streams. */
	public static byte[] save(PDDocument document, CompressParameters compression) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes, compression);
		return bytes.toByteArray();
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
	}

	public static byte[] docx() {
		return zip("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELATIONSHIPS, "word/document.xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
	}

	/**
	 * An Office Open XML file (.docx, .xlsx) as Office saves it with a password to open:
	 * encrypted by Apache POI (agile encryption, MS-OFFCRYPTO) into an OLE2 compound file
	 * holding {@code EncryptionInfo} and {@code EncryptedPackage}.
	 */
	public static byte[] passwordProtected(byte[] ooxml) {
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem ole = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
				ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
					org.apache.poi.poifs.crypt.EncryptionMode.agile);
			org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("mat-khau-133");
			try (java.io.OutputStream out = encryptor.getDataStream(ole)) {
				out.write(ooxml);
			}
			ole.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] plainZip() {
		return zip("readme.txt", "not a document", "data.csv", "a,b");
	}

	public static MockMultipartFile part(String filename, String contentType, byte[] content) {
		return new MockMultipartFile("files", filename, contentType, content);
	}

	public static byte[] zip(String... namesAndContents) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
