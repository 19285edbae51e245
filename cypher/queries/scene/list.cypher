// The saved scenes, newest first.
MATCH (s:SavedScene)
RETURN s {.*} AS scene
ORDER BY s.createdAt DESC, s.id
