package web

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// A server left running on a desk must not be reachable through the
// analyst's browser: a page on another site could post a Gizmo program to
// it (a cross-site request), or point a name of its own at 127.0.0.1 and
// read the answers (DNS rebinding). Requests that name another host, or
// that come from another site, are refused.

// loopbackNames are the names of this machine as seen from itself.
var loopbackNames = []string{"localhost", "127.0.0.1", "::1"}

// AllowedHosts returns the names a request's Host may carry for a server
// listening on bound, asked to listen on given (as --addr said it), and
// the extra names given with --allow-host. A loopback address allows the
// loopback names; an unspecified one (0.0.0.0, ::) also every address of
// this machine's interfaces.
func AllowedHosts(given string, bound net.Addr, extra []string) []string {
	var out []string
	if h, _, err := net.SplitHostPort(given); err == nil && h != "" {
		out = append(out, h)
	}
	ip := addrIP(bound)
	switch {
	case ip == nil:
	case ip.IsLoopback():
		out = append(out, loopbackNames...)
		out = append(out, ip.String())
	case ip.IsUnspecified():
		out = append(out, loopbackNames...)
		out = append(out, ip.String())
		out = append(out, InterfaceAddrs()...)
	default:
		out = append(out, ip.String())
	}
	out = append(out, extra...)
	for i := range out {
		out[i] = normalHost(out[i])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func addrIP(a net.Addr) net.IP {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP
	}
	return nil
}

// InterfaceAddrs lists the IP addresses of this machine's interfaces.
func InterfaceAddrs() []string {
	addrs, _ := net.InterfaceAddrs()
	var out []string
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok {
			out = append(out, n.IP.String())
		}
	}
	return out
}

// normalHost lowercases a host name and drops a port, IPv6 brackets and a
// final dot.
func normalHost(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.TrimSuffix(strings.ToLower(h), ".")
}

// refusal says why r may not be served, or is "" when it may.
func (h *Handler) refusal(r *http.Request) string {
	if !slices.Contains(h.hosts, normalHost(r.Host)) {
		return fmt.Sprintf("this server does not answer for the host %q (a page on another site may be trying to reach it); "+
			"to serve it under that name, restart with 'entente serve --allow-host %s'", r.Host, normalHost(r.Host))
	}
	if origin, ok := r.Header["Origin"]; ok {
		u, err := url.Parse(origin[0])
		if err != nil || u.Host == "" || !sameOrigin(u, r.Host) {
			return fmt.Sprintf("cross-site request refused: it comes from a page of %q, not of this server", origin[0])
		}
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "cross-site", "same-site":
		// Following a link to a page is how colleagues share a question;
		// anything else from another site is refused.
		nav := r.Method == http.MethodGet && r.Header.Get("Sec-Fetch-Mode") == "navigate" && r.Header.Get("Sec-Fetch-Dest") == "document"
		if !nav || !isPage(r.URL.Path) {
			return "cross-site request refused: a page of another site asked for " + r.URL.Path
		}
	}
	return ""
}

// sameOrigin reports whether origin is the server that host names. Behind
// a proxy that terminates TLS, Host carries no port while the Origin is
// https: then the names alone are compared.
func sameOrigin(origin *url.URL, host string) bool {
	if _, _, err := net.SplitHostPort(host); err != nil {
		return normalHost(origin.Host) == normalHost(host)
	}
	port := origin.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[origin.Scheme]
	}
	h, p, _ := net.SplitHostPort(host)
	return normalHost(origin.Hostname()) == normalHost(h) && port == p
}

// isPage reports whether path is one of the HTML pages, which a link from
// elsewhere may open.
func isPage(path string) bool {
	return path == "/" || path == "/canned" || strings.HasPrefix(path, "/ui/")
}
