package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

const maxSecretLine = 4096

// lineReader hands out secret lines from one reader, in order.
type lineReader struct{ br *bufio.Reader }

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, maxSecretLine+2)}
}

func (l *lineReader) next() (string, error) { return readSecretLine(l.br) }

// readSecretLine reads one line from r (without its line ending); a line
// longer than maxSecretLine is refused rather than silently cut.
func readSecretLine(r io.Reader) (string, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, maxSecretLine+2)
	}
	line, err := br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		return "", fmt.Errorf("the passphrase on standard input is longer than %d bytes", maxSecretLine)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("read standard input: %w", err)
	}
	s := strings.TrimRight(string(line), "\r\n")
	if s == "" {
		return "", errors.New("standard input held no passphrase")
	}
	return s, nil
}
