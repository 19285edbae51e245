// Bodies that review through one stakeholder (the departments of a joint review).
// :param id => 'yingpu-joint-review'
MATCH (reviewer:Stakeholder)-[:REVIEWS]->(:Stakeholder {id: $id})
RETURN count(DISTINCT reviewer) AS value
