package vn.hanoi.plantracker.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.system.SearchTerms;

/**
 * The agencies an annex cell names, the way a Hanoi plan writes them: "Công an Thành phố;
 * Sở Y tế", "Các sở, ban, ngành", "UBND các phường, xã". Names are compared folded (no
 * case, no diacritics, {@link SearchTerms#fold}) and with the usual short forms ("UBND",
 * "TP", "Hà Nội" left out), so "Công an Thành phố" is the "Công an thành phố Hà Nội" of
 * the agency list. "Các sở, ban, ngành" is every agency of kind DEPARTMENT and "UBND các
 * phường, xã" every LOCAL_AUTHORITY, as migration V2 fanned out Plan 133's "each
 * department" and "communes". A name that is none of these is unknown, with the closest
 * agency names as suggestions.
 */
final class AgencyNames {

	private static final Pattern ALL_DEPARTMENTS = Pattern
		.compile("\\bcac\\s+so\\s*,?\\s*(?:ban\\s*,?\\s*)?nganh(?:\\s*,?\\s*(?:thanh pho|tp|ha noi))*\\b");

	private static final Pattern ALL_COMMUNES = Pattern
		.compile("(?:(?:ubnd|uy ban nhan dan)\\s+)?\\bcac\\s+" + "(?:xa\\s*,\\s*phuong|phuong\\s*,\\s*xa|phuong|xa)\\b"
				+ "|(?:ubnd|uy ban nhan dan)\\s+(?:xa\\s*,\\s*phuong|phuong\\s*,\\s*xa|cap xa)\\b");

	/**
	 * "Các cơ quan, đơn vị liên quan", "các sở, ngành liên quan": no agency in
	 * particular.
	 */
	private static final Pattern VAGUE = Pattern.compile("(?:\\bva\\s+)?(?:\\bcac\\s+)?"
			+ "(?:\\b(?:co quan|don vi|to chuc|dia phuong|so|ban|nganh)\\s*,?\\s*)+(?:co\\s+)?lien quan\\b");

	/** Long forms and their short forms, applied to folded words. */
	private static final String[][] SHORT_FORMS = { { "viet nam", "" }, { "uy ban nhan dan", "ubnd" },
			{ "thanh pho", "tp" }, { "vien kiem sat nhan dan", "vksnd" }, { "toa an nhan dan", "tand" },
			{ "mat tran to quoc", "mttq" }, { "hoi lien hiep phu nu", "hlhpn" } };

	private static final int SUGGESTIONS = 3;

	private final List<Agency> agencies;

	private final Map<String, List<Agency>> byName = new HashMap<>();

	/**
	 * Names with a comma or semicolon of their own ("Cơ quan Báo và Phát thanh, Truyền
	 * hình Hà Nội"): found whole before a cell is split into names.
	 */
	private final Map<Agency, Pattern> withSeparators = new java.util.LinkedHashMap<>();

	AgencyNames(List<Agency> agencies) {
		this.agencies = agencies;
		for (Agency agency : agencies) {
			if (agency.getNameVi() != null && agency.getNameVi().matches(".*[;,].*")) {
				String[] words = SearchTerms.fold(agency.getNameVi()).strip().split("\\s+");
				StringBuilder pattern = new StringBuilder("\\b");
				for (int i = 0; i < words.length; i++) {
					pattern.append((i == 0) ? "" : "\\s*").append(Pattern.quote(words[i]).replace(",", "\\E\\s*,\\Q"));
				}
				this.withSeparators.put(agency, Pattern.compile(pattern.append("(?!\\p{L})").toString()));
			}
			Set<String> keys = new LinkedHashSet<>(
					List.of(canonical(agency.getNameVi()), canonical(agency.getNameEn()), canonical(agency.getCode())));
			keys.forEach((key) -> this.byName.computeIfAbsent(key, (k) -> new ArrayList<>()).add(agency));
		}
	}

	/** What one cell names. */
	record Resolution(Set<Agency> agencies, List<Unknown> unknown, List<String> vague) {

	}

	/** A name that is no agency, and the closest agency names. */
	record Unknown(String name, List<String> suggestions) {

	}

	Resolution resolve(String cell) {
		Set<Agency> found = new LinkedHashSet<>();
		List<Unknown> unknown = new ArrayList<>();
		List<String> vague = new ArrayList<>();
		if (cell == null || cell.isBlank()) {
			return new Resolution(found, unknown, vague);
		}
		StringBuilder text = new StringBuilder(Normalizer.normalize(cell, Normalizer.Form.NFC));
		cut(text, VAGUE, vague::add);
		cut(text, ALL_DEPARTMENTS, (name) -> found.addAll(ofKind(AgencyKind.DEPARTMENT)));
		cut(text, ALL_COMMUNES, (name) -> found.addAll(ofKind(AgencyKind.LOCAL_AUTHORITY)));
		this.withSeparators.forEach((agency, name) -> cut(text, name, (match) -> found.add(agency)));
		for (String piece : text.toString().split("[;,\\n\\r]+")) {
			String name = piece.replaceAll("^[\\s\\-+•*.]+", "").strip();
			if (name.isEmpty() || canonical(name).isEmpty()) {
				continue;
			}
			Agency agency = unique(name);
			if (agency != null) {
				found.add(agency);
				continue;
			}
			// "Sở Tư pháp và Sở Y tế", but "Sở Giáo dục và Đào tạo" is one name
			List<Agency> parts = new ArrayList<>();
			for (String part : name.split("\\s+(?:và|với)\\s+")) {
				Agency one = unique(part);
				if (one != null) {
					parts.add(one);
				}
			}
			if (parts.size() > 1 && parts.size() == name.split("\\s+(?:và|với)\\s+").length) {
				found.addAll(parts);
			}
			else {
				unknown.add(new Unknown(name, suggestions(name)));
			}
		}
		return new Resolution(found, unknown, vague);
	}

	private Agency unique(String name) {
		List<Agency> matches = this.byName.get(canonical(name));
		return (matches != null && matches.size() == 1) ? matches.get(0) : null;
	}

	private List<Agency> ofKind(AgencyKind kind) {
		return this.agencies.stream().filter((agency) -> agency.getKind() == kind).toList();
	}

	/**
	 * The agency names closest to the name, by shared letter triples of the folded text.
	 */
	List<String> suggestions(String name) {
		Set<String> wanted = trigrams(canonical(name));
		record Scored(Agency agency, double score) {
		}
		return this.agencies.stream()
			.map((agency) -> new Scored(agency,
					Math.max(similarity(wanted, trigrams(canonical(agency.getNameVi()))),
							similarity(wanted, trigrams(canonical(agency.getNameEn()))))))
			.filter((scored) -> scored.score() >= 0.2)
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.limit(SUGGESTIONS)
			.map((scored) -> scored.agency().getName())
			.toList();
	}

	/**
	 * Removes every match of the pattern from the text (matched on the folded text, which
	 * has the same length: each precomposed letter folds to one letter).
	 */
	private static void cut(StringBuilder text, Pattern pattern, java.util.function.Consumer<String> onMatch) {
		Matcher m = pattern.matcher(foldEach(text));
		List<int[]> spans = new ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		for (int i = spans.size() - 1; i >= 0; i--) {
			int[] span = spans.get(i);
			onMatch.accept(text.substring(span[0], span[1]).strip());
			text.replace(span[0], span[1], ";");
		}
	}

	private static String foldEach(CharSequence text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String one = SearchTerms.fold(String.valueOf(text.charAt(i)));
			folded.append(one.isEmpty() ? ' ' : one.charAt(0));
		}
		return folded.toString();
	}

	/**
	 * Folded words with the short forms, without "UBND" before a ward and "TP"/"Hà Nội"
	 * at the end.
	 */
	static String canonical(String name) {
		String words = " " + SearchTerms.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
		for (String[] form : SHORT_FORMS) {
			words = words.replace(" " + form[0] + " ", form[1].isEmpty() ? " " : " " + form[1] + " ");
		}
		words = words.replaceAll("\\s+", " ").strip();
		words = words.replaceFirst("^ubnd (?=(?:phuong|xa) )", "");
		words = words.replaceFirst("^cac ", "");
		String before;
		do {
			before = words;
			words = words.replaceFirst(" (?:tp|ha noi)$", "");
		}
		while (!words.equals(before) && words.contains(" "));
		return words;
	}

	private static Set<String> trigrams(String text) {
		Set<String> grams = new HashSet<>();
		String padded = "  " + text + " ";
		for (int i = 0; i + 3 <= padded.length(); i++) {
			grams.add(padded.substring(i, i + 3));
		}
		return grams;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return (double) both.size() / (a.size() + b.size() - both.size());
	}

}
