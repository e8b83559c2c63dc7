/**
 * Plans, their key areas and tasks, and which agencies lead or support each task; the
 * plan and task pages.
 */
package vn.hanoi.plantracker.plan;
