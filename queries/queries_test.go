package queries

import (
	"strings"
	"testing"
)

func TestLibraryParses(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) < 5 {
		t.Fatalf("library has %d queries", len(all))
	}
	for _, q := range all {
		for _, p := range q.Params {
			if !strings.Contains(q.Text, "$"+p.Name) {
				t.Errorf("%s declares %s but never uses $%s", q.Name, p.Name, p.Name)
			}
		}
	}
}

func TestBind(t *testing.T) {
	q, err := Get("visits-in-year")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      map[string]string
		want    any
		wantErr string
	}{
		{"default", nil, int64(2024), ""},
		{"override", map[string]string{"year": "2023"}, int64(2023), ""},
		{"bad type", map[string]string{"year": "last"}, nil, "not an integer"},
		{"unknown", map[string]string{"yr": "2023"}, nil, `no parameter "yr"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Bind(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got["year"] != tt.want {
				t.Errorf("Bind = %v, %v; want year=%v", got, err, tt.want)
			}
		})
	}
	if _, err := Get("nope"); err == nil || !strings.Contains(err.Error(), "visits-in-year") {
		t.Errorf("Get(nope) = %v, want the list of names", err)
	}
}
