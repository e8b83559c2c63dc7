/**
 * Backups taken by the administrator while the application runs: one consistent snapshot
 * of every table (evidence files included, they live in the database) as a gzip'd SQL
 * script that {@code psql} loads into a database migrated to the same schema version.
 */
package vn.hanoi.plantracker.backup;
