// name: most-visited
// description: Countries ranked by the visits leaders made to them, with who came; year 0 means all years.
// param: year int 0 calendar year of the visits, or 0 for all
// param: limit int 10 how many countries
MATCH (p:Person)-[v:VISITED]->(c:Country)
WHERE ($year = 0 OR v.year = $year) AND v.status = 'occurred'
RETURN c.id AS country, c.name AS name, count(v) AS visits, collect(DISTINCT p.name) AS visitors
ORDER BY visits DESC, country
LIMIT $limit
