package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
)

// metaFlags is article metadata given on the command line. Set fields
// override a sidecar file's; the rest are taken from it.
type metaFlags struct {
	id, url, title, published, language string
}

// articleMeta is the metadata of a sidecar NAME.meta.json or a JSON line.
type articleMeta struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Text      string `json:"text"`
}

// inputError is one input that could not be read; the others go on.
type inputError struct {
	Source string // file name, "-" for standard input
	Line   int    // JSON lines only
	Err    error
}

func (e *inputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *inputError) Unwrap() error { return e.Err }

// loadArticles reads every path in order (files, folders recursively, "-"
// for stdin) and calls emit with each article or with an *inputError. Plain
// files are one article each; .jsonl files hold one article per line.
//
// It stops early when ctx ends, reporting that once as an error.
func loadArticles(ctx context.Context, paths []string, m metaFlags, stdin io.Reader, emit func(extract.Article, error)) {
	for _, p := range paths {
		if ctx.Err() != nil {
			emit(extract.Article{}, &inputError{Source: p, Err: ctx.Err()})
			return
		}
		if p == "-" {
			b, err := readAll(ctx, stdin)
			if err != nil {
				emit(extract.Article{}, &inputError{Source: "-", Err: err})
				if ctx.Err() != nil {
					return
				}
				continue
			}
			if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
				readJSONLines("-", bytes.NewReader(b), m, emit)
			} else {
				readText("-", b, nil, m, emit)
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			emit(extract.Article{}, &inputError{Source: p, Err: pathError(err)})
			continue
		}
		if !info.IsDir() {
			readFile(p, m, emit)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				emit(extract.Article{}, &inputError{Source: path, Err: pathError(err)})
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if path != p && strings.HasPrefix(name, ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".meta.json") || !d.Type().IsRegular() {
				return nil
			}
			files = append(files, path)
			return nil
		})
		if err != nil {
			emit(extract.Article{}, &inputError{Source: p, Err: err})
		}
		sort.Strings(files)
		for _, f := range files {
			if ctx.Err() != nil {
				emit(extract.Article{}, &inputError{Source: f, Err: ctx.Err()})
				return
			}
			readFile(f, m, emit)
		}
	}
}

// readAll reads r to the end, or gives up when ctx ends (a terminal's
// standard input may never end). The abandoned read ends with the process.
func readAll(ctx context.Context, r io.Reader) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	ch := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(r)
		ch <- result{b, err}
	}()
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case res := <-ch:
		return res.b, res.err
	}
}

func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, m metaFlags, emit func(extract.Article, error)) {
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			emit(extract.Article{}, &inputError{Source: path, Err: pathError(err)})
			return
		}
		defer f.Close()
		readJSONLines(path, f, m, emit)
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		emit(extract.Article{}, &inputError{Source: path, Err: pathError(err)})
		return
	}
	var side *articleMeta
	sidecar := strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json"
	if sb, err := os.ReadFile(sidecar); err == nil {
		side = &articleMeta{}
		dec := json.NewDecoder(bytes.NewReader(sb))
		dec.DisallowUnknownFields()
		if err := dec.Decode(side); err != nil {
			emit(extract.Article{}, &inputError{Source: sidecar, Err: fmt.Errorf("malformed metadata: %v", err)})
			return
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		emit(extract.Article{}, &inputError{Source: sidecar, Err: pathError(err)})
		return
	}
	if side == nil {
		side = &articleMeta{}
	} else if _, err := toArticle(*side, m); err != nil {
		// The mistake is in the sidecar: name it.
		emit(extract.Article{}, &inputError{Source: sidecar, Err: err})
		return
	}
	if side.ID == "" {
		side.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	readText(path, b, side, m, emit)
}

// checkText refuses what is not an article: binary data, invalid UTF-8,
// nothing but white space.
func checkText(b []byte) error {
	if bytes.IndexByte(b, 0) >= 0 {
		return errors.New("binary file (NUL bytes), not an article")
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("not UTF-8 text (invalid byte at offset %d); convert it with iconv first", off)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return errors.New("empty file, no text to read")
	}
	return nil
}

func readText(source string, b []byte, side *articleMeta, m metaFlags, emit func(extract.Article, error)) {
	if err := checkText(b); err != nil {
		emit(extract.Article{}, &inputError{Source: source, Err: err})
		return
	}
	if side == nil {
		side = &articleMeta{ID: "stdin"}
	}
	side.Text = strings.TrimPrefix(string(b), "\ufeff")
	a, err := toArticle(*side, m)
	if err != nil {
		emit(extract.Article{}, &inputError{Source: source, Err: err})
		return
	}
	emit(a, nil)
}

func readJSONLines(source string, r io.Reader, m metaFlags, emit func(extract.Article, error)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var am articleMeta
		if !utf8.Valid(b) {
			emit(extract.Article{}, &inputError{Source: source, Line: line, Err: errors.New("not UTF-8 text")})
			continue
		}
		if err := json.Unmarshal(b, &am); err != nil {
			emit(extract.Article{}, &inputError{Source: source, Line: line, Err: fmt.Errorf("malformed JSON: %v", err)})
			continue
		}
		if strings.TrimSpace(am.Text) == "" {
			emit(extract.Article{}, &inputError{Source: source, Line: line, Err: errors.New(`no "text"`)})
			continue
		}
		if am.ID == "" {
			emit(extract.Article{}, &inputError{Source: source, Line: line, Err: errors.New(`no "id"`)})
			continue
		}
		a, err := toArticle(am, metaFlags{url: m.url, title: m.title, published: m.published, language: m.language})
		if err != nil {
			emit(extract.Article{}, &inputError{Source: source, Line: line, Err: err})
			continue
		}
		emit(a, nil)
	}
	if err := sc.Err(); err != nil {
		emit(extract.Article{}, &inputError{Source: source, Line: line + 1, Err: err})
	}
}

func toArticle(am articleMeta, m metaFlags) (extract.Article, error) {
	pick := func(flag, meta string) string {
		if flag != "" {
			return flag
		}
		return meta
	}
	pub := pick(m.published, am.Published)
	d, err := extract.ParseDate(pub)
	if err != nil {
		return extract.Article{}, fmt.Errorf("published: %v", err)
	}
	if pub != "" && len(d.String()) != len("2006-01-02") {
		return extract.Article{}, fmt.Errorf("published: %q is not a full date YYYY-MM-DD", pub)
	}
	lang := pick(m.language, am.Language)
	if lang != "" && lang != "ar" && lang != "en" {
		return extract.Article{}, fmt.Errorf("language: %q is not supported (ar or en)", lang)
	}
	return extract.Article{
		ID:        pick(m.id, am.ID),
		URL:       pick(m.url, am.URL),
		Title:     pick(m.title, am.Title),
		Published: d,
		Language:  lang,
		Text:      am.Text,
	}, nil
}
