package dedup

import "strings"

// NormalizeDomain returns the web domain in s, which may be a URL
// ("https://www.Acme.com:8443/about?x"), an email address
// ("sales@acme.com") or a bare domain ("WWW.ACME.COM."): lower-cased, with
// scheme, user info, "www." (also "www2."), port, path, query, fragment and
// a trailing dot removed. It returns "" when what is left is not a plausible
// host name.
func NormalizeDomain(s string) string {
	return string(appendDomain(nil, s))
}

func appendDomain(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	} else if strings.HasPrefix(s, "//") {
		s = s[2:]
	} else if len(s) >= 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	if i := strings.IndexAny(s, "/?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, ".")
	if len(s) > 4 && strings.EqualFold(s[:3], "www") {
		rest := strings.TrimLeft(s[3:], "0123456789")
		if strings.HasPrefix(rest, ".") && strings.IndexByte(rest[1:], '.') > 0 {
			s = rest[1:]
		}
	}
	if !plausibleDomain(s) {
		return dst
	}
	return appendLower(dst, s)
}
