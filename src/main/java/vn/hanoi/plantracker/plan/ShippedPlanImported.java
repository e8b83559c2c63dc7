package vn.hanoi.plantracker.plan;

import java.time.MonthDay;
import java.util.Map;

/**
 * A plan shipped with the application was imported at the first start: the plan, the name
 * of its files and the reporting calendar its heading gives (round kind name, the day
 * each report is due), for the module that keeps reporting calendars.
 */
public record ShippedPlanImported(long planId, String name, Map<String, MonthDay> reportingCalendar) {

}
