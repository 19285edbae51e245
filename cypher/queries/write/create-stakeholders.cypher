// Creates stakeholders the graph does not hold yet, with their labels and properties (search keys included);
// the uniqueness constraint on Stakeholder.id still guards against a stakeholder created meanwhile.
// :param rows => [{id: 'demo-estate', labels: ['Estate'], properties: {kind: 'Estate', name: '示意小区', provenance: ['illustrative']}}]
UNWIND $rows AS row
CREATE (n:Stakeholder {id: row.id})
SET n += row.properties
SET n:$(row.labels)
