package org.troika.backup;

/**
 * What an online backup or a restore held.
 *
 * @param troikaVersion the version of Troika that wrote the backup
 * @param createdAt     when the backup was taken (UTC, ISO-8601)
 * @param nodes         nodes in the backup
 * @param relationships relationships in the backup
 */
record BackupSummary(String troikaVersion, String createdAt, long nodes, long relationships) {
}
