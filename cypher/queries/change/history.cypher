// The changes made to one stakeholder or relationship, newest first; also after it was deleted.
// :param id => 'xianxia-estate-01'
// :param first => 50
MATCH (c:Change {targetId: $id})
RETURN properties(c) AS change
ORDER BY c.at DESC, c.version DESC
LIMIT $first
