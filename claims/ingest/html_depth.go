package ingest

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htmlFailure explains why no article was found in an HTML page when the
// reason is the page itself rather than its content: nesting deeper than
// the parser accepts. It returns nil for any other page.
func htmlFailure(path string, src []byte) error {
	_, err := html.Parse(bytes.NewReader(src))
	if err != nil && strings.Contains(err.Error(), "exceeds 512") {
		return &Error{Path: path, Msg: "HTML elements are nested more than 512 deep, deeper than the HTML parser reads, so the article cannot be found",
			Fix: "remove the redundant nesting (for example with tidy), or save the article's text as .txt or .md"}
	}
	return nil
}
