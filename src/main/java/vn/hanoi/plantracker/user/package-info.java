/**
 * User accounts, their role and agency, sign-in, the first administrator and the demo
 * accounts.
 */
package vn.hanoi.plantracker.user;
