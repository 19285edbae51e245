// Drops the index of a finished (or abandoned) restore.
DROP INDEX troika_restore_key IF EXISTS
