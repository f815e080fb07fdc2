//go:build slow

package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeHostile sends the programs of issue 13 to the built server,
// on every Gizmo endpoint: string doubling and a push loop must end with
// a JSON error naming the memory budget, the server must answer the next
// query, and its peak resident memory stays within a few times its
// budget (the peak is logged); an endless loop in flight does not hold
// up SIGTERM. (The time limit and a client leaving are tested in
// graph/web.)
func TestServeHostile(t *testing.T) {
	db, bin := bundledStore(t), filepath.Join(binDir, "entente")
	addr := freeAddr(t)
	const budgetMiB = 256
	var stderr bytes.Buffer
	srv := exec.Command(bin, "serve", "--db", db, "--addr", addr, "--timeout", "60s", "--max-memory", fmt.Sprint(budgetMiB))
	srv.Stderr = &stderr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()
	url := "http://" + addr
	post := func(path, program string) (int, string) {
		resp, err := (&http.Client{Timeout: 50 * time.Second}).Post(url+path, "text/plain", strings.NewReader(program))
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	small := `g.V("<entity:russia>").Out("<name>").All()`
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(50 * time.Millisecond) {
		if code, _ := post("/api/v1/query/gizmo", small); code == 200 {
			break
		}
	}
	programs := []struct{ name, program, want string }{
		{"string doubling", `var s = "x"; for (var i = 0; i < 40; i++) { s = s + s }`, "memory budget of 256 MiB"},
		{"push loop", `var k = new Array(1024).join("k"); var a = []; while (true) { a.push(k + a.length) }`, "memory budget of 256 MiB"},
	}
	for _, p := range programs {
		for _, path := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"} {
			start := time.Now()
			code, body := post(path, p.program)
			if code < 500 || !strings.Contains(body, p.want) {
				t.Errorf("%s on %s = %d %.200s; want an error saying %q", p.name, path, code, body, p.want)
			}
			rss := peakRSS(t, srv.Process.Pid)
			t.Logf("%s on %s: %d after %v; server's peak RSS so far %d MiB", p.name, path, code, time.Since(start).Round(time.Millisecond), rss>>20)
			if code, body := post("/api/v1/query/gizmo", small); code != 200 || !strings.Contains(body, "Russia") {
				t.Fatalf("after %s on %s the server answers %d %.200s\n%s", p.name, path, code, body, stderr.String())
			}
		}
	}
	if rss := peakRSS(t, srv.Process.Pid); rss > 4*budgetMiB<<20 {
		t.Errorf("the server's peak RSS was %d MiB with a budget of %d MiB", rss>>20, budgetMiB)
	}

	go post("/api/v1/shape/gizmo", `while (true) {}`)
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	srv.Process.Signal(syscall.SIGTERM)
	if err := srv.Wait(); err != nil {
		t.Errorf("serve exited with %v after SIGTERM\n%s", err, stderr.String())
	}
	took := time.Since(start)
	t.Logf("SIGTERM with an endless program in flight: stopped in %v", took.Round(time.Millisecond))
	if took > 10*time.Second {
		t.Errorf("SIGTERM took %v with an endless program in flight; the grace period is 3s", took)
	}
}

// peakRSS reads the peak resident set size of process pid (VmHWM).
func peakRSS(t *testing.T, pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc/PID/status")
	return 0
}
