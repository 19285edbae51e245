// The stakeholders an import refers to that the graph already holds: those it updates and those its
// relationships join. The import compares them with the file before it writes anything.
// :param ids => ['xianxia', 'yingpu-estate-003']
UNWIND $ids AS id
MATCH (n:Stakeholder {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
