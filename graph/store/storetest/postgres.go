package storetest

import (
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// PostgresBin is where Debian's PostgreSQL 15 keeps its server programs;
// $PGBIN overrides it.
const PostgresBin = "/usr/lib/postgresql/15/bin"

var pg struct {
	sync.Mutex
	dir  string
	port int
	runs []string // prefix that runs a command as the server's owner
	err  error
	dbs  int
}

// Postgres returns the URL of a new, empty database in a real PostgreSQL
// server that the first call starts in a temporary directory. The server
// lasts until StopPostgres, which a package's TestMain calls. As root the
// server runs as the postgres user, since initdb refuses root.
func Postgres(tb testing.TB) string {
	tb.Helper()
	pg.Lock()
	defer pg.Unlock()
	if pg.dir == "" && pg.err == nil {
		pg.err = startPostgres()
	}
	if pg.err != nil {
		tb.Fatalf("start PostgreSQL: %v", pg.err)
	}
	pg.dbs++
	name := fmt.Sprintf("entente_%d", pg.dbs)
	admin, err := sql.Open("postgres", pgURL("postgres"))
	if err != nil {
		tb.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		tb.Fatalf("create database %s: %v", name, err)
	}
	return pgURL(name)
}

func pgURL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", pg.port, db)
}

func startPostgres() error {
	bin := binDir()
	if _, err := os.Stat(filepath.Join(bin, "initdb")); err != nil {
		return fmt.Errorf("no PostgreSQL server programs in %s (apt-get install postgresql-15, or set $PGBIN): %v", bin, err)
	}
	dir, err := os.MkdirTemp("", "entente-pg")
	if err != nil {
		return err
	}
	if u, err := user.Current(); err == nil && u.Uid == "0" {
		owner, err := user.Lookup("postgres")
		if err != nil {
			return fmt.Errorf("running as root, PostgreSQL needs the postgres user: %v", err)
		}
		uid, _ := strconv.Atoi(owner.Uid)
		gid, _ := strconv.Atoi(owner.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			return err
		}
		pg.runs = []string{"runuser", "-u", "postgres", "--"}
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	data := filepath.Join(dir, "data")
	run := func(name string, args ...string) error {
		full := append(append([]string{}, pg.runs...), append([]string{filepath.Join(bin, name)}, args...)...)
		out, err := exec.Command(full[0], full[1:]...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %v\n%s", name, err, out)
		}
		return nil
	}
	if err := run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"); err != nil {
		os.RemoveAll(dir)
		return err
	}
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", port, dir)
	if err := run("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "-t", "60", "start"); err != nil {
		os.RemoveAll(dir)
		return err
	}
	pg.dir, pg.port = dir, port
	// Wait until it accepts queries, not only connections.
	db, err := sql.Open("postgres", pgURL("postgres"))
	if err != nil {
		return err
	}
	defer db.Close()
	for start := time.Now(); ; time.Sleep(100 * time.Millisecond) {
		if err = db.Ping(); err == nil || time.Since(start) > 30*time.Second {
			return err
		}
	}
}

// StopPostgres stops the server Postgres started, if any, and removes its
// files.
func StopPostgres() {
	pg.Lock()
	defer pg.Unlock()
	if pg.dir == "" {
		return
	}
	args := append(append([]string{}, pg.runs...), filepath.Join(binDir(), "pg_ctl"), "-D", filepath.Join(pg.dir, "data"), "-m", "immediate", "-w", "stop")
	exec.Command(args[0], args[1:]...).Run()
	os.RemoveAll(pg.dir)
	pg.dir = ""
}

func binDir() string {
	if bin := os.Getenv("PGBIN"); bin != "" {
		return bin
	}
	return PostgresBin
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
