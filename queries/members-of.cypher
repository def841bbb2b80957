// name: members-of
// description: Members of an organisation named in the news: accession dates that happened, accessions still planned or invited, and how many facts say so.
// param: org string BRICS organisation id (BRICS, SCO, G20, UN, EAEU, ...)
MATCH (m)-[r:MEMBER_OF|JOINED]->(o:Organization {id: $org})
WITH m,
     collect(CASE WHEN type(r) = 'JOINED' AND r.status = 'occurred' THEN r.date END) AS joined,
     collect(CASE WHEN r.status = 'planned' THEN coalesce(r.date, 'undated') END) AS planned,
     sum(CASE WHEN r.status = 'occurred' THEN 1 ELSE 0 END) AS stated,
     count(r) AS facts
RETURN m.id AS id, m.name AS name, stated > 0 AS member, joined, planned, facts
ORDER BY member DESC, id
