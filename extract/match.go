package extract

// match is one gazetteer or lexicon hit over tokens [lo, hi).
type match struct {
	lo, hi  int
	entries []patEntry
	clitic  string // Arabic proclitics stripped from the first token ("و", "ب", "لل", ...)
}

// candidate is one reading of a token with some proclitics removed.
type candidate struct {
	norm   string
	clitic string
}

// candidates lists the readings of an Arabic token: itself, then the
// remainders after stripping conjunction (و ف), preposition (ب ك ل) and the
// article's fusion with ل (لل -> ال), fewest letters stripped first. A
// remainder counts only when some pattern starts with it, so that a name
// that merely begins with one of these letters (بكين، لبنان) is not cut.
func (g *Gazetteer) candidates(t token, buf []candidate) []candidate {
	buf = append(buf[:0], candidate{norm: t.norm})
	if t.script != scriptArabic {
		return buf
	}
	r := []rune(t.norm)
	for _, conj := range []string{"", "و", "ف"} {
		cr := []rune(conj)
		if len(r) < len(cr)+2 || string(r[:len(cr)]) != conj {
			continue
		}
		rest := r[len(cr):]
		for _, prep := range []string{"", "ب", "ك", "ل"} {
			if conj == "" && prep == "" {
				continue
			}
			pr := []rune(prep)
			if len(rest) < len(pr)+2 || string(rest[:len(pr)]) != prep {
				continue
			}
			rem := string(rest[len(pr):])
			if g.first[rem] {
				buf = append(buf, candidate{norm: rem, clitic: conj + prep})
			}
			// ل + ال fuse to لل: للصين is ل + الصين.
			if prep == "ل" && len(rest) > 3 && rest[1] == 'ل' {
				if alt := "ا" + string(rest[1:]); g.first[alt] {
					buf = append(buf, candidate{norm: alt, clitic: conj + "لل"})
				}
			}
		}
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
func (g *Gazetteer) matchAll(toks []token) []match {
	var out []match
	var buf []candidate
	for i := 0; i < len(toks); {
		best := match{lo: i, hi: i}
		buf = g.candidates(toks[i], buf)
		for _, c := range buf {
			n := g.root.next[c.norm]
			for j := i; n != nil; {
				if ok := filterCases(n.entries, toks[i:j+1]); len(ok) > 0 && j+1 > best.hi {
					best = match{lo: i, hi: j + 1, entries: ok, clitic: c.clitic}
				}
				j++
				if j >= len(toks) || n.next == nil {
					break
				}
				n = n.next[toks[j].norm]
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

func filterCases(es []patEntry, toks []token) []patEntry {
	var ok []patEntry
	for _, e := range es {
		good := true
		for k, c := range e.cases {
			if !caseOK(toks[k], c) {
				good = false
				break
			}
		}
		if good {
			ok = append(ok, e)
		}
	}
	return ok
}
