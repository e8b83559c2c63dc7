/**
 * Cross-cutting infrastructure: security, locale, clock, error pages, the layout and the
 * embedded PostgreSQL used for local runs. Depends on no feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.hanoi.plantracker.system;
