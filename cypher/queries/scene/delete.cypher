// Deletes a saved scene; returns how many were deleted (0 or 1).
// :param id => 'b3f1c2d4-0000-4000-8000-000000000000'
OPTIONAL MATCH (s:SavedScene {id: $id})
DETACH DELETE s
RETURN count(s) AS deleted
