package main

import (
	"reflect"
	"testing"
)

func TestParseParams(t *testing.T) {
	tests := []struct {
		name    string
		in      []string
		want    map[string]any
		wantErr bool
	}{
		{"string", []string{"country=RU"}, map[string]any{"country": "RU"}, false},
		{"int", []string{"year=2024"}, map[string]any{"year": int64(2024)}, false},
		{"float", []string{"w=0.5"}, map[string]any{"w": 0.5}, false},
		{"bool", []string{"x=true"}, map[string]any{"x": true}, false},
		{"list", []string{`ids=["RU","CN"]`}, map[string]any{"ids": []any{"RU", "CN"}}, false},
		{"equals in value", []string{"q=a=b"}, map[string]any{"q": "a=b"}, false},
		{"quoted number stays string", []string{`code="042"`}, map[string]any{"code": "042"}, false},
		{"no equals", []string{"year"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseParams(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %#v, want %#v", got, tt.want)
			}
		})
	}
}
