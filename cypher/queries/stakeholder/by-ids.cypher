// Stakeholders by their ids.
// :param ids => ['xianxia', 'yingpu']
UNWIND $ids AS id
MATCH (n:Stakeholder {id: id})
RETURN properties(n) AS stakeholder
