// name: shortest-path
// description: The shortest chain of meetings linking two leaders, with when each meeting took place.
// param: from string vladimir-putin person id at one end
// param: to string joe-biden person id at the other end
MATCH (a:Person {id: $from}), (b:Person {id: $to})
MATCH p = shortestPath((a)-[:MET*..8]-(b))
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | r.date] AS dates, length(p) AS meetings
