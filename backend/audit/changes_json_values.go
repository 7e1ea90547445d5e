package audit

import (
	"encoding/binary"
	"unicode/utf8"
)

// The JSON values of the fast path (see appendChangesJSON): each appends
// its canonical encoding (see Canonical) or reports false for anything
// outside what json.Marshal writes.

// maxDepth bounds nesting so hostile input cannot exhaust the stack.
const maxDepth = 64

// value appends one tagged value (see Canonical).
func (p *jsonParser) value(b []byte, depth int) ([]byte, bool) {
	if p.i >= len(p.s) || depth > maxDepth {
		return b, false
	}
	switch c := p.s[p.i]; {
	case c == 'n' && p.lit("null"):
		return append(b, 'z'), true
	case c == 't' && p.lit("true"):
		return append(b, 't'), true
	case c == 'f' && p.lit("false"):
		return append(b, 'f'), true
	case c == '"':
		return p.str(append(b, 's'))
	case c == '-' || c >= '0' && c <= '9':
		return p.number(append(b, 'n'))
	case c == '[':
		return p.array(b, depth)
	case c == '{':
		return p.object(b, depth)
	}
	return b, false
}

func (p *jsonParser) array(b []byte, depth int) ([]byte, bool) {
	p.i++
	b = append(b, 'a')
	at := len(b)
	b = binary.BigEndian.AppendUint32(b, 0)
	var n uint32
	if !p.lit("]") {
		for {
			var ok bool
			if b, ok = p.value(b, depth+1); !ok {
				return b, false
			}
			n++
			if p.lit("]") {
				break
			}
			if !p.lit(",") {
				return b, false
			}
		}
	}
	binary.BigEndian.PutUint32(b[at:], n)
	return b, true
}

// object requires strictly ascending keys (json.Marshal sorts map keys), so
// the pairs are already in canonical order and duplicates are refused.
func (p *jsonParser) object(b []byte, depth int) ([]byte, bool) {
	p.i++
	b = append(b, 'm')
	at := len(b)
	b = binary.BigEndian.AppendUint32(b, 0)
	var n uint32
	var prev []byte
	if !p.lit("}") {
		for {
			keyAt := len(b) + 4 // the key's bytes follow its length
			var ok bool
			if b, ok = p.str(b); !ok {
				return b, false
			}
			key := b[keyAt:]
			if n > 0 && string(key) <= string(prev) {
				return b, false
			}
			prev = key
			if !p.lit(":") {
				return b, false
			}
			if b, ok = p.value(b, depth+1); !ok {
				return b, false
			}
			n++
			if p.lit("}") {
				break
			}
			if !p.lit(",") {
				return b, false
			}
		}
	}
	binary.BigEndian.PutUint32(b[at:], n)
	return b, true
}

// str appends a JSON string as a canonical str (uint32 length + bytes).
func (p *jsonParser) str(b []byte) ([]byte, bool) {
	if !p.lit(`"`) {
		return b, false
	}
	at := len(b)
	b = binary.BigEndian.AppendUint32(b, 0)
	start := len(b)
	for {
		j := p.i
		for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] >= 0x20 {
			j++
		}
		b = append(b, p.s[p.i:j]...)
		p.i = j
		if j >= len(p.s) || p.s[j] < 0x20 {
			return b, false
		}
		if p.s[j] == '"' {
			p.i++
			break
		}
		var ok bool
		if b, ok = p.escape(b); !ok {
			return b, false
		}
	}
	if !utf8.Valid(b[start:]) {
		return b, false
	}
	binary.BigEndian.PutUint32(b[at:], uint32(len(b)-start))
	return b, true
}

func (p *jsonParser) escape(b []byte) ([]byte, bool) {
	if p.i+1 >= len(p.s) {
		return b, false
	}
	c := p.s[p.i+1]
	p.i += 2
	switch c {
	case '"', '\\', '/':
		return append(b, c), true
	case 'b':
		return append(b, '\b'), true
	case 'f':
		return append(b, '\f'), true
	case 'n':
		return append(b, '\n'), true
	case 'r':
		return append(b, '\r'), true
	case 't':
		return append(b, '\t'), true
	case 'u':
		if p.i+4 > len(p.s) {
			return b, false
		}
		var r rune
		for _, h := range p.s[p.i : p.i+4] {
			switch {
			case h >= '0' && h <= '9':
				r = r<<4 | rune(h-'0')
			case h >= 'a' && h <= 'f':
				r = r<<4 | rune(h-'a'+10)
			case h >= 'A' && h <= 'F':
				r = r<<4 | rune(h-'A'+10)
			default:
				return b, false
			}
		}
		p.i += 4
		if r >= 0xD800 && r < 0xE000 { // surrogates: left to encoding/json
			return b, false
		}
		return utf8.AppendRune(b, r), true
	}
	return b, false
}

// number appends a JSON number's text as a canonical str, after checking
// the JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number(b []byte) ([]byte, bool) {
	s, i := p.s, p.i
	digits := func() int {
		k := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - k
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return b, false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return b, false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return b, false
		}
	}
	b = binary.BigEndian.AppendUint32(b, uint32(i-p.i))
	b = append(b, s[p.i:i]...)
	p.i = i
	return b, true
}
