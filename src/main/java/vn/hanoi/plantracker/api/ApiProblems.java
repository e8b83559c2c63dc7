package vn.hanoi.plantracker.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Every error of the API as an RFC 9457 problem detail
 * ({@code application/problem+json}): a title and a detail in the caller's language
 * ({@code Accept-Language}: Vietnamese or English, Vietnamese when neither is asked for),
 * never a stack trace. The API does not use the browser's language cookie: a machine says
 * what it wants in every request.
 */
@Component
public class ApiProblems {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The language asked for by the request's {@code Accept-Language}. */
	public static Locale localeOf(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return VIETNAMESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (language.equalsIgnoreCase("en")) {
					return Locale.ENGLISH;
				}
				if (language.equalsIgnoreCase("vi")) {
					return VIETNAMESE;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// a malformed header is no reason to refuse the request
		}
		return VIETNAMESE;
	}

	/** The text of a message key (with arguments) in the request's language. */
	public String text(HttpServletRequest request, String key, Object... args) {
		return this.messages.getMessage(key, args, key, localeOf(request));
	}

	/**
	 * A problem with a localized title for the status and a detail from a message key.
	 */
	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(request, key, args));
		problem.setTitle(text(request, "api.problem." + status.value()));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		return problem;
	}

	/** A 400 naming each refused field with its message. */
	public ProblemDetail invalid(HttpServletRequest request, List<Map<String, String>> errors) {
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "api.error.invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * Writes a problem as the whole response (from a filter or an exception resolver).
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body(problem));
	}

	/**
	 * The members of the problem as RFC 9457 spells them, extensions at the top level.
	 */
	static Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
