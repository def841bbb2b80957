// Package queries is the analysts' library of Cypher queries, one per
// .cypher file in this folder, embedded in the binary.
//
// Each file starts with a header of comment lines:
//
//	// name: partners-of
//	// description: one sentence for 'diplograph query list'
//	// param: NAME TYPE DEFAULT description   (TYPE is string, int, float or bool)
//
// The query uses $NAME parameters only; values are never spliced into the
// text. Every query in the library only reads, which a test checks against a
// real Neo4j.
package queries

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.cypher
var files embed.FS

// Param is one declared parameter of a query.
type Param struct {
	Name        string
	Type        string // string, int, float or bool
	Default     string
	Description string
}

// Query is one query of the library.
type Query struct {
	Name        string
	Description string
	Params      []Param
	Text        string // the whole file, header included
}

// All returns the library sorted by name. It fails only when a file's header
// is malformed, which the package tests rule out.
func All() ([]Query, error) {
	ents, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var out []Query
	for _, e := range ents {
		b, err := files.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		q, err := parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("query %s: %w", e.Name(), err)
		}
		if q.Name+".cypher" != e.Name() {
			return nil, fmt.Errorf("query %s: header name %q does not match the file name", e.Name(), q.Name)
		}
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Get returns the query called name.
func Get(name string) (Query, error) {
	all, err := All()
	if err != nil {
		return Query{}, err
	}
	var names []string
	for _, q := range all {
		if q.Name == name {
			return q, nil
		}
		names = append(names, q.Name)
	}
	return Query{}, fmt.Errorf("no query %q; the library has: %s", name, strings.Join(names, ", "))
}

func parse(text string) (Query, error) {
	q := Query{Text: text}
	for _, line := range strings.Split(text, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "//")
		if !ok {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(rest), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "param":
			f := strings.Fields(val)
			if len(f) < 3 {
				return q, fmt.Errorf("param %q: want NAME TYPE DEFAULT [description]", val)
			}
			p := Param{Name: f[0], Type: f[1], Default: f[2], Description: strings.Join(f[3:], " ")}
			if _, err := p.Convert(p.Default); err != nil {
				return q, err
			}
			q.Params = append(q.Params, p)
		}
	}
	if q.Name == "" || q.Description == "" {
		return q, fmt.Errorf("header needs name and description")
	}
	return q, nil
}

// Convert parses a value given on the command line into the parameter's type.
func (p Param) Convert(v string) (any, error) {
	switch p.Type {
	case "string":
		return v, nil
	case "int":
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("param %s: %q is not an integer", p.Name, v)
		}
		return n, nil
	case "float":
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("param %s: %q is not a number", p.Name, v)
		}
		return f, nil
	case "bool":
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, fmt.Errorf("param %s: %q is not true or false", p.Name, v)
		}
		return b, nil
	}
	return nil, fmt.Errorf("param %s: unknown type %q (string, int, float, bool)", p.Name, p.Type)
}

// Bind builds the parameters of a run from name=value overrides, filling in
// defaults; it refuses names the query does not declare.
func (q Query) Bind(overrides map[string]string) (map[string]any, error) {
	out := map[string]any{}
	known := map[string]bool{}
	for _, p := range q.Params {
		known[p.Name] = true
		v := p.Default
		if o, ok := overrides[p.Name]; ok {
			v = o
		}
		x, err := p.Convert(v)
		if err != nil {
			return nil, err
		}
		out[p.Name] = x
	}
	for k := range overrides {
		if !known[k] {
			return nil, fmt.Errorf("query %s has no parameter %q", q.Name, k)
		}
	}
	return out, nil
}
