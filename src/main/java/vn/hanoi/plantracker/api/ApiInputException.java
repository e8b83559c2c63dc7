package vn.hanoi.plantracker.api;

import java.util.List;

/**
 * Request values the API refuses (400): each refused field with a message key saying why,
 * put in the caller's language when the problem is written.
 */
public class ApiInputException extends RuntimeException {

	private final transient List<Refusal> refusals;

	public ApiInputException(List<Refusal> refusals) {
		super("refused: " + refusals.stream().map(Refusal::field).toList());
		this.refusals = List.copyOf(refusals);
	}

	public ApiInputException(String field, String code, Object... args) {
		this(List.of(new Refusal(field, code, args)));
	}

	public List<Refusal> getRefusals() {
		return this.refusals;
	}

	/** One refused field: its name, the message key and the key's arguments. */
	public record Refusal(String field, String code, Object... args) {

	}

}
