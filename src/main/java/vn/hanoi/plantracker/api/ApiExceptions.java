package vn.hanoi.plantracker.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.hanoi.plantracker.assignment.StaleAssignmentException;
import vn.hanoi.plantracker.assignment.WorkflowException;
import vn.hanoi.plantracker.plan.PlanClosedException;
import vn.hanoi.plantracker.system.RequestPaths;
import vn.hanoi.plantracker.system.HandledErrors;
import vn.hanoi.plantracker.system.NotFoundException;
import vn.hanoi.plantracker.system.StorageFull;

/**
 * Turns whatever goes wrong under {@code /api/} into a problem detail, before the
 * browser's error pages can: a missing or another agency's object is 404 (the same
 * answer), a stale version 409, a refused workflow step 422, malformed input 400, and
 * anything unexpected a plain 500 without its stack trace. Other addresses are left to
 * the browser's handling.
 */
@Component
class ApiExceptions implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptions.class);

	private final ApiProblems problems;

	ApiExceptions(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = RequestPaths.of(request);
		if (!path.startsWith("/api/")) {
			return null;
		}
		try {
			this.problems.write(response, problemFor(request, ex));
		}
		catch (IOException writeFailed) {
			log.debug("Could not write the problem: {}", writeFailed.toString());
		}
		return new ModelAndView();
	}

	private ProblemDetail problemFor(HttpServletRequest request, Exception ex) {
		if (ex instanceof NotFoundException || ex instanceof NoResourceFoundException
				|| ex instanceof NoHandlerFoundException) {
			return this.problems.problem(request, HttpStatus.NOT_FOUND, "api.error.notFound");
		}
		if (StorageFull.causedBy(ex)) {
			// nothing was saved (the transaction rolled back, or the upload never reached
			// it)
			HandledErrors.note("storage full: " + HandledErrors.describe(ex));
			return this.problems.problem(request, HttpStatus.INSUFFICIENT_STORAGE, "api.error.storageFull");
		}
		if (ex instanceof StaleAssignmentException || ex instanceof OptimisticLockingFailureException
				|| ex instanceof OptimisticLockException) {
			HandledErrors.note("stale version: " + HandledErrors.describe(ex));
			return this.problems.problem(request, HttpStatus.CONFLICT, "api.error.stale");
		}
		if (ex instanceof PlanClosedException closed) {
			// a closed plan is read-only: a conflict with the plan's state, said in words
			HandledErrors.note("plan closed: " + closed.getCode());
			return this.problems.problem(request, HttpStatus.CONFLICT, closed.getCode(), closed.getArgs());
		}
		if (ex instanceof WorkflowException refused) {
			HandledErrors.note("refused: " + refused.getCode());
			ProblemDetail problem = this.problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, refused.getCode(),
					refused.getArgs());
			return problem;
		}
		if (ex instanceof ApiInputException input) {
			HandledErrors.note("invalid input: " + input.getMessage());
			return this.problems.invalid(request,
					input.getRefusals()
						.stream()
						.map((refusal) -> Map.of("field", refusal.field(), "message",
								this.problems.text(request, refusal.code(), refusal.args())))
						.toList());
		}
		if (ex instanceof BindException binding) {
			List<Map<String, String>> errors = binding.getFieldErrors()
				.stream()
				.map((error) -> Map.of("field", error.getField(), "message",
						this.problems.text(request, "api.error.field")))
				.toList();
			return this.problems.invalid(request, errors);
		}
		if (ex instanceof HttpMessageNotReadableException || ex instanceof TypeMismatchException
				|| ex instanceof ServletRequestBindingException || ex instanceof HandlerMethodValidationException
				|| ex instanceof IllegalArgumentException || ex instanceof MultipartException
				|| ex instanceof MissingServletRequestPartException) {
			HandledErrors.note("malformed request: " + HandledErrors.describe(ex));
			return this.problems.problem(request, HttpStatus.BAD_REQUEST, "api.error.malformed");
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return this.problems.problem(request, HttpStatus.METHOD_NOT_ALLOWED, "api.error.method");
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return this.problems.problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.mediaType");
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return this.problems.problem(request, HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable");
		}
		if (ex instanceof AccessDeniedException) {
			return this.problems.problem(request, HttpStatus.FORBIDDEN, "api.error.forbidden");
		}
		log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return this.problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal");
	}

	@Override
	public int getOrder() {
		// after the probe recorder (the highest), before Spring's own resolvers
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
