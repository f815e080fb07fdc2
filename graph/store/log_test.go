package store

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/clog"
)

// TestLogHidesPasswords: what Cayley logs reaches standard error without
// the password of any URL in it.
func TestLogHidesPasswords(t *testing.T) {
	var buf bytes.Buffer
	old := logOutput
	logOutput = &buf
	defer func() { logOutput = old }()
	clog.Errorf("Couldn't open database at %s: %v", "postgres://kg:s3cret@db.example:5432/kg?sslmode=disable", "refused")
	clog.Warningf("retrying postgresql://admin:p%%40ss@10.0.0.1/x")
	out := buf.String()
	if strings.Contains(out, "s3cret") || strings.Contains(out, "p%40ss") || !strings.Contains(out, "postgres://kg:xxxxx@db.example:5432/kg") {
		t.Errorf("Cayley's log = %q; want the URLs without their passwords", out)
	}
	if got := Redact("cockroach://root@host:26257/db and http://a:b@c/d"); got != "cockroach://root@host:26257/db and http://a:xxxxx@c/d" {
		t.Errorf("Redact = %q", got)
	}
}
