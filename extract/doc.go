// Package extract turns the text of one news article about international
// relations, in Arabic or English, into entities and dated relations between
// them. It is pure: text and metadata in, a Result out; no I/O, no clock, no
// globals that change, and the same input always gives the same, sorted output.
//
// # Model
//
// An Entity is a country, a person, an organisation or a city, identified by a
// stable id: ISO 3166-1 alpha-2 codes for countries ("RU", "CN"), short upper
// case ids for organisations ("BRICS", "SCO", "G20", "UN", "EAEU", "BRI"), and
// lower case slugs for persons and cities ("vladimir-putin", "beijing"). Its
// Name is the English canonical name; its Mentions are the spans of the text
// that refer to it.
//
// A Relation links two entities with a type from a fixed vocabulary (see
// RelationType), the date the text gives for it, whether it happened or is only
// planned (Status), a confidence in [0, 1], the CAMEO event code where one
// exists, and the sentence that says so (Evidence). The symmetric types (MET,
// PARTNER_OF, TRADE_PARTNER_OF, SIGNED_AGREEMENT) are stored once, with the
// smaller id as Source.
//
// # Offsets and dates
//
// Offsets count Unicode code points of Article.Text, end exclusive, so that
// text[start:end] in Python, or []rune(text)[start:end] in Go, gives the span.
// Dates carry the precision the text supports: a year, a month or a day
// (see Date). Relative expressions ("on Wednesday", "غدًا", "last year") are
// resolved against Article.Published; without a publication date they are left
// unresolved rather than guessed.
//
// # How it works
//
// Text is tokenised and normalised (Arabic: diacritics, tatweel, alef forms,
// alef maksura, ta marbuta, Persian letters, Eastern Arabic digits; English:
// case and accents), then matched in one pass against a token trie built from
// the gazetteer (names, adjectives, titles) and the trigger lexicon, with
// Arabic proclitics (و ف ب ك ل ال) stripped only where the remainder is a
// known word. Office descriptions ("الرئيس الروسي", "his Chinese
// counterpart") resolve to the office holder on the publication date. Relation
// rules then work sentence by sentence over the resolved references, trigger
// words, status markers and dates.
package extract
