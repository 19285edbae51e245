// For each fact id that relationships between stakeholders cite: how many rest on it.
// :param factIds => ['F01', 'F02', 'F05']
MATCH (:Stakeholder)-[r]->(:Stakeholder)
UNWIND r.provenance AS factId
WITH DISTINCT factId, r
WHERE factId IN $factIds
RETURN factId, count(r) AS relationships
