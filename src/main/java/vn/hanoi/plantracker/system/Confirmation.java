package vn.hanoi.plantracker.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one confirmation step of the application for an action that cannot be undone or
 * destroys work: a page, reached by GET on the action's own address, that says in words
 * what will happen and holds the real form, which posts back with {@link #PARAM}. The
 * action's POST handler does nothing without that parameter and sends the browser to the
 * page instead ({@link #isMissing(Boolean)}), so neither a stray click, a replayed
 * request nor a browser without JavaScript skips the step. Reversible actions do not use
 * it. Rendered by {@code confirm.html}; the texts are message keys with their arguments.
 */
public final class Confirmation {

	/** The request parameter that says the user saw the confirmation page. */
	public static final String PARAM = "confirmed";

	/** The view that renders a confirmation. */
	public static final String VIEW = "confirm";

	private final String titleKey;

	private final String action;

	private final String cancel;

	private final List<Line> consequences = new ArrayList<>();

	private final Map<String, String> fields = new LinkedHashMap<>();

	private String buttonKey;

	private Confirmation(String titleKey, String action, String cancel) {
		this.titleKey = titleKey;
		this.action = action;
		this.cancel = cancel;
		this.buttonKey = titleKey;
	}

	/**
	 * A confirmation titled {@code titleKey} whose form posts to {@code action}; cancel
	 * goes back to {@code cancel}.
	 */
	public static Confirmation of(String titleKey, String action, String cancel) {
		return new Confirmation(titleKey, action, cancel);
	}

	/** True when a POST arrived without going through the confirmation page. */
	public static boolean isMissing(Boolean confirmed) {
		return !Boolean.TRUE.equals(confirmed);
	}

	/** One sentence of what will happen, in the order added. */
	public Confirmation consequence(String key, Object... args) {
		this.consequences.add(new Line(key, args));
		return this;
	}

	/** A hidden field the real form carries (a version, an id). */
	public Confirmation field(String name, Object value) {
		this.fields.put(name, String.valueOf(value));
		return this;
	}

	/** The label of the button that does it (defaults to the title). */
	public Confirmation button(String key) {
		this.buttonKey = key;
		return this;
	}

	public String getTitleKey() {
		return this.titleKey;
	}

	public String getAction() {
		return this.action;
	}

	public String getCancel() {
		return this.cancel;
	}

	public List<Line> getConsequences() {
		return List.copyOf(this.consequences);
	}

	public Map<String, String> getFields() {
		return Map.copyOf(this.fields);
	}

	public String getButtonKey() {
		return this.buttonKey;
	}

	/** A message key and its arguments. */
	public record Line(String key, Object[] args) {
	}

}
