// name: bilateral
// description: Everything between two countries: their own ties and their leaders' visits and meetings, in date order.
// param: a string RU ISO code of one country
// param: b string CN ISO code of the other country
MATCH (a:Country {id: $a}), (b:Country {id: $b})
CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE NOT type(r) IN ['MENTIONS', 'LOCATED_IN']
  RETURN r, startNode(r).name AS actor, endNode(r).name AS other
  UNION
  MATCH (p:Person)-[:HOLDS_OFFICE]->(x), (q:Person)-[:HOLDS_OFFICE]->(y), (p)-[r:MET]->(q)
  WHERE (x = a AND y = b) OR (x = b AND y = a)
  RETURN r, p.name AS actor, q.name AS other
  UNION
  MATCH (p:Person)-[:HOLDS_OFFICE]->(x), (p)-[r:VISITED]->(y:Country)
  WHERE (x = a AND y = b) OR (x = b AND y = a)
  RETURN r, p.name AS actor, y.name AS other
}
RETURN type(r) AS relation, actor, other, r.date AS date, r.status AS status, size(r.articles) AS articles
ORDER BY date, relation, actor
