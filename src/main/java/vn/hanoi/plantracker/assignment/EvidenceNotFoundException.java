package vn.hanoi.plantracker.assignment;

import vn.hanoi.plantracker.system.NotFoundException;

public class EvidenceNotFoundException extends NotFoundException {

	public EvidenceNotFoundException(Object id) {
		super("Evidence file", id);
	}

}
