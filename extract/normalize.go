package extract

import (
	"strings"
	"unicode"

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

// arabicFold maps one normalised Arabic letter to its matching form.
var arabicFold = map[rune]rune{
	'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
	'ى': 'ي', 'ی': 'ي', 'ے': 'ي',
	'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه',
	'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'گ': 'ك', 'ک': 'ك', 'ڤ': 'ف',
}

// NormalizeArabic folds Arabic text to the form the gazetteer is matched in:
// presentation forms to letters (NFKC), no diacritics or tatweel, alef forms
// to bare alef, alef maksura to ya, ta marbuta to ha, Persian letters to their
// Arabic counterparts and Eastern Arabic digits to ASCII. Other runes pass
// through unchanged. It runs in time linear in len(s).
func NormalizeArabic(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		appendArabic(&b, r)
	}
	return b.String()
}

func appendArabic(b *strings.Builder, r rune) {
	if isArabicMark(r) {
		return
	}
	if v := digitValue(r); v >= 0 {
		b.WriteByte(byte('0' + v))
		return
	}
	if r >= 0xFB50 && r <= 0xFEFF {
		for _, q := range norm.NFKC.String(string(r)) {
			appendArabic(b, q)
		}
		return
	}
	if f, ok := arabicFold[r]; ok {
		r = f
	}
	b.WriteRune(r)
}

// normalizeLatin lower-cases and strips accents ("Erdoğan" -> "erdogan").
func normalizeLatin(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func classOf(r rune) script {
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
	runes := []rune(text)
	var toks []token
	i := 0
	for i < len(runes) {
		c := classOf(runes[i])
		if c == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(runes) {
			d := classOf(runes[j])
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
		toks = append(toks, makeToken(runes[i:j], i, j, c))
		// English possessive: drop 's / ’s.
		if c == scriptLatin && j+1 < len(runes) && (runes[j] == '\'' || runes[j] == '’') &&
			(runes[j+1] == 's' || runes[j+1] == 'S') && (j+2 == len(runes) || classOf(runes[j+2]) == 0) {
			j += 2
		}
		i = j
	}
	toks = mergeInitials(toks, runes)
	for k := range toks {
		end := len(runes)
		if k+1 < len(toks) {
			end = toks[k+1].start
		}
		for _, r := range runes[toks[k].end:end] {
			if !unicode.IsSpace(r) {
				toks[k].punctAfter = r
				break
			}
		}
	}
	return toks
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

func makeToken(rs []rune, start, end int, c script) token {
	t := token{start: start, end: end, script: c, num: -1}
	s := string(rs)
	switch c {
	case scriptArabic:
		t.norm = NormalizeArabic(s)
	case scriptDigit:
		n := 0
		for _, r := range rs {
			if n < 1e8 {
				n = n*10 + digitValue(r)
			}
		}
		t.norm = NormalizeArabic(s)
		t.num, t.ndigits = n, len(rs)
	default:
		t.norm = normalizeLatin(s)
		t.upper = unicode.IsUpper(rs[0])
		t.allUpper = true
		for _, r := range rs {
			if unicode.IsLower(r) {
				t.allUpper = false
			}
		}
	}
	return t
}

// mergeInitials joins "U", ".", "S", "." into one token "US".
func mergeInitials(toks []token, runes []rune) []token {
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
func splitSentences(text string, toks []token) []sentence {
	runes := []rune(text)
	var out []sentence
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
