// name: top-central
// description: The top nodes of the latest stored centrality run of a projection by one measure.
// param: projection string countries countries, leaders or actors
// param: measure string pagerank degree, weighted_degree, betweenness, betweenness_norm, harmonic, harmonic_norm, pagerank or eigenvector
// param: limit int 10 how many nodes
MATCH (run:CentralityRun {projection: $projection})
WITH run ORDER BY run.at DESC LIMIT 1
MATCH (run)-[s:SCORED]->(n)
RETURN n.id AS id, n.name AS name, s[$measure] AS score, run.window_from AS window_from, run.window_to AS window_to, toString(run.at) AS run_at
ORDER BY score DESC, id
LIMIT $limit
