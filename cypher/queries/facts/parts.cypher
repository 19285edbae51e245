// Stakeholders that are part of one stakeholder (the dimensions of an evaluation system, the levels of a grid).
// :param id => 'xianxia-evaluation-system'
MATCH (part:Stakeholder)-[:PART_OF]->(:Stakeholder {id: $id})
RETURN count(DISTINCT part) AS value
