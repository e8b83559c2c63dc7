/**
 * The role meta-annotations every controller handler and secured service method carries
 * (a test lists them all): role families here, object rules (one access component per
 * object kind) in the modules that own the objects. URL rules in {@code SecurityConfig}
 * stay coarser than these.
 */
package vn.hanoi.plantracker.system.access;
