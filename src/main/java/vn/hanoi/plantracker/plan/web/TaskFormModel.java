package vn.hanoi.plantracker.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.plantracker.agency.Agency;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.agency.AgencyRepository;
import vn.hanoi.plantracker.plan.KeyAreaRepository;
import vn.hanoi.plantracker.plan.ScheduleKind;
import vn.hanoi.plantracker.plan.Task;
import vn.hanoi.plantracker.system.Today;

/**
 * What the task form shows besides the form: the plan's key areas, the schedule kinds and
 * the agencies to choose from; the same for the task editor and for an amendment's
 * changes.
 */
@Component
class TaskFormModel {

	private final KeyAreaRepository areas;

	private final AgencyRepository agencies;

	private final Today today;

	TaskFormModel(KeyAreaRepository areas, AgencyRepository agencies, Today today) {
		this.areas = areas;
		this.agencies = agencies;
		this.today = today;
	}

	String render(Task task, long planId, TaskForm form, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("taskForm", form);
		model.addAttribute("areas", this.areas.findByPlan(planId));
		model.addAttribute("kinds", ScheduleKind.values());
		model.addAttribute("agencyGroups", agencyGroups());
		return "tasks/form";
	}

	/** Agencies still active today, grouped by kind for the option groups. */
	private Map<AgencyKind, List<Agency>> agencyGroups() {
		Map<AgencyKind, List<Agency>> groups = new LinkedHashMap<>();
		for (AgencyKind kind : AgencyKind.values()) {
			groups.put(kind, new java.util.ArrayList<>());
		}
		java.time.LocalDate date = this.today.date();
		for (Agency agency : this.agencies.findAllByOrderBySortOrderAscNameViAsc()) {
			if (agency.getActiveUntil() == null || !agency.getActiveUntil().isBefore(date)) {
				groups.get(agency.getKind()).add(agency);
			}
		}
		groups.values().removeIf(List::isEmpty);
		return groups;
	}

}
