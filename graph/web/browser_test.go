//go:build slow

package web_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/entente/entente/queries"
)

// browser starts Debian's headless Chromium for one test. The tests need a
// real browser; .ci/run installs it.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		var err error
		if path, err = exec.LookPath("chromium"); err != nil {
			t.Fatal("the browser tests need Debian's chromium (apt-get install chromium) or $CHROMIUM")
		}
	}
	// A fresh profile, removed once the browser has exited (t.TempDir would
	// race Chromium's last writes).
	profile, err := os.MkdirTemp("", "entente-chromium")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		chromedp.Cancel(ctx)
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(profile)
	})
	return ctx
}

// TestBrowserQueryEditor pastes a canned query into Cayley's query editor,
// runs it, and reads the rendered result.
func TestBrowserQueryEditor(t *testing.T) {
	srv, _ := newServer(t)
	ctx := browser(t)
	q, _ := queries.Lookup("supporters")
	program := q.Program(map[string]string{"entity": "<entity:bashar-al-assad>"})
	var output string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(".CodeMirror", chromedp.ByQuery),
		chromedp.Evaluate(`editor.setValue(`+jsString(program)+`); true`, nil),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`output_editor.getValue().indexOf('"result"') >= 0 || output_editor.getValue().indexOf('"error"') >= 0`, nil),
		chromedp.Evaluate(`output_editor.getValue()`, &output),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"entity": "Russia"`, `"predicate": "supports"`, `"source": "<entity:russia>"`} {
		if !strings.Contains(output, want) {
			t.Errorf("query editor output lacks %s:\n%s", want, output)
		}
	}
}

// TestBrowserCannedForm submits the supporters form of /canned and reads the
// answer table.
func TestBrowserCannedForm(t *testing.T) {
	srv, _ := newServer(t)
	ctx := browser(t)
	var table, editorCode string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/canned"),
		chromedp.WaitVisible(`#form-supporters input[name="entity"]`, chromedp.ByQuery),
		chromedp.SendKeys(`#form-supporters input[name="entity"]`, "assad", chromedp.ByQuery),
		chromedp.Submit(`#form-supporters`, chromedp.ByQuery),
		chromedp.WaitVisible(`#answer`, chromedp.ByID),
		chromedp.Text(`#answer`, &table, chromedp.ByID),
		// The link opens the same query in Cayley's editor, parameters filled in.
		chromedp.Click(`#open-editor`, chromedp.ByID),
		chromedp.WaitVisible(".CodeMirror", chromedp.ByQuery),
		chromedp.Evaluate(`editor.getValue()`, &editorCode),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"entity", "Russia", "supports", "a.txt"} {
		if !strings.Contains(table, want) {
			t.Errorf("answer table lacks %q:\n%s", want, table)
		}
	}
	if !strings.Contains(editorCode, `var p = {"entity":"<entity:bashar-al-assad>"};`) || !strings.Contains(editorCode, "// Name: supporters") {
		t.Errorf("query editor did not receive the query with its parameters:\n%.300s", editorCode)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return `"` + r.Replace(s) + `"`
}

// TestBrowserVisualize runs a canned query on Cayley's Visualize page and
// checks that the graph was drawn with the query's nodes and labels.
func TestBrowserVisualize(t *testing.T) {
	srv, _ := newServer(t)
	ctx := browser(t)
	q, _ := queries.Lookup("supporters")
	program := q.Program(map[string]string{"entity": "<entity:bashar-al-assad>"})
	var labels []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/ui/visualize"),
		chromedp.WaitVisible(".CodeMirror", chromedp.ByQuery),
		chromedp.Evaluate(`editor.setValue(`+jsString(program)+`); true`, nil),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`window.sigmaGraph !== undefined && sigmaGraph.graph.nodes().length > 0`, nil),
		chromedp.Evaluate(`sigmaGraph.graph.nodes().map(function (n) { return n.label; }).sort()`, &labels),
	)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(labels, "|") != "Bashar al-Assad|Russia" {
		t.Errorf("Visualize drew nodes %q; want Bashar al-Assad and Russia", labels)
	}
}
