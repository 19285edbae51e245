// Every saved scene of the explorer once, by its id. Saved scenes are SavedScene nodes, never
// stakeholders: no query of the graph's stakeholders meets them.
CREATE CONSTRAINT saved_scene_id IF NOT EXISTS
FOR (s:SavedScene) REQUIRE s.id IS UNIQUE;
