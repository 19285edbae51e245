// One stakeholder as it stands, read under its write lock: no other change to it can commit until this
// transaction ends, so a version checked here stays checked. With its relationships to other stakeholders
// (the history's CHANGED links are not among them). Every change to a stakeholder starts here.
// :param id => 'xianxia-estate-01'
MATCH (n:Stakeholder {id: $id})
SET n._LOCK_ = true
REMOVE n._LOCK_
RETURN properties(n) AS properties,
       COLLECT {
         MATCH (n)-[r]-(other:Stakeholder)
         RETURN {id: coalesce(r.id, startNode(r).id + '-' + type(r) + '-' + endNode(r).id),
                 type: type(r), properties: properties(r)}
       } AS relationships
