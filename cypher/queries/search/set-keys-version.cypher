// Records that every stakeholder carries search keys of version $version.
// :param version => '1-0123456789ab'
MERGE (v:SearchKeysVersion {id: 'search-keys'})
SET v.version = $version
