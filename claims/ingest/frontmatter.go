package ingest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/claimcheck/claimcheck/claims"
)

// frontMatterFields maps front matter keys to the frontMatter fields they
// fill; other keys are ignored.
func frontMatterFields(m *frontMatter) map[string]*string {
	return map[string]*string{"title": &m.Title, "author": &m.Author, "date": &m.Date, "outlet": &m.Outlet,
		"publication": &m.Publication, "url": &m.URL, "dek": &m.Dek, "description": &m.Description}
}

// decodeFrontMatter reads the YAML front matter fm, which starts at byte
// offset start of the file. Errors point at the file's own line and column
// (file:line:col), in words, without the YAML library's Go type names.
func decodeFrontMatter(doc *claims.Document, fm []byte, start int) (frontMatter, error) {
	var meta frontMatter
	// Line numbers inside fm are the file's minus the lines before it.
	lineBase := strings.Count(string(doc.File.Src[:start]), "\n")
	at := func(line, col int, msg string) error {
		return &Error{Path: fmt.Sprintf("%s:%d:%d", doc.Path, line+lineBase, col), Msg: "front matter: " + msg, Fix: "fix the YAML between the --- lines"}
	}
	file, err := parser.ParseBytes(fm, 0)
	if err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) {
			if tk := ye.GetToken(); tk != nil && tk.Position != nil {
				return meta, at(tk.Position.Line, tk.Position.Column, ye.GetMessage())
			}
			return meta, &Error{Path: doc.Path, Msg: "front matter: " + ye.GetMessage(), Fix: "fix the YAML between the --- lines"}
		}
		return meta, &Error{Path: doc.Path, Msg: "front matter is not valid YAML", Fix: "fix the YAML between the --- lines"}
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return meta, nil
	}
	body := file.Docs[0].Body
	if _, null := body.(*ast.NullNode); null {
		return meta, nil
	}
	m, ok := body.(*ast.MappingNode)
	if !ok {
		line, col := position(body)
		return meta, at(line, col, "want keys such as title: and author:, one per line")
	}
	fields := frontMatterFields(&meta)
	for _, kv := range m.Values {
		key := strings.ToLower(strings.TrimSpace(kv.Key.String()))
		dst, known := fields[key]
		if !known {
			continue
		}
		v := kv.Value
		if t, ok := v.(*ast.TagNode); ok {
			v = t.Value
		}
		switch n := v.(type) {
		case nil, *ast.NullNode:
		case *ast.StringNode:
			*dst = n.Value
		case ast.ScalarNode:
			*dst = fmt.Sprint(n.GetValue())
			if tk := n.GetToken(); tk != nil {
				*dst = tk.Value // as written: a date stays 2024-03-01
			}
		default:
			line, col := position(kv.Value)
			return meta, at(line, col, key+" must be text, not a list or a mapping")
		}
	}
	return meta, nil
}

// position is a node's 1-based line and column in the front matter.
func position(n ast.Node) (line, col int) {
	if tk := n.GetToken(); tk != nil && tk.Position != nil {
		return tk.Position.Line, tk.Position.Column
	}
	return 1, 1
}
