package extract

import (
	"strings"
	"testing"
)

func TestNormalizeArabic(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"diacritics", "بُوتِينُ", "بوتين"},
		{"tatweel", "الصـــين", "الصين"},
		{"alef forms", "أإآٱ", "اااا"},
		{"alef maksura", "موسى", "موسي"},
		{"ta marbuta", "القاهرة", "القاهره"},
		{"tanween", "غدًا", "غدا"},
		{"superscript alef", "هٰذا", "هذا"},
		{"presentation forms", "ﻻ", "لا"},
		{"persian letters", "شي جين پينغ", "شي جين بينغ"},
		{"eastern digits", "٢٠٢٤ و۱۹", "2024 و19"},
		{"latin untouched", "BRICS", "BRICS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NormalizeArabic(tt.in); got != tt.want {
				t.Errorf("NormalizeArabic(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"possessive", "Xi's visit", []string{"xi", "visit"}},
		{"curly possessive", "Russia’s partner", []string{"russia", "partner"}},
		{"hyphenated", "Sino-Russian ties", []string{"sino", "russian", "ties"}},
		{"initials", "the U.S. and the U.N.", []string{"the", "us", "and", "the", "un"}},
		{"letters and digits", "G20 and G-7", []string{"g20", "and", "g", "7"}},
		{"plus", "OPEC+ met", []string{"opec+", "met"}},
		{"arabic year suffix", "عام ٢٠٢٣م", []string{"عام", "2023", "م"}},
		{"accents", "Erdoğan", []string{"erdogan"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.in) {
				got = append(got, tok.norm)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenOffsetsAreCodePoints(t *testing.T) {
	text := "وصَلَ بوتين إلى بكين 🙂 on Wednesday"
	runes := []rune(text)
	for _, tok := range tokenize(text) {
		raw := string(runes[tok.start:tok.end])
		if tok.script == scriptArabic && NormalizeArabic(raw) != tok.norm {
			t.Errorf("span %d:%d = %q does not normalise to %q", tok.start, tok.end, raw, tok.norm)
		}
		if tok.script == scriptLatin && normalizeLatin(raw) != tok.norm {
			t.Errorf("span %d:%d = %q, token %q", tok.start, tok.end, raw, tok.norm)
		}
	}
}

func TestClitics(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		in     string
		wantID string
	}{
		{"بكين", "beijing"},      // starts with ب but is a name
		{"لبنان", "LB"},          // starts with ل but is a name
		{"ببكين", "beijing"},     // ب + بكين
		{"لبكين", "beijing"},     // ل + بكين
		{"وبكين", "beijing"},     // و + بكين
		{"للصين", "CN"},          // ل + الصين
		{"والصين", "CN"},         // و + الصين
		{"بالصين", "CN"},         // ب + الصين
		{"ولروسيا", "RU"},        // و + ل + روسيا
		{"كالأمم المتحدة", "UN"}, // ك + الأمم المتحدة
		{"الروسية", "RU"},        // adjective, feminine
		{"الصينيين", "CN"},       // adjective, plural
		{"بوتين", "vladimir-putin"},
		{"لبوتين", "vladimir-putin"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ms := g.matchAll(nil, tokenize(tt.in))
			if len(ms) != 1 {
				t.Fatalf("%d matches, want 1", len(ms))
			}
			found := false
			for _, e := range ms[0].entries {
				found = found || e.id == tt.wantID
			}
			if !found {
				t.Errorf("matched %v, want %s", ms[0].entries, tt.wantID)
			}
		})
	}
	// Words that merely begin with a proclitic letter stay unmatched.
	for _, w := range []string{"بكر", "لبن", "وكالة", "فرانس"} {
		if ms := g.matchAll(nil, tokenize(w)); len(ms) != 0 {
			t.Errorf("%q matched %v", w, ms[0].entries)
		}
	}
}

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}
