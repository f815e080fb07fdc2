package main

import (
	"bytes"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeShutdown starts the built binary's server, queries it, and stops
// it with SIGTERM: it must exit 0, saying so, with an access-log line for
// each request on standard error.
func TestServeShutdown(t *testing.T) {
	db, bin := bundledStore(t), filepath.Join(binDir, "entente")
	addr := freeAddr(t)

	var stdout, stderr bytes.Buffer
	srv := exec.Command(bin, "serve", "--db", db, "--addr", addr)
	srv.Stdout, srv.Stderr = &stdout, &stderr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()

	url := "http://" + addr
	var resp *http.Response
	var err error
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(50 * time.Millisecond) {
		if resp, err = http.Get(url + "/api/canned/roles?entity=Shamkhani"); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("server did not answer: %v\n%s", err, stderr.String())
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET roles = %d", resp.StatusCode)
	}

	if err := srv.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve exited with %v after SIGTERM\n%s", err, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("serve did not stop within 15s of SIGTERM\n%s", stderr.String())
	}
	for _, want := range []string{"GET /api/canned/roles?entity=Shamkhani 200", "shutting down"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), "Web UI:          "+url+"/") {
		t.Errorf("stdout does not give the UI's address:\n%s", stdout.String())
	}
}

// TestServeExposure starts the server on every interface: it must warn
// who can reach the store, answer for the names it was given, and refuse
// other names.
func TestServeExposure(t *testing.T) {
	db, bin := bundledStore(t), filepath.Join(binDir, "entente")
	_, port, _ := net.SplitHostPort(freeAddr(t))

	var stderr bytes.Buffer
	srv := exec.Command(bin, "serve", "--db", db, "--addr", "0.0.0.0:"+port, "--allow-host", "kg.test")
	var stdout bytes.Buffer
	srv.Stdout, srv.Stderr = &stdout, &stderr
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()

	get := func(host string) int {
		req, _ := http.NewRequest("GET", "http://127.0.0.1:"+port+"/api/canned/roles?entity=Shamkhani", nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for start := time.Now(); get("127.0.0.1:"+port) == 0 && time.Since(start) < 20*time.Second; time.Sleep(50 * time.Millisecond) {
	}
	for host, want := range map[string]int{"127.0.0.1:" + port: 200, "localhost:" + port: 200, "kg.test:" + port: 200, "evil.example:" + port: 403} {
		if got := get(host); got != want {
			t.Errorf("GET with Host %s = %d; want %d", host, got, want)
		}
	}
	srv.Process.Signal(syscall.SIGTERM)
	srv.Wait()
	if !strings.Contains(stdout.String(), "Web UI:          http://127.0.0.1:"+port+"/") {
		t.Errorf("stdout does not give an address to open:\n%s", stdout.String())
	}
	for _, want := range []string{"warning: listening on every interface", "port " + port + ", not on loopback", "read every fact", "--addr 127.0.0.1:" + port} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}

// bundledStore loads the bundled articles with the built binary into a new
// bolt store and returns its path.
func bundledStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	if out, err := exec.Command(filepath.Join(binDir, "entente"), "load", "-q", "--db", db, "../../data/articles").CombinedOutput(); err != nil {
		t.Fatalf("load: %v\n%s", err, out)
	}
	return db
}

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
