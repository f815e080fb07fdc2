package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionOf(t *testing.T) {
	deps := []*debug.Module{
		{Path: "github.com/boltdb/bolt", Version: "v1.3.1"},
		{Path: cayleyModule, Version: "v0.7.7"},
	}
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want []string
	}{
		{
			name: "a build from a clean checkout",
			bi: debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.3.0"}, Deps: deps,
				Settings: []debug.BuildSetting{
					{Key: "vcs", Value: "git"},
					{Key: "vcs.revision", Value: "a996466f00d"},
					{Key: "vcs.time", Value: "2026-12-05T07:00:00Z"},
					{Key: "vcs.modified", Value: "false"},
				}},
			want: []string{"entente v0.3.0\n", "commit  a996466f00d (2026-12-05T07:00:00Z)\n", "cayley  v0.7.7\n", "go      go1.26.8\n"},
		},
		{
			name: "a build with local changes",
			bi: debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Deps: deps,
				Settings: []debug.BuildSetting{
					{Key: "vcs.revision", Value: "a996466f00d"},
					{Key: "vcs.modified", Value: "true"},
				}},
			want: []string{"entente (devel)\n", "commit  a996466f00d (with uncommitted changes)\n"},
		},
		{
			// .ci/run builds with -buildvcs=false: no vcs settings at all.
			name: "a build without VCS stamps",
			bi:   debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Deps: deps},
			want: []string{"entente (devel)\n", "commit  unknown (built without VCS information)\n", "cayley  v0.7.7\n"},
		},
		{
			name: "a build that links no Cayley",
			bi:   debug.BuildInfo{GoVersion: "go1.26.8"},
			want: []string{"entente unknown\n", "cayley  unknown\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := versionOf(&tt.bi).String()
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("version text lacks %q:\n%s", w, got)
				}
			}
		})
	}
}
