// The version of the search keys the stakeholders carry (SearchKeys.version()), null before the first keying.
OPTIONAL MATCH (v:SearchKeysVersion)
RETURN v.version AS version
