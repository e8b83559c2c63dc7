package vn.hanoi.plantracker.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record the user asked for does not exist; shown as the 404 page, never as a 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
