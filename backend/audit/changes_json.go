package audit

import "encoding/binary"

// appendChangesJSON appends the canonical encoding of Changes (the uint32
// count, then per change Field · Masked · Before · After) straight from their
// stored JSON text, without building Go values: it is the verification hot
// path. It accepts only what json.Marshal writes for []Change — no
// whitespace, keys "field", "before", "after", "masked" in that order (the
// last three optional), object keys strictly ascending, strings without raw
// control bytes, lone surrogates or invalid UTF-8 — and returns ok=false for
// anything else, leaving the caller to decode the text the slow way. On what
// it accepts it must agree byte for byte with decoding (UseNumber) followed
// by appendCanonical; changes_json_test.go checks that.
func appendChangesJSON(b []byte, js []byte) ([]byte, bool) {
	if len(js) == 0 || string(js) == "[]" {
		return binary.BigEndian.AppendUint32(b, 0), true
	}
	p := jsonParser{s: js}
	if !p.lit("[") {
		return b, false
	}
	at := len(b)
	b = binary.BigEndian.AppendUint32(b, 0)
	var n uint32
	for {
		var ok bool
		if b, ok = p.change(b); !ok {
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
	if p.i != len(js) {
		return b, false
	}
	binary.BigEndian.PutUint32(b[at:], n)
	return b, true
}

type jsonParser struct {
	s []byte
	i int
}

// lit consumes t if the input continues with it.
func (p *jsonParser) lit(t string) bool {
	if len(p.s)-p.i >= len(t) && string(p.s[p.i:p.i+len(t)]) == t {
		p.i += len(t)
		return true
	}
	return false
}

func (p *jsonParser) change(b []byte) ([]byte, bool) {
	if !p.lit(`{"field":`) {
		return b, false
	}
	var ok bool
	if b, ok = p.str(b); !ok {
		return b, false
	}
	// Masked comes before Before in the layout but last in the text: write
	// a placeholder byte and set it once the text has said.
	maskAt := len(b)
	b = append(b, 0)
	before, after := false, false
	if p.lit(`,"before":`) {
		if b, ok = p.value(b, 0); !ok {
			return b, false
		}
		before = true
	}
	if !before {
		b = append(b, 'z')
	}
	if p.lit(`,"after":`) {
		if b, ok = p.value(b, 0); !ok {
			return b, false
		}
		after = true
	}
	if !after {
		b = append(b, 'z')
	}
	switch {
	case p.lit(`,"masked":true`):
		b[maskAt] = 1
	case p.lit(`,"masked":false`):
	}
	return b, p.lit("}")
}
