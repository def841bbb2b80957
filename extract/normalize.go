package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// script of a token.
type script uint8

const (
	scriptLatin script = iota + 1
	scriptArabic
	scriptDigit
)

// token is one word of the text, with its code point span and normalised form.
type token struct {
	start, end int // code points, end exclusive
	norm       string
	script     script
	upper      bool // Latin: first letter upper case
	allUpper   bool // Latin: every letter upper case
	num        int  // value of a digit token, -1 otherwise
	ndigits    int
	// punctAfter is the first non-space rune between this token and the next
	// (0 when none); it marks clause and sentence edges.
	punctAfter rune
	possessive bool // English: followed by 's, which tokenizing drops
}

func isArabicLetter(r rune) bool {
	return (r >= 0x0620 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || r == 0x06D5 ||
		(r >= 0x06FA && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) ||
		(r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// isArabicMark reports diacritics and tatweel, which normalisation drops.
func isArabicMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 || (r >= 0x06D6 && r <= 0x06ED)
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// foldArabic maps one normalised Arabic letter to its matching form.
func foldArabic(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ے':
		return 'ي'
	case 'ة', 'ۀ', 'ہ':
		return 'ه'
	case 'پ':
		return 'ب'
	case 'چ':
		return 'ج'
	case 'ژ':
		return 'ز'
	case 'گ', 'ک':
		return 'ك'
	case 'ڤ':
		return 'ف'
	}
	return r
}

// NormalizeArabic folds Arabic text to the form the gazetteer is matched in:
// presentation forms to letters (NFKC), no diacritics or tatweel, alef forms
// to bare alef, alef maksura to ya, ta marbuta to ha, Persian letters to their
// Arabic counterparts and Eastern Arabic digits to ASCII. Other runes pass
// through unchanged. It runs in time linear in len(s).
func NormalizeArabic(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = appendArabic(b, r)
	}
	return string(b)
}

func appendArabic(b []byte, r rune) []byte {
	if isArabicMark(r) {
		return b
	}
	if v := digitValue(r); v >= 0 {
		return append(b, byte('0'+v))
	}
	if r >= 0xFB50 && r <= 0xFEFF {
		for _, q := range norm.NFKC.String(string(r)) {
			b = appendArabic(b, q)
		}
		return b
	}
	return utf8.AppendRune(b, foldArabic(r))
}

// normalizeLatin lower-cases and strips accents ("Erdoğan" -> "erdogan").
func normalizeLatin(s string) string { return string(appendLatin(nil, []rune(s))) }

// appendLatin appends rs lower-cased and without accents to b. ASCII, the
// common case, needs no decomposition.
func appendLatin(b []byte, rs []rune) []byte {
	ascii := true
	for _, r := range rs {
		if r >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		for _, r := range rs {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		}
		return b
	}
	for _, r := range norm.NFD.String(string(rs)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// Tables for the runes below U+0700 (ASCII, Latin-1 and the Arabic block),
// which make up nearly all news text: the script of each and the form an
// Arabic-script rune normalises to (-1: dropped). Built once from classOf
// and appendArabic, so the two ways agree.
var (
	classTab [0x700]script
	foldTab  [0x700]rune
)

func init() {
	for r := rune(0); r < 0x700; r++ {
		classTab[r] = classOf(r)
		b := appendArabic(nil, r)
		switch {
		case len(b) == 0:
			foldTab[r] = -1
		default:
			q, _ := utf8.DecodeRune(b)
			foldTab[r] = q
		}
	}
}

// classFast is classOf through the table when it can.
func classFast(r rune) script {
	if r >= 0 && r < 0x700 {
		return classTab[r]
	}
	return classOf(r)
}

func classOf(r rune) script {
	if r < 0x80 {
		switch {
		case r >= '0' && r <= '9':
			return scriptDigit
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return scriptLatin
		}
		return 0
	}
	switch {
	case digitValue(r) >= 0:
		return scriptDigit
	case isArabicLetter(r) || isArabicMark(r):
		return scriptArabic
	case unicode.IsLetter(r):
		return scriptLatin
	}
	return 0
}

// tokenize splits text into tokens. A token is a run of letters of one
// script; Latin letters and ASCII digits stay together ("G20"); Arabic
// diacritics and tatweel stay inside Arabic words. An English possessive ('s)
// is dropped, and dotted initials ("U.S.") become one token.
func tokenize(text string) []token {
	var sc tokScratch
	return sc.tokenize(nil, []rune(text))
}

// tokScratch is memory a tokenizer reuses from one text to the next.
type tokScratch struct {
	buf  []byte  // the normalised forms, back to back
	ends []int32 // end of each token's form in buf
}

// tokenize is tokenize over text already decoded, reusing the memory of
// toks and sc. The normalised forms of all tokens are cut from sc's buffer
// itself, so that a text costs no allocation for them: they stay valid
// until sc tokenizes again, and nothing that outlives one text may keep
// one. (An extraction returns ids, names and evidence from the gazetteer
// and the text, never a normalised form; TestExtractConcurrent would see
// one change under it.)
func (sc *tokScratch) tokenize(toks []token, runes []rune) []token {
	toks = toks[:0]
	buf, ends := sc.buf[:0], sc.ends[:0]
	defer func() { sc.buf, sc.ends = buf, ends }()
	i := 0
	for i < len(runes) {
		c := classFast(runes[i])
		if c == 0 {
			// The first non-space rune after a token marks its clause
			// or sentence edge.
			if n := len(toks); n > 0 && toks[n-1].punctAfter == 0 && !unicode.IsSpace(runes[i]) {
				toks[n-1].punctAfter = runes[i]
			}
			i++
			continue
		}
		j := i + 1
		for j < len(runes) {
			d := classFast(runes[j])
			if d == c || (c == scriptLatin && d == scriptDigit && isASCII(runes[j])) ||
				(c == scriptDigit && d == scriptLatin && allASCIIDigits(runes[i:j])) {
				if c == scriptDigit && d == scriptLatin {
					c = scriptLatin
				}
				j++
				continue
			}
			break
		}
		// "OPEC+" keeps its plus.
		if j < len(runes) && runes[j] == '+' && c != scriptDigit && (j+1 == len(runes) || classOf(runes[j+1]) == 0) {
			j++
		}
		toks = append(toks, token{})
		buf = makeToken(&toks[len(toks)-1], runes[i:j], i, j, c, buf)
		ends = append(ends, int32(len(buf)))
		// English possessive: drop 's / ’s.
		if c == scriptLatin && j+1 < len(runes) && (runes[j] == '\'' || runes[j] == '’') &&
			(runes[j+1] == 's' || runes[j+1] == 'S') && (j+2 == len(runes) || classOf(runes[j+2]) == 0) {
			toks[len(toks)-1].possessive = true
			toks[len(toks)-1].punctAfter = runes[j]
			j += 2
		}
		i = j
	}
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	from := int32(0)
	for k := range toks {
		toks[k].norm = all[from:ends[k]]
		from = ends[k]
	}
	return mergeInitials(toks, runes)
}

func isASCII(r rune) bool { return r < 0x80 }

func allASCIIDigits(rs []rune) bool {
	for _, r := range rs {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// makeToken fills the fields of the zero token t and appends its normalised
// form to buf; the caller sets norm and punctAfter.
func makeToken(t *token, rs []rune, start, end int, c script, buf []byte) []byte {
	t.start, t.end, t.script, t.num = start, end, c, -1
	switch c {
	case scriptArabic:
		for _, r := range rs {
			if r >= 0 && r < 0x700 {
				if f := foldTab[r]; f >= 0 {
					buf = utf8.AppendRune(buf, f)
				}
				continue
			}
			buf = appendArabic(buf, r)
		}
	case scriptDigit:
		n := 0
		for _, r := range rs {
			if n < 1e8 {
				n = n*10 + digitValue(r)
			}
			buf = appendArabic(buf, r)
		}
		t.num, t.ndigits = n, len(rs)
	default:
		buf = appendLatin(buf, rs)
		t.upper = unicode.IsUpper(rs[0])
		t.allUpper = true
		for _, r := range rs {
			if unicode.IsLower(r) {
				t.allUpper = false
				break
			}
		}
	}
	return buf
}

// mergeInitials joins "U", ".", "S", "." into one token "US".
func mergeInitials(toks []token, runes []rune) []token {
	if !slices.ContainsFunc(toks, func(t token) bool { return isInitial(t, runes) }) {
		return toks
	}
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isInitial(t, runes) {
			j := i
			for j+1 < len(toks) && toks[j+1].start == toks[j].end+1 && isInitial(toks[j+1], runes) {
				j++
			}
			if j > i {
				m := t
				m.end = toks[j].end + 1
				var b strings.Builder
				for k := i; k <= j; k++ {
					b.WriteString(toks[k].norm)
				}
				m.norm = b.String()
				m.allUpper = true
				// The edge is after the last full stop, which the
				// token now holds.
				m.punctAfter = 0
				end := len(runes)
				if j+1 < len(toks) {
					end = toks[j+1].start
				}
				for _, r := range runes[m.end:end] {
					if !unicode.IsSpace(r) {
						m.punctAfter = r
						break
					}
				}
				out = append(out, m)
				i = j
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

func isInitial(t token, runes []rune) bool {
	return t.script == scriptLatin && t.end-t.start == 1 && t.allUpper && t.end < len(runes) && runes[t.end] == '.'
}

// sentence is a span of tokens [lo, hi) and of code points [start, end).
type sentence struct {
	lo, hi     int
	start, end int
}

// abbreviations after which a full stop does not end an English sentence.
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true, "prof": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true, "jr": true}

// splitSentences cuts the token stream at sentence-final punctuation
// (. ! ? ؟ …) and at line breaks.
func splitSentences(out []sentence, runes []rune, toks []token) []sentence {
	lo := 0
	for k := range toks {
		end := len(runes)
		if k+1 < len(toks) {
			end = toks[k+1].start
		}
		brk := k+1 == len(toks)
		for _, r := range runes[toks[k].end:end] {
			if r == '\n' || r == '!' || r == '?' || r == '؟' || r == '…' {
				brk = true
			}
			if r == '.' && !(toks[k].script == scriptLatin && abbreviations[toks[k].norm]) && toks[k].script != scriptDigit {
				brk = true
			}
			if r == '.' && toks[k].script == scriptDigit && (k+1 == len(toks) || toks[k+1].script != scriptDigit) {
				brk = true
			}
		}
		if brk {
			s := sentence{lo: lo, hi: k + 1, start: toks[lo].start, end: toks[k].end}
			// Keep the closing punctuation and quotes inside the evidence.
			for s.end < len(runes) && s.end < end && strings.ContainsRune(".!?؟…\"”’»)", runes[s.end]) {
				s.end++
			}
			// and an opening quote before the first word.
			for s.start > 0 && strings.ContainsRune("\"“«(", runes[s.start-1]) {
				s.start--
			}
			out = append(out, s)
			lo = k + 1
		}
	}
	return out
}

// detectLanguage returns "ar" when Arabic letters outnumber Latin ones, else "en".
func detectLanguage(toks []token) string {
	var ar, la int
	for _, t := range toks {
		switch t.script {
		case scriptArabic:
			ar += t.end - t.start
		case scriptLatin:
			la += t.end - t.start
		}
	}
	if ar > la {
		return "ar"
	}
	return "en"
}
