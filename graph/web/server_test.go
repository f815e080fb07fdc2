package web_test

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/graph/store/storetest"
	"github.com/entente/entente/graph/web"
)

// TestServerTimeouts checks that connections that trickle their headers
// or body, or idle, are closed.
func TestServerTimeouts(t *testing.T) {
	assets, err := web.FindAssets("")
	if err != nil {
		t.Fatal(err)
	}
	h, err := web.NewHandler(web.Config{Store: storetest.New(t), Assets: assets,
		ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 600 * time.Millisecond, IdleTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := h.Server()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	body := `g.V().All()`
	tests := []struct {
		name    string
		pieces  []string // sent one every 100ms
		answers bool     // whether a whole request gets through first
	}{
		{"trickled headers", strings.SplitAfter("POST /api/v1/query/gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1234567890123456789012345678901234567890\r\n", ""), false},
		{"trickled body", append([]string{"POST /api/v1/query/gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"}, strings.Split(strings.Repeat(" ", 100), "")...), false},
		{"idle after a request", []string{"POST /api/v1/query/gizmo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 11\r\n\r\n" + body}, true},
	}
	for _, tt := range tests {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		closed := make(chan string, 1)
		go func() {
			r := bufio.NewReader(c)
			var got strings.Builder
			for {
				line, err := r.ReadString('\n')
				got.WriteString(line)
				if err != nil {
					closed <- got.String()
					return
				}
			}
		}()
		go func() {
			for _, p := range tt.pieces {
				if _, err := c.Write([]byte(p)); err != nil {
					return
				}
				time.Sleep(100 * time.Millisecond)
			}
		}()
		select {
		case got := <-closed:
			if took := time.Since(start); took > 3*time.Second {
				t.Errorf("%s: closed after %v", tt.name, took)
			}
			if answered := strings.Contains(got, "200 OK"); answered != tt.answers {
				t.Errorf("%s: answered %v, want %v:\n%s", tt.name, answered, tt.answers, got)
			}
		case <-time.After(5 * time.Second):
			t.Errorf("%s: the connection is still open after 5s", tt.name)
		}
		c.Close()
	}
}
