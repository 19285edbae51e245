// Creates a relationship between two stakeholders, with its properties.
// :param from => 'xianxia-oc-01'
// :param type => 'REPRESENTS'
// :param to => 'xianxia-estate-01'
// :param properties => {id: 'xianxia-oc-01-REPRESENTS-xianxia-estate-01', provenance: ['F02'], revision: 1}
MATCH (a:Stakeholder {id: $from})
MATCH (b:Stakeholder {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $properties
RETURN properties(r) AS properties
