//go:build slow

package web_test

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
	// The parameter line as queries.Program writes it, whatever its spacing
	// or the options it adds after the entity.
	decl := regexp.MustCompile(`(?m)^var p = \{"entity": ?"<entity:bashar-al-assad>"[,}]`)
	if !decl.MatchString(editorCode) || !strings.Contains(editorCode, "// Name: supporters") {
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

// TestBrowserLanding opens the UI as a first-time visitor: an Entente
// header with the store's counts and a link to the canned questions, and
// an example query in the editor that runs. The page is saved as
// docs/landing.png for the README.
func TestBrowserLanding(t *testing.T) {
	srv := bundledServer(t)
	ctx := browser(t)
	var header, counts, canned, code, output string
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 800),
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(".CodeMirror", chromedp.ByQuery),
		chromedp.Text("#entente-header h1", &header, chromedp.ByQuery),
		chromedp.Text("#entente-counts", &counts, chromedp.ByID),
		chromedp.AttributeValue("#entente-canned", "href", &canned, nil, chromedp.ByID),
		chromedp.Evaluate(`editor.getValue()`, &code),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`output_editor.getValue().indexOf('"result"') >= 0 || output_editor.getValue().indexOf('"error"') >= 0`, nil),
		chromedp.Evaluate(`output_editor.getValue()`, &output),
		chromedp.Evaluate(`stopAndReset(); true`, nil), // a still logo for the picture
		chromedp.FullScreenshot(&png, 100),
	)
	if err != nil {
		t.Fatal(err)
	}
	if header != "Entente" {
		t.Errorf("header = %q; want Entente", header)
	}
	if !strings.Contains(counts, "5 articles") || !strings.Contains(counts, "facts stated") {
		t.Errorf("counts = %q; want the bundled store's", counts)
	}
	if canned != "/canned" {
		t.Errorf("canned link = %q", canned)
	}
	if !strings.Contains(code, `.Out(["<supports>", "<allied-with>"], "predicate")`) {
		t.Errorf("the editor opens on %q; want Entente's example", code)
	}
	for _, want := range []string{`"source_label": "Russia"`, `"target_label": "Bashar al-Assad"`, `"predicate": "<supports>"`} {
		if !strings.Contains(output, want) {
			t.Errorf("the example's output lacks %s:\n%.500s", want, output)
		}
	}
	if len(png) < 1000 || string(png[1:4]) != "PNG" {
		t.Fatalf("the screenshot is not a PNG image (%d bytes)", len(png))
	}
	// The README's picture is refreshed on request, so that a test run
	// leaves the source tree as it was: go test -tags slow ./graph/web -run TestBrowserLanding -update
	if *update {
		if err := os.WriteFile("../../docs/landing.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var update = flag.Bool("update", false, "rewrite docs/landing.png from the landing page's screenshot")

// TestBrowserVisualizeLabels runs the editor's example on Visualize: each
// edge is labelled with the predicate the query tagged, and once the
// layout has settled every node is inside the visible drawing.
func TestBrowserVisualizeLabels(t *testing.T) {
	srv := bundledServer(t)
	ctx := browser(t)
	var labels []string
	var outside []string
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 800),
		chromedp.Navigate(srv.URL+"/ui/visualize"),
		chromedp.WaitVisible(".CodeMirror", chromedp.ByQuery),
		chromedp.Click("#run_button", chromedp.ByID),
		chromedp.Poll(`window.ententeSettled === true`, nil),
		chromedp.Evaluate(`sigmaGraph.graph.edges().map(function (e) { return e.label || ""; })`, &labels),
		chromedp.Evaluate(`(function () {
			var box = document.getElementById("visualize").getBoundingClientRect();
			var p = sigmaGraph.renderers[0].options.prefix;
			var out = [];
			if (box.bottom > window.innerHeight) { out.push("the drawing ends below the window"); }
			sigmaGraph.graph.nodes().forEach(function (n) {
				if (n[p + "x"] < 0 || n[p + "x"] > box.width || n[p + "y"] < 0 || n[p + "y"] > box.height) { out.push(n.label); }
			});
			return out;
		})()`, &outside),
		chromedp.FullScreenshot(&png, 100),
	)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, l := range labels {
		counts[l]++
	}
	if len(labels) == 0 || counts["supports"] == 0 || counts["allied-with, supports"] == 0 || counts[""] != 0 {
		t.Errorf("edge labels = %q; want supports and allied-with on every edge", labels)
	}
	if len(outside) > 0 {
		t.Errorf("off the drawing after the layout settled: %q", outside)
	}
	if dir := os.Getenv("ENTENTE_SCREENSHOTS"); dir != "" { // to look at it
		os.WriteFile(filepath.Join(dir, "visualize.png"), png, 0o644)
	}
}
