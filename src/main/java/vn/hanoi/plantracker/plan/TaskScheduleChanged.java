package vn.hanoi.plantracker.plan;

/** The coordinator changed a task's deadline, with a reason; open assignments follow. */
public record TaskScheduleChanged(long taskId, Schedule before, Schedule after, long authorId, String reason) {

}
