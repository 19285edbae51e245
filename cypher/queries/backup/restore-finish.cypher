// Removes the helper label and key from up to $batch restored nodes; called until it returns 0.
// :param batch => 10000
MATCH (n:TroikaRestore)
WITH n LIMIT $batch
REMOVE n:TroikaRestore, n.troikaRestoreKey
RETURN count(n) AS finished
