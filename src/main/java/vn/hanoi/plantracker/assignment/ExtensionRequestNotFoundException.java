package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.NotFoundException;

public class ExtensionRequestNotFoundException extends NotFoundException {

	public ExtensionRequestNotFoundException(Object id) {
		super("Extension request", id);
	}

}
