package dedup

import "strings"

// NormalizeEmail returns the comparable form of an email address: trimmed,
// lower-cased (local parts are case-insensitive in practice), "mailto:" and
// a "Name <addr>" wrapper removed, a "+tag" dropped from the local part for
// every provider, and dots dropped from the local part for gmail.com and
// googlemail.com (which becomes gmail.com), because Gmail ignores them.
// It returns "" when s is not a plausible address (no single "@", empty
// local part, a domain without a dot, or spaces).
func NormalizeEmail(s string) string {
	return string(appendEmail(nil, s))
}

func appendEmail(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '<'); i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			s = strings.TrimSpace(s[i+1 : i+j])
		}
	}
	if len(s) >= 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		s = s[:i]
	}
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') {
		return dst
	}
	local, domain := s[:at], strings.TrimSuffix(s[at+1:], ".")
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	if !plausibleDomain(domain) {
		return dst
	}
	base := len(dst)
	gmail := strings.EqualFold(domain, "gmail.com") || strings.EqualFold(domain, "googlemail.com")
	for _, r := range local {
		switch {
		case r == ' ' || r == '\t' || r == '<' || r == '>' || r == ',' || r == ';':
			return dst[:base]
		case r == '.' && gmail:
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < 0x80:
			dst = append(dst, byte(r))
		default:
			dst = append(dst, strings.ToLower(string(r))...)
		}
	}
	if len(dst) == base {
		return dst
	}
	dst = append(dst, '@')
	if gmail {
		return append(dst, "gmail.com"...)
	}
	return appendLower(dst, domain)
}

// plausibleDomain reports whether d looks like a host name: at least two
// non-empty labels of letters, digits and hyphens.
func plausibleDomain(d string) bool {
	if len(d) < 3 || strings.IndexByte(d, '.') < 0 {
		return false
	}
	prev := byte('.')
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case c == '.':
			if prev == '.' {
				return false
			}
		case c == '-', c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= 0x80:
		default:
			return false
		}
		prev = c
	}
	return prev != '.' && d[0] != '.'
}

func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < 0x80:
			dst = append(dst, byte(r))
		default:
			dst = append(dst, strings.ToLower(string(r))...)
		}
	}
	return dst
}

// EmailDomain returns the normalized domain of email, or "" when email is
// not plausible or its domain is a free-mail provider (IsFreeMail), because
// a shared gmail.com says nothing about a shared employer.
func EmailDomain(email string) string {
	e := NormalizeEmail(email)
	if e == "" {
		return ""
	}
	d := e[strings.IndexByte(e, '@')+1:]
	if IsFreeMail(d) {
		return ""
	}
	return d
}

// freeMail lists public mailbox providers. Labels in freeMailBrands match
// under any top-level domain (yahoo.co.uk, hotmail.fr, gmx.ch, ...).
var (
	freeMail = setOf(
		"gmail.com", "googlemail.com", "icloud.com", "me.com", "mac.com",
		"msn.com", "mail.com", "email.com", "usa.com", "protonmail.com", "protonmail.ch",
		"proton.me", "pm.me", "tutanota.com", "tuta.io", "zoho.com", "fastmail.com",
		"web.de", "t-online.de", "freenet.de", "posteo.de", "arcor.de", "mailbox.org",
		"orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "sfr.fr", "neuf.fr",
		"libero.it", "virgilio.it", "alice.it", "tiscali.it", "tin.it",
		"btinternet.com", "sky.com", "virginmedia.com", "talktalk.net",
		"ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "home.nl",
		"telefonica.net", "terra.es", "comcast.net", "verizon.net", "att.net",
		"sbcglobal.net", "cox.net", "charter.net", "earthlink.net",
		"mail.ru", "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com", "naver.com",
	)
	freeMailBrands = setOf("yahoo", "ymail", "hotmail", "outlook", "live", "aol", "gmx", "rocketmail")
)

// IsFreeMail reports whether the normalized domain d belongs to a public
// mailbox provider.
func IsFreeMail(d string) bool {
	if freeMail[d] {
		return true
	}
	if i := strings.IndexByte(d, '.'); i > 0 {
		return freeMailBrands[d[:i]]
	}
	return false
}
