// Every user once, by name; every API token once, by its id and by the hash of its secret.
// Users and tokens are User and ApiToken nodes, never stakeholders.
CREATE CONSTRAINT user_username IF NOT EXISTS
FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS
FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS
FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
