// Creates relationships the graph does not hold yet between stakeholders it holds.
// :param rows => [{start: 'demo-estate', end: 'xianxia-hongxu', type: 'LOCATED_IN', properties: {id: 'demo-estate-LOCATED_IN-xianxia-hongxu', provenance: ['illustrative']}}]
UNWIND $rows AS row
MATCH (start:Stakeholder {id: row.start})
MATCH (end:Stakeholder {id: row.end})
CREATE (start)-[r:$(row.type)]->(end)
SET r += row.properties
