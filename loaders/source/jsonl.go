package source

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/entente/entente/loaders/when"
)

// record is one line of a JSON Lines source, in the shape news APIs and
// archive dumps use.
type record struct {
	ID        json.RawMessage `json:"id"` // a string or a number
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Published string          `json:"published"`
	Source    json.RawMessage `json:"source"` // a string, or an object with a name
	Text      *string         `json:"text"`
}

// readJSONL reads one article a line. An article is named by its id, else
// its URL, else "NAME#LINE". A line that cannot be read is an error naming
// the line; the others still count.
func readJSONL(r io.Reader, where, name string, max int64) ([]Article, []error) {
	var out []Article
	var errs []error
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := readLine(br, max)
		if errors.Is(err, io.EOF) && len(b) == 0 {
			break
		}
		at := fmt.Sprintf("%s:%d", where, line)
		if errors.Is(err, ErrTooLarge) {
			errs = append(errs, fmt.Errorf("%s: %w", at, err))
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return out, append(errs, fmt.Errorf("%s: %w", at, err))
		}
		if strings.TrimSpace(string(b)) == "" {
			continue
		}
		a, rerr := readRecord(b)
		if rerr != nil {
			errs = append(errs, fmt.Errorf("%s: %w", at, rerr))
			continue
		}
		a.Where = at
		if a.Name == "" {
			a.Name = fmt.Sprintf("%s#%d", name, line)
		}
		out = append(out, a)
		if err != nil { // io.EOF after a last line without "\n"
			break
		}
	}
	return out, errs
}

// readLine reads one line without its "\n". A line longer than max (when
// max > 0) is read through and reported as ErrTooLarge.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var b []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			b = append(b, chunk...)
			if max > 0 && int64(len(b)) > max+1 {
				tooLong, b = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		switch {
		case tooLong && (err == nil || errors.Is(err, io.EOF)):
			return nil, fmt.Errorf("%w: a line of more than %d bytes (raise --max-article-bytes to load it)", ErrTooLarge, max)
		case err != nil:
			return b, err
		}
		return b[:len(b)-1], nil
	}
}

// ReadRecord reads one line of a JSON Lines source that where names
// ("dump.jsonl:12"); name is the article's name when the line gives no id
// or URL.
func ReadRecord(line []byte, where, name string) (Article, error) {
	a, err := readRecord(line)
	if err != nil {
		return a, fmt.Errorf("%s: %w", where, err)
	}
	a.Where = where
	if a.Name == "" {
		a.Name = name
	}
	return a, nil
}

func readRecord(b []byte) (Article, error) {
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Article{}, fmt.Errorf("not a JSON object: %v", err)
	}
	if rec.Text == nil {
		return Article{}, errors.New(`no "text"`)
	}
	a := Article{Title: strings.TrimSpace(rec.Title), URL: strings.TrimSpace(rec.URL), Text: Normalize([]byte(*rec.Text))}
	if len(strings.TrimSpace(*rec.Text)) == 0 {
		return Article{}, errors.New(`"text" is empty`)
	}
	id, err := scalar(rec.ID)
	if err != nil {
		return Article{}, fmt.Errorf(`"id": %v`, err)
	}
	a.Name = first(id, a.URL)
	if a.Outlet, err = outlet(rec.Source); err != nil {
		return Article{}, fmt.Errorf(`"source": %v`, err)
	}
	if rec.Published != "" {
		if d, err := when.Parse(rec.Published); err != nil {
			a.Warnings = append(a.Warnings, fmt.Errorf(`"published": %v; the article is read without it`, err))
		} else {
			a.Published = d
		}
	}
	return a, nil
}

// scalar reads a JSON string or number as a string.
func scalar(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s), nil
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String(), nil
	}
	return "", errors.New("not a string or a number")
}

// outlet reads a source given as a name, or as an object with a name
// (NewsAPI's {"id": …, "name": …}).
func outlet(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s), nil
	}
	var o struct {
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &o) == nil {
		return strings.TrimSpace(o.Name), nil
	}
	return "", errors.New("not a name or an object with a name")
}
