package vn.hanoi.plantracker.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.hanoi.plantracker.system.OfficeDocuments.Verdict;

/**
 * Judges an Office Open XML file (.docx, .xlsx) by what its package says each part is, as
 * Office itself does: the content type of every part from {@code [Content_Types].xml} and
 * the relationships between parts. A part whose type is a macro project, a macro sheet,
 * an ActiveX control or an embedded program is active content whatever its name; a main
 * part of the macro-enabled kind is a .docm/.xlsm however the file is called. The ZIP
 * itself must list the same parts in its directory as in its entries, once each, with
 * plain names, so a part cannot be hidden from this check and shown to Office. Part of
 * {@link OfficeDocuments}, which every upload of an office file goes through.
 */
final class OfficeInspection {

	/**
	 * The package's own parts (type lists, relationships) are small; larger is a trick.
	 */
	private static final int MAX_XML_PART = 2 * 1024 * 1024;

	/** The main part of each kind, and the only type it may have. */
	private static final Map<String, String[]> MAIN_PART = Map.of("docx",
			new String[] { "/word/document.xml",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" },
			"xlsx", new String[] { "/xl/workbook.xml",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" });

	/** Fragments of the content types of parts that run code. */
	private static final List<String> ACTIVE_TYPES = List.of("macroenabled", "vbaproject", "vbadata", "macrosheet",
			"activex", "oleobject", "keymapcustomizations", "ms-excel.sheet.binary", "ms-excel.addin",
			"application/x-msdownload", "application/java");

	/** Ends of the relationship types that attach code or fetch it from elsewhere. */
	private static final List<String> ACTIVE_RELATIONSHIPS = List.of("/vbaproject", "/attachedtemplate", "/oleobject",
			"/control", "/activexcontrolbinary", "/wordvbadata", "/keymapcustomizations");

	private OfficeInspection() {
	}

	/**
	 * Whether a part name is plain: no path tricks, no control characters, no backslash.
	 */
	static boolean plainName(String name) {
		return !name.isEmpty() && !name.startsWith("/") && !name.contains("\\") && !name.contains("//")
				&& !("/" + name + "/").contains("/../") && !("/" + name + "/").contains("/./")
				&& name.codePoints().noneMatch(Character::isISOControl);
	}

	/**
	 * Compares the directory of the ZIP with the entries read one by one
	 * ({@code streamed}), then reads the package's type list and relationships.
	 */
	static Verdict inspect(String extension, byte[] content, List<String> streamed) throws IOException {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
			List<String> listed = entries.stream().map(ZipArchiveEntry::getName).toList();
			Set<String> distinct = new HashSet<>();
			for (String name : listed) {
				if (!plainName(name) || !distinct.add(name.toLowerCase(Locale.ROOT))) {
					return Verdict.BAD_ARCHIVE;
				}
			}
			if (!new ArrayList<>(listed).stream().sorted().toList().equals(streamed.stream().sorted().toList())) {
				// a part the directory lists but the entries do not (or the other way
				// round) is seen by one reader and not by another
				return Verdict.BAD_ARCHIVE;
			}
			if (MAIN_PART.containsKey(extension)) {
				return packageVerdict(extension, zip, entries);
			}
			return OpenDocumentInspection.KINDS.containsKey(extension)
					? OpenDocumentInspection.inspect(extension, zip, entries) : Verdict.CLEAN;
		}
	}

	private static Verdict packageVerdict(String extension, ZipFile zip, List<ZipArchiveEntry> entries)
			throws IOException {
		Map<String, String> defaults = new HashMap<>();
		Map<String, String> overrides = new HashMap<>();
		ZipArchiveEntry types = entries.stream()
			.filter((e) -> e.getName().equals("[Content_Types].xml"))
			.findFirst()
			.orElse(null);
		if (types == null) {
			return Verdict.WRONG_TYPE;
		}
		Document typeList = parse(zip, types);
		if (typeList == null) {
			return Verdict.WRONG_TYPE;
		}
		NodeList items = typeList.getDocumentElement().getChildNodes();
		for (int i = 0; i < items.getLength(); i++) {
			if (items.item(i) instanceof Element item) {
				String type = item.getAttribute("ContentType").strip().toLowerCase(Locale.ROOT);
				if (ACTIVE_TYPES.stream().anyMatch(type::contains)) {
					return Verdict.ACTIVE_CONTENT;
				}
				if ("Default".equals(item.getLocalName())) {
					defaults.put(item.getAttribute("Extension").toLowerCase(Locale.ROOT), type);
				}
				else if ("Override".equals(item.getLocalName())) {
					overrides.put(item.getAttribute("PartName").toLowerCase(Locale.ROOT), type);
				}
			}
		}
		String[] main = MAIN_PART.get(extension);
		if (!main[1].equals(overrides.get(main[0]))) {
			return Verdict.WRONG_TYPE;
		}
		for (ZipArchiveEntry entry : entries) {
			String part = "/" + entry.getName().toLowerCase(Locale.ROOT);
			if (entry.isDirectory() || part.equals("/[content_types].xml")) {
				continue;
			}
			String type = overrides.getOrDefault(part, defaults.get(extensionOf(part)));
			if (type == null) {
				// Office refuses a part without a type; such a part is there to be found
				// by
				// something else
				return Verdict.BAD_ARCHIVE;
			}
			if (part.endsWith(".rels") && relationshipsAreActive(zip, entry)) {
				return Verdict.ACTIVE_CONTENT;
			}
		}
		return Verdict.CLEAN;
	}

	private static boolean relationshipsAreActive(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		Document relationships = parse(zip, entry);
		if (relationships == null) {
			return true;
		}
		NodeList items = relationships.getDocumentElement().getChildNodes();
		for (int i = 0; i < items.getLength(); i++) {
			if (items.item(i) instanceof Element item) {
				String type = item.getAttribute("Type").toLowerCase(Locale.ROOT);
				if (ACTIVE_RELATIONSHIPS.stream().anyMatch(type::endsWith)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String extensionOf(String part) {
		int slash = part.lastIndexOf('/');
		int dot = part.lastIndexOf('.');
		return (dot > slash) ? part.substring(dot + 1) : "";
	}

	/** A small XML part, parsed without DTDs or external entities; null if it is not. */
	static Document parse(ZipFile zip, ZipArchiveEntry entry) throws IOException {
		byte[] bytes;
		try (InputStream in = zip.getInputStream(entry)) {
			bytes = in.readNBytes(MAX_XML_PART + 1);
		}
		if (bytes.length > MAX_XML_PART) {
			return null;
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler());
			return builder.parse(new ByteArrayInputStream(bytes));
		}
		catch (ParserConfigurationException | SAXException ex) {
			return null;
		}
	}

}
