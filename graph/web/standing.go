package web

import "fmt"

// parseArticlesOnly reads articles_only=, which leaves out the catalog's
// standing facts as 'entente query --articles-only' does: 1, true or on
// (a checked box) for yes; 0, false or nothing for no.
func parseArticlesOnly(v string) (bool, error) {
	switch v {
	case "1", "true", "on", "yes":
		return true, nil
	case "", "0", "false", "off", "no":
		return false, nil
	}
	return false, paramError{fmt.Sprintf("articles_only: want 1 or 0, got %q", v)}
}
