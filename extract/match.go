package extract

import "slices"

// match is one gazetteer or lexicon hit over tokens [lo, hi).
type match struct {
	lo, hi  int
	entries []patEntry
	clitic  string // Arabic proclitics stripped from the first token ("و", "ب", "لل", ...)
}

// candidate is one reading of a token with some proclitics removed: the
// trie node its remainder starts and the proclitics.
type candidate struct {
	node   int32
	clitic uint8 // index into proclitics
}

// candidates lists the readings of a token that start a pattern: itself,
// then, for an Arabic token, the remainders after stripping proclitics
// (see cliticReadings).
func (g *Gazetteer) candidates(t token, buf []candidate) []candidate {
	buf = buf[:0]
	e, ok := g.trie.rootEntry(t.norm)
	if !ok {
		return buf
	}
	if e.node >= 0 {
		buf = append(buf, candidate{node: e.node})
	}
	if t.script == scriptArabic {
		buf = append(buf, g.trie.readings[e.lo:e.hi]...)
	}
	return buf
}

func caseOK(t token, c caseRule) bool {
	switch c {
	case caseTitle:
		return t.upper || t.allUpper
	case caseAcronym:
		return t.allUpper
	}
	return true
}

// matchAll finds, left to right, the longest pattern starting at each token,
// skipping the tokens a match covers. It runs in O(n*L) for n tokens and
// patterns of at most L tokens.
func (g *Gazetteer) matchAll(out []match, toks []token) []match {
	var buf [4]candidate
	for i := 0; i < len(toks); {
		best := g.longest(toks, i, buf[:0])
		// "الشيخ محمد بن زايد": an honorific partial ("الشيخ محمد") gives
		// way to a full name starting on its second word; "the group" (an
		// anaphor) to "Group of 20".
		if best.hi == i+2 && (onlyPartials(best.entries) || noEntity(best.entries)) {
			if next := g.longest(toks, i+1, buf[:0]); next.hi > best.hi && !onlyPartials(next.entries) && !noEntity(next.entries) {
				// The first word alone may still be something: "King"
				// before "Hamad bin Isa" is his title.
				if one := g.longestUpTo(toks, i, i+1, buf[:0]); one.hi > i && !onlyPartials(one.entries) {
					out = append(out, one)
				}
				// next is what the loop would find at i+1.
				out = append(out, next)
				i = next.hi
				continue
			}
		}
		if best.hi > i {
			out = append(out, best)
			i = best.hi
			continue
		}
		i++
	}
	return out
}

// longest is the longest pattern starting at token i.
func (g *Gazetteer) longest(toks []token, i int, buf []candidate) match {
	return g.longestUpTo(toks, i, len(toks), buf)
}

// longestUpTo is the longest pattern starting at token i and ending by
// token limit.
func (g *Gazetteer) longestUpTo(toks []token, i, limit int, buf []candidate) match {
	best := match{lo: i, hi: i}
	for _, c := range g.candidates(toks[i], buf) {
		for j, n := i, c.node; n >= 0; {
			if ok := g.trie.entries(n); len(ok) > 0 && j+1 > best.hi {
				if !g.trie.nodes[n].caseFree {
					ok = filterCases(ok, toks[i:j+1])
				}
				if len(ok) > 0 {
					best = match{lo: i, hi: j + 1, entries: ok, clitic: proclitics[c.clitic]}
				}
			}
			j++
			if j >= limit || !g.trie.hasChildren(n) {
				break
			}
			n = g.trie.child(n, toks[j].norm)
		}
	}
	return best
}

// noEntity reports a match of lexicon words only: markers, triggers, dates.
func noEntity(es []patEntry) bool {
	for _, e := range es {
		if e.kind == eEntity || e.kind == ePartial || e.kind == eTitle {
			return false
		}
	}
	return true
}

func onlyPartials(es []patEntry) bool {
	for _, e := range es {
		if e.kind != ePartial {
			return false
		}
	}
	return len(es) > 0
}

// filterCases keeps the entries whose capitalisation rules toks satisfy. It
// returns es itself, without copying, when all do.
func filterCases(es []patEntry, toks []token) []patEntry {
	if !slices.ContainsFunc(es, func(e patEntry) bool { return !casesOK(e, toks) }) {
		return es
	}
	var ok []patEntry
	for _, e := range es {
		if casesOK(e, toks) {
			ok = append(ok, e)
		}
	}
	return ok
}

func casesOK(e patEntry, toks []token) bool {
	for k, c := range e.cases {
		if !caseOK(toks[k], c) {
			return false
		}
	}
	return true
}
