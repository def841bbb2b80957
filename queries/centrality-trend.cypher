// name: centrality-trend
// description: One node's score in every stored run of a projection, by window then run time.
// param: id string RU node id
// param: projection string countries countries, leaders or actors
// param: measure string pagerank the measure to follow
MATCH (run:CentralityRun {projection: $projection})-[s:SCORED]->(n {id: $id})
RETURN run.window_from AS window_from, run.window_to AS window_to, toString(run.at) AS run_at, s[$measure] AS score
ORDER BY window_from, run_at
