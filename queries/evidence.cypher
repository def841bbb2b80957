// name: evidence
// description: The articles and sentences behind every relation between two entities.
// param: source string vladimir-putin id of one end
// param: target string xi-jinping id of the other end
MATCH (a {id: $source})-[r]-(b {id: $target})
WHERE NOT type(r) IN ['MENTIONS', 'LOCATED_IN']
UNWIND range(0, size(r.articles) - 1) AS i
MATCH (art:Article {id: r.articles[i]})
RETURN type(r) AS relation, r.date AS date, r.status AS status, art.id AS article, art.url AS url, r.evidence[i] AS sentence
ORDER BY relation, date, article
