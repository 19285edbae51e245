// Deletes up to $batch synthetic stakeholders with their relationships; returns how many. Run until 0.
// :param batch => 10000
MATCH (n:Stakeholder)
WHERE n.id STARTS WITH 'syn-' AND 'synthetic' IN n.provenance
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
