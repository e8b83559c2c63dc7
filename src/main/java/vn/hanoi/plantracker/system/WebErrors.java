package vn.hanoi.plantracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors that are the user's, not the server's: an id that is not a number names nothing,
 * so it is a 404.
 */
@ControllerAdvice
class WebErrors {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String typeMismatch() {
		return "error/404";
	}

}
