package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.hanoi.plantracker.system.OfficeDocuments.Verdict;

/**
 * Judges an OpenDocument file (.odt, .ods) by its manifest, as LibreOffice reads it. The
 * {@code mimetype} entry and the manifest's root entry name the kind the file's name
 * claims; {@code META-INF/manifest.xml} lists exactly the parts the ZIP holds, so none is
 * hidden from it; and nothing runs code: no Basic or script library ({@code Basic/},
 * {@code Scripts/}, a script media type, signed macros), no embedded OLE object or
 * program, and in no XML part an event listener, embedded script, DDE link or link whose
 * scheme calls a macro or a script (a macro of LibreOffice's own libraries can be called
 * by such a link without the document carrying one).
 */
final class OpenDocumentInspection {

	/** Extension → the type its {@code mimetype} entry and manifest root must name. */
	static final Map<String, String> KINDS = Map.of("odt", "application/vnd.oasis.opendocument.text", "ods",
			"application/vnd.oasis.opendocument.spreadsheet");

	private static final String MANIFEST = "META-INF/manifest.xml";

	private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

	private static final String SCRIPT_NS = "urn:oasis:names:tc:opendocument:xmlns:script:1.0";

	private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final List<String> SCRIPT_FOLDERS = List.of("basic/", "scripts/", "meta-inf/macrosignatures.xml");

	/** Fragments of media types of parts that hold code or a foreign embedded object. */
	private static final List<String> ACTIVE_TYPES = List.of("script", "basic", "oleobject", "msdownload", "dosexec",
			"executable", "java", "x-sh", "x-msi", "x-bat");

	/** Link schemes that run code when followed or when an event fires. */
	private static final List<String> ACTIVE_SCHEMES = List.of("vnd.sun.star.script:", "vnd.sun.star.basic:", "macro:",
			"javascript:", "vbscript:", "livescript:");

	private OpenDocumentInspection() {
	}

	static Verdict inspect(String extension, ZipFile zip, List<ZipArchiveEntry> entries) throws IOException {
		String kind = KINDS.get(extension);
		Map<String, ZipArchiveEntry> byName = new HashMap<>();
		for (ZipArchiveEntry entry : entries) {
			String name = entry.getName();
			if (SCRIPT_FOLDERS.stream().anyMatch(name.toLowerCase(Locale.ROOT)::startsWith)) {
				return Verdict.ACTIVE_CONTENT;
			}
			byName.put(name, entry);
		}
		ZipArchiveEntry mimetype = byName.get("mimetype");
		if (mimetype == null || !kind.equals(text(zip, mimetype))) {
			return Verdict.WRONG_TYPE;
		}
		ZipArchiveEntry manifestEntry = byName.get(MANIFEST);
		Document manifest = (manifestEntry != null) ? OfficeInspection.parse(zip, manifestEntry) : null;
		if (manifest == null || !MANIFEST_NS.equals(manifest.getDocumentElement().getNamespaceURI())
				|| !"manifest".equals(manifest.getDocumentElement().getLocalName())) {
			return Verdict.BAD_ARCHIVE;
		}
		Verdict listed = manifestVerdict(kind, manifest, byName);
		if (listed != Verdict.CLEAN) {
			return listed;
		}
		for (ZipArchiveEntry entry : entries) {
			if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")
					&& !entry.getName().startsWith("META-INF/")) {
				Verdict xml = xmlVerdict(zip, entry);
				if (xml != Verdict.CLEAN) {
					return xml;
				}
			}
		}
		return Verdict.CLEAN;
	}

	/**
	 * The manifest encrypts no part (a password-protected file cannot be checked), names
	 * the kind, lists each part once with a plain name, lists every part the ZIP holds
	 * and no part it lacks, and declares no code.
	 */
	private static Verdict manifestVerdict(String kind, Document manifest, Map<String, ZipArchiveEntry> byName) {
		if (manifest.getDocumentElement().getElementsByTagNameNS(MANIFEST_NS, "encryption-data").getLength() > 0) {
			// saved with a password: its parts are encrypted, none can be read
			return Verdict.PASSWORD_PROTECTED;
		}
		Set<String> paths = new HashSet<>();
		String rootType = null;
		NodeList items = manifest.getDocumentElement().getElementsByTagNameNS(MANIFEST_NS, "file-entry");
		for (int i = 0; i < items.getLength(); i++) {
			Element item = (Element) items.item(i);
			String path = item.getAttributeNS(MANIFEST_NS, "full-path");
			String type = item.getAttributeNS(MANIFEST_NS, "media-type").strip().toLowerCase(Locale.ROOT);
			if ("/".equals(path)) {
				rootType = type;
				continue;
			}
			if (!OfficeInspection.plainName(path) || !paths.add(path)) {
				return Verdict.BAD_ARCHIVE;
			}
			if (SCRIPT_FOLDERS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::startsWith)
					|| ACTIVE_TYPES.stream().anyMatch(type::contains)) {
				return Verdict.ACTIVE_CONTENT;
			}
			if (!path.endsWith("/") && !byName.containsKey(path)) {
				// a part the manifest promises and the ZIP lacks: written by something
				// else
				return Verdict.BAD_ARCHIVE;
			}
		}
		if (!kind.equals(rootType)) {
			return Verdict.WRONG_TYPE;
		}
		for (ZipArchiveEntry entry : byName.values()) {
			String name = entry.getName();
			if (!entry.isDirectory() && !"mimetype".equals(name) && !name.startsWith("META-INF/")
					&& !paths.contains(name)) {
				// LibreOffice ignores a part its manifest does not list; another reader
				// may not
				return Verdict.BAD_ARCHIVE;
			}
		}
		return Verdict.CLEAN;
	}

	/** Reads an XML part as a stream of elements, stopping at the first active one. */
	private static Verdict xmlVerdict(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		try (PushbackInputStream in = new PushbackInputStream(zip.getInputStream(entry))) {
			int first = in.read();
			if (first < 0) {
				// LibreOffice writes an empty Configurations2/accelerator/current.xml
				return Verdict.CLEAN;
			}
			in.unread(first);
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.newSAXParser().parse(in, new ActiveContentHandler());
			return Verdict.CLEAN;
		}
		catch (ActiveContentFound ex) {
			return Verdict.ACTIVE_CONTENT;
		}
		catch (SAXException | ParserConfigurationException ex) {
			// an XML part no parser can read (or encrypted): not a document we can vouch
			// for
			return Verdict.BAD_ARCHIVE;
		}
	}

	private static String text(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII).strip();
		}
	}

	private static final class ActiveContentHandler extends DefaultHandler {

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (SCRIPT_NS.equals(uri) || localName.equals("event-listener") || localName.startsWith("dde-")
					|| (OFFICE_NS.equals(uri) && localName.equals("script"))) {
				throw new ActiveContentFound();
			}
			for (int i = 0; i < attributes.getLength(); i++) {
				String value = attributes.getValue(i).strip().toLowerCase(Locale.ROOT);
				if (ACTIVE_SCHEMES.stream().anyMatch(value::startsWith)
						|| "formula".equals(attributes.getLocalName(i)) && value.replace(" ", "").contains("dde(")) {
					throw new ActiveContentFound();
				}
			}
		}

	}

	private static final class ActiveContentFound extends SAXException {

	}

}
