// name: new-relations
// description: Facts first reported on or after a date (by the earliest publication among their articles), with the first evidence.
// param: since string 2024-01-01 publication date YYYY-MM-DD
MATCH (a)-[r]->(b)
WHERE r.articles IS NOT NULL
WITH a, r, b, COLLECT { MATCH (art:Article) WHERE art.id IN r.articles RETURN art.published AS p ORDER BY p }[0] AS first
WHERE first >= $since
RETURN first AS first_reported, type(r) AS relation, a.name AS source, b.name AS target, r.date AS date, r.status AS status, r.evidence[0] AS evidence
ORDER BY first_reported, relation, source, target
