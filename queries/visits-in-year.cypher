// name: visits-in-year
// description: Visits dated in a given year, occurred or planned, with the sentence that reports each.
// param: year int 2024 calendar year of the visit
MATCH (p:Person)-[v:VISITED]->(place)
WHERE v.year = $year
RETURN p.name AS visitor, place.name AS destination, labels(place)[0] AS kind, v.date AS date, v.status AS status, v.evidence[0] AS evidence
ORDER BY date, visitor, destination
