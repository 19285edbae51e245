// One saved scene by its id.
// :param id => 'b3f1c2d4-0000-4000-8000-000000000000'
MATCH (s:SavedScene {id: $id})
RETURN s {.*} AS scene
