// Which of the given ids are stakeholders of the graph: how tours check the ids their scenes name.
// :param ids => ['xianxia', 'no-such-id']
UNWIND $ids AS id
MATCH (n:Stakeholder {id: id})
RETURN n.id AS id
