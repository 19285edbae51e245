// Policies issued by a scope on one topic.
// :param scopeId => 'yingpu'
// :param topic => 'property-service'
MATCH (:Stakeholder {id: $scopeId})-[:ISSUED]->(p:Policy)
WHERE p.topic = $topic
RETURN count(DISTINCT p) AS value
