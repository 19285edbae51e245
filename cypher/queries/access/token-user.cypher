// The user an API token belongs to, by the hash of the token's secret.
// :param hash => 'sha-256 of the secret, hex'
MATCH (:ApiToken {hash: $hash})-[:TOKEN_OF]->(u:User)
RETURN u {.username, .passwordHash, .roles, .enabled, .createdAt} AS user
