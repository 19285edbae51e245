// The names of the enabled admins.
MATCH (u:User {enabled: true})
WHERE 'ADMIN' IN u.roles
RETURN u.username AS username
ORDER BY username
