package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// cayleyModule is the module whose version 'entente version' reports.
const cayleyModule = "github.com/cayleygraph/cayley"

// unknown stands for what the build did not record: a build with
// -buildvcs=false has no commit, and a test binary no module version.
const unknown = "unknown"

// buildVersion is what 'entente version' reports, read from the build
// information the Go toolchain stamps into the binary.
type buildVersion struct {
	Version  string // the main module's version, "(devel)" outside a tagged build
	Commit   string // the VCS revision, or unknown
	Time     string // the commit's time, or ""
	Modified bool   // the working tree had uncommitted changes
	Cayley   string // the version of Cayley linked in
	Go       string // the Go toolchain that built the binary
}

// readBuildVersion reads the version of the running binary.
func readBuildVersion() buildVersion {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return buildVersion{Version: unknown, Commit: unknown, Cayley: unknown, Go: runtime.Version()}
	}
	return versionOf(bi)
}

// versionOf extracts the version from build information; it is separate
// from readBuildVersion so that tests can hand it builds with and without
// VCS stamps.
func versionOf(bi *debug.BuildInfo) buildVersion {
	v := buildVersion{Version: bi.Main.Version, Commit: unknown, Cayley: unknown, Go: bi.GoVersion}
	if v.Version == "" {
		v.Version = unknown
	}
	if v.Go == "" {
		v.Go = runtime.Version()
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	for _, d := range bi.Deps {
		if d.Path != cayleyModule {
			continue
		}
		v.Cayley = d.Version
		if d.Replace != nil {
			v.Cayley += " => " + d.Replace.Path + " " + d.Replace.Version
		}
	}
	return v
}

// String is the text of 'entente version' and 'entente --version'.
func (v buildVersion) String() string {
	commit := v.Commit
	if commit != unknown {
		var extra []string
		if v.Time != "" {
			extra = append(extra, v.Time)
		}
		if v.Modified {
			extra = append(extra, "with uncommitted changes")
		}
		if len(extra) > 0 {
			commit += " (" + strings.Join(extra, ", ") + ")"
		}
	} else {
		commit += " (built without VCS information)"
	}
	return fmt.Sprintf("entente %s\ncommit  %s\ncayley  %s\ngo      %s\n", v.Version, commit, v.Cayley, v.Go)
}

type versionOptions struct {
	*globals
}

func newVersionCmd(g *globals) *cobra.Command {
	o := &versionOptions{globals: g}
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of entente and of the Cayley and Go it was built with",
		Long: `Version prints the version of the entente module, the commit it was built
from (unknown when the build recorded none, as with -buildvcs=false), the
version of Cayley linked in, and the Go toolchain that built it.
'entente --version' prints the same.`,
		Example: `  entente version`,
		Args:    cobra.NoArgs,
		RunE:    func(cmd *cobra.Command, args []string) error { return o.run(o.stdout) },
	}
}

func (o *versionOptions) run(w io.Writer) error {
	_, err := io.WriteString(w, readBuildVersion().String())
	return err
}
