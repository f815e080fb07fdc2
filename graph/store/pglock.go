package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// pgLockKey is the key of the PostgreSQL advisory lock that a writer of an
// Entente store holds for as long as it has the store open. Advisory locks
// belong to one database, so stores in other databases do not share it.
const pgLockKey int64 = 0x656e74656e7465 // "entente"

// lockPostgres takes the writer's lock of the store at loc, waiting up to
// lockWait for another writer to let it go. The lock lasts as long as the
// session it was taken in: the returned function ends it, and so does the
// end of the process, however it ends.
func lockPostgres(loc Location) (func(), error) {
	db, err := sql.Open("postgres", loc.Address)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", loc, err)
	}
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", loc, err)
	}
	release := func() { conn.Close(); db.Close() }
	for deadline := time.Now().Add(lockWait); ; time.Sleep(50 * time.Millisecond) {
		var ok bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", pgLockKey).Scan(&ok); err != nil {
			release()
			return nil, fmt.Errorf("lock %s for writing: %w", loc, err)
		}
		if ok {
			return release, nil
		}
		if time.Now().After(deadline) {
			release()
			return nil, &LockedError{Path: loc.String(), Write: true, Holder: "another writer (an 'entente load' or 'entente serve --writable')"}
		}
	}
}
