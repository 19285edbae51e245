// Stakeholders by what they rest on: illustrative stand-ins (whatever facts they fill), those resting
// on facts of the source article only, and the rest (added with a source note, or with none).
// :param factIds => ['F01', 'F02', 'F05']
MATCH (s:Stakeholder)
WITH 'illustrative' IN coalesce(s.provenance, []) AS illustrative,
     any(cited IN coalesce(s.provenance, []) WHERE cited IN $factIds) AS factBacked
RETURN count(CASE WHEN illustrative THEN 1 END) AS illustrative,
       count(CASE WHEN NOT illustrative AND factBacked THEN 1 END) AS factBacked,
       count(CASE WHEN NOT illustrative AND NOT factBacked THEN 1 END) AS other
