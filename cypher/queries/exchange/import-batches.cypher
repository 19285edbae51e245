// The imports written so far, newest first.
// :param first => 50
MATCH (b:ImportBatch)
RETURN properties(b) AS batch
ORDER BY b.at DESC
LIMIT $first
