package vn.hanoi.plantracker.system;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Errors that are the user's, not the server's: an id that is not a number names nothing,
 * so it is a 404.
 */
@ControllerAdvice
class WebErrors {

	/**
	 * An upload over the server's limit is refused before any controller runs; send the
	 * user back to the page they came from with a message, rather than to an error page.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("failure", "evidence.requestTooLarge");
		String path = request.getRequestURI();
		return "redirect:"
				+ (path.endsWith("/progress") ? path.substring(0, path.length() - "/progress".length()) : "/");
	}

	/**
	 * A concurrent save that won at commit, on a form that does not handle it itself: the
	 * conflict page (409), never a 500.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	ModelAndView concurrentSave() {
		return new ModelAndView("error/409", HttpStatus.CONFLICT);
	}

	/**
	 * The server's storage is full (PostgreSQL's disk_full where the evidence files are
	 * stored, or no space for the upload spool), on a form that does not handle it
	 * itself: 507 with a page that says so; the transaction is rolled back, so nothing is
	 * half stored. Any other failure goes on to the usual handling.
	 */
	@ExceptionHandler({ DataAccessException.class, MultipartException.class, TransactionException.class,
			PersistenceException.class })
	ModelAndView storageFull(Exception ex) throws Exception {
		if (!StorageFull.causedBy(ex)) {
			throw ex;
		}
		HandledErrors.note("storage full: " + HandledErrors.describe(ex));
		return new ModelAndView("error/507", HttpStatus.INSUFFICIENT_STORAGE);
	}

	/**
	 * An id in the path that is not a number names nothing: 404. A filter value in the
	 * query string that is not one of the choices is a bad request: 400, with a page that
	 * says to choose again.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		boolean pathVariable = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		return new ModelAndView(pathVariable ? "error/404" : "error/400",
				pathVariable ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
	}

}
