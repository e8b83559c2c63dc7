package vn.hanoi.plantracker.agency;

public enum AgencyKind {

	POLICE, DEPARTMENT, JUDICIAL, FRONT_UNION, PRESS, LOCAL_AUTHORITY

}
