// The ids that start with a new id's base, among stakeholders and in the history (the ids of deleted
// stakeholders): a new id made from a name avoids them all.
// :param base => 'estate-illustrative-estate'
CALL () {
  MATCH (n:Stakeholder) WHERE n.id STARTS WITH $base
  RETURN n.id AS id
  UNION
  MATCH (c:Change) WHERE c.targetId STARTS WITH $base
  RETURN c.targetId AS id
}
RETURN collect(id) AS ids
