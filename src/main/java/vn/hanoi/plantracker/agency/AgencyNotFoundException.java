package vn.hanoi.plantracker.agency;

import vn.hanoi.plantracker.system.NotFoundException;

public class AgencyNotFoundException extends NotFoundException {

	public AgencyNotFoundException(Object id) {
		super("Agency", id);
	}

}
