// Deletes the nodes each start of Troika writes for itself (the search keys' version): a restore
// brings the backup's own.
// :param startupLabels => ['SearchKeysVersion']
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $startupLabels)
DETACH DELETE n
RETURN count(*) AS deleted
