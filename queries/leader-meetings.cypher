// name: leader-meetings
// description: A leader's meetings in date order, with who they met and the evidence.
// param: person string vladimir-putin person id
MATCH (p:Person {id: $person})-[m:MET]-(o:Person)
RETURN m.date AS date, o.name AS met, m.status AS status, m.cameo AS cameo, m.evidence[0] AS evidence
ORDER BY date
