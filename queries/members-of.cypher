// name: members-of
// description: Members of an organisation named in the news, with accession dates where an article gives one.
// param: org string BRICS organisation id (BRICS, SCO, G20, UN, EAEU, ...)
MATCH (m)-[r:MEMBER_OF|JOINED]->(o:Organization {id: $org})
WITH m, collect(DISTINCT CASE WHEN type(r) = 'JOINED' THEN r.date END) AS joined, count(r) AS facts
RETURN m.id AS member, m.name AS name, [d IN joined WHERE d IS NOT NULL] AS joined, facts
ORDER BY member
