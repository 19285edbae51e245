// Waits until the restore's index is online, at most $seconds.
// :param seconds => 300
CALL db.awaitIndex('troika_restore_key', $seconds)
