// Package graph stores extraction results in Neo4j and reads them back.
//
// # Model
//
// Nodes are Country, Person, Organization and City, keyed by the extractor's
// entity id (property id, unique per label), and Article, keyed by the
// article id. Every relation type of package extract is a relationship type
// of the same name. A relationship is one fact, identified by its key
// "TYPE|source|target|date|status|role": the same fact read in two articles
// is one relationship with two sources, while two visits on different dates
// are two relationships. Each relationship carries date (YYYY, YYYY-MM or
// YYYY-MM-DD, or null), year, status, cameo, role and, in parallel lists
// ordered by first ingestion, the articles that support it with their
// evidence sentence and its code point offsets (articles, evidence,
// evidence_start, evidence_end, confidences); confidence is the highest of
// its sources. Articles link to the entities they mention (MENTIONS, with the
// mention count and offsets) and cities to their country (LOCATED_IN).
//
// # Guarantees
//
// Each article is written in one transaction: completely or not at all.
// Writing the same article again changes nothing; writing a changed article
// replaces its own provenance and removes facts no article supports any more.
// Uniqueness constraints on every node key and every relationship key make
// concurrent writers of overlapping articles safe.
package graph
