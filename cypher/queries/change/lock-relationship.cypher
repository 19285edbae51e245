// The two ends of a relationship and the relationship itself (null when there is none), read under the write
// lock of its start: no other change to relationships from there can commit until this transaction ends, so
// neither a duplicate nor a lost update can slip in between the checks and the write.
// :param from => 'xianxia-oc-01'
// :param type => 'REPRESENTS'
// :param to => 'xianxia-estate-01'
OPTIONAL MATCH (a:Stakeholder {id: $from})
FOREACH (locked IN CASE WHEN a IS NULL THEN [] ELSE [a] END | SET locked._LOCK_ = true REMOVE locked._LOCK_)
WITH a
OPTIONAL MATCH (b:Stakeholder {id: $to})
OPTIONAL MATCH (a)-[r]->(b)
  WHERE type(r) = $type
RETURN properties(a) AS from, properties(b) AS to, properties(r) AS relationship
