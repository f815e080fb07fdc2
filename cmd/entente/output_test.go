package main

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	got := wrap("Who are the envoys, whom do they represent and where are they posted?", 30)
	want := []string{"Who are the envoys, whom do", "they represent and where are", "they posted?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrap = %q, want %q", got, want)
	}
}

func TestCountOf(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "0 entities"}, {1, "1 entity"}, {27, "27 entities"}} {
		if got := countOf(tt.n, "entity", "entities"); got != tt.want {
			t.Errorf("countOf(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
