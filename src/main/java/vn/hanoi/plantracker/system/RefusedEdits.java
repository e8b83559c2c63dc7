package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * How a form page answers a save the rules refuse: the refusal's message on the form,
 * with 409 when the version the user saw is stale (the rules found it so, or a concurrent
 * save committed first) and 422 otherwise. The controller redirects on success and shows
 * the form again otherwise.
 */
public final class RefusedEdits {

	private RefusedEdits() {
	}

	/**
	 * Runs {@code save} when the form is valid; true when it went through. Otherwise the
	 * binding holds why (a refusal under its own code; a concurrent save under
	 * {@code staleCode}) and the response its status.
	 */
	public static boolean saved(BindingResult binding, HttpServletResponse response, String staleCode, Runnable save) {
		HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
		if (!binding.hasErrors()) {
			try {
				save.run();
				return true;
			}
			catch (ChangeRefusedException ex) {
				binding.reject(ex.getCode(), ex.getArgs(), ex.getCode());
				status = staleCode.equals(ex.getCode()) ? HttpStatus.CONFLICT : status;
			}
			catch (OptimisticLockingFailureException ex) {
				// a concurrent save committed first
				binding.reject(staleCode, staleCode);
				status = HttpStatus.CONFLICT;
			}
		}
		response.setStatus(status.value());
		return false;
	}

}
