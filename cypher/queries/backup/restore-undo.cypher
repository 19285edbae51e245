// Deletes up to $batch nodes of a failed restore with their relationships; called until it returns 0.
// :param batch => 10000
MATCH (n:TroikaRestore)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
