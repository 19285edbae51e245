// The index a restore finds its nodes by while it reconnects relationships; dropped when it is done.
CREATE INDEX troika_restore_key IF NOT EXISTS
FOR (n:TroikaRestore) ON (n.troikaRestoreKey)
