package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.NotFoundException;

class EvidenceNotFoundException extends NotFoundException {

	public EvidenceNotFoundException(Object id) {
		super("Evidence file", id);
	}

}
