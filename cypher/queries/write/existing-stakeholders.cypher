// Which of the given stakeholder ids the graph already holds: the writer creates the others and updates these.
// :param ids => ['demo-estate', 'xianxia']
UNWIND $ids AS id
MATCH (n:Stakeholder {id: id})
RETURN collect(id) AS ids
