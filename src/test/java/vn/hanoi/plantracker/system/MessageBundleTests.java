package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from both bundles: the keys of the English and Vietnamese
 * bundles are the same, every literal key a template or Java class uses exists, and
 * templates hold no hard-coded words.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/** #{key} or #{key(...)} in templates. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	/** Message keys handed to flash attributes, errors and exceptions in Java code. */
	private static final Pattern JAVA_KEY = Pattern
		.compile("\"((?:app|nav|login|role|plans|task|schedule|agencyRole|agency|period|status|deadline|assignment|"
				+ "admin|common|error|progress|evidence|review|my|flash|validation|conflict|notification|dashboard|"
				+ "report|reminder|extension|workflow|filter|siblings|conflict|history|taskEdit|ux|search|tokens|api)\\.[\\w.]+)\"");

	@Test
	void bothBundlesHaveTheSameKeys() throws IOException {
		Properties en = load("messages.properties");
		Properties vi = load("messages_vi.properties");
		assertThat(new TreeSet<>(vi.stringPropertyNames())).as("keys in Vietnamese bundle")
			.isEqualTo(new TreeSet<>(en.stringPropertyNames()));
		vi.forEach((key, value) -> assertThat((String) value).as("Vietnamese text of " + key).isNotBlank());
	}

	@Test
	void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		List<String> missing = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			collect(TEMPLATE_KEY, Files.readString(file), keys, file, missing);
		}
		for (Path file : files(JAVA, ".java")) {
			collect(JAVA_KEY, Files.readString(file), keys, file, missing);
		}
		assertThat(missing).as("message keys used but not defined").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String html = Files.readString(file)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			// text right after an opening tag that does not replace its own body
			Matcher opening = Pattern.compile("<([a-zA-Z](?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)").matcher(html);
			while (opening.find()) {
				String tag = opening.group(1);
				String text = opening.group(2);
				boolean replaced = tag.matches("(?s).*\\bth:(text|utext|replace|insert|errors)=.*");
				if (!replaced && hasWords(text)) {
					violations.add(file.getFileName() + ": <" + abbreviate(tag) + "> " + text.strip());
				}
			}
			// text right after a closing tag
			Matcher closing = Pattern.compile("</[a-zA-Z0-9]+>([^<]*)").matcher(html);
			while (closing.find()) {
				if (hasWords(closing.group(1))) {
					violations.add(file.getFileName() + ": after closing tag: " + closing.group(1).strip());
				}
			}
		}
		assertThat(violations).as("hard-coded text in templates (use th:text with a message key)").isEmpty();
	}

	private static boolean hasWords(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static String abbreviate(String tag) {
		return (tag.length() > 60) ? tag.substring(0, 60) + "…" : tag;
	}

	private static void collect(Pattern pattern, String source, Set<String> keys, Path file, List<String> missing) {
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			String key = matcher.group(1);
			if (!key.endsWith(".") && !keys.contains(key)) {
				missing.add(file.getFileName() + ": " + key);
			}
		}
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((p) -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
