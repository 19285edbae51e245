// For each fact id that stakeholders cite: how many rest on it, and one of them to show,
// a stakeholder the article names before an illustrative one.
// :param factIds => ['F01', 'F02', 'F05']
MATCH (s:Stakeholder)
UNWIND s.provenance AS factId
WITH DISTINCT factId, s
WHERE factId IN $factIds
WITH factId, s
ORDER BY 'illustrative' IN s.provenance, s.id
RETURN factId, count(s) AS stakeholders, head(collect(s.id)) AS example
