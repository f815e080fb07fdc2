//go:build !unix

package ingest

import "io/fs"

// fileID identifies a directory however it is reached; without Unix
// inodes, no loop is detected.
type fileID struct{}

func idOf(fs.FileInfo) (fileID, bool) { return fileID{}, false }
