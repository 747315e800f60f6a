package config

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// emptyTag finds a YAML tag with no value after it ("phrases: !foo" at the
// end of a line): the YAML library dereferences the missing value while
// decoding into a list, so such a tag is reported as a positioned error
// first.
type emptyTag struct{ found *ast.TagNode }

func (v *emptyTag) Visit(n ast.Node) ast.Visitor {
	if v.found != nil {
		return nil
	}
	if t, ok := n.(*ast.TagNode); ok && emptyValue(t) {
		v.found = t
		return nil
	}
	return v
}

// emptyValue reports a tag followed by nothing (or by null), other than the
// null tag itself.
func emptyValue(t *ast.TagNode) bool {
	if t.Start != nil && t.Start.Value == "!!null" {
		return false
	}
	if t.Value == nil || isNilNode(t.Value) {
		return true
	}
	_, null := t.Value.(*ast.NullNode)
	return null
}

// isNilNode reports a typed nil inside a non-nil ast.Node interface.
func isNilNode(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.TagNode:
		return x == nil
	case *ast.MappingNode:
		return x == nil
	case *ast.SequenceNode:
		return x == nil
	}
	return false
}

// checkTags returns an *Error for the first tag without a value in node.
func (d *decoder) checkTags(node ast.Node) error {
	if node == nil {
		return nil
	}
	v := &emptyTag{}
	ast.Walk(v, node)
	if v.found == nil {
		return nil
	}
	tag := ""
	if v.found.Start != nil {
		tag = v.found.Start.Value
	}
	return d.at(v.found, "tag %s has no value after it; remove the tag or give the value", tag)
}

// safeDecode runs decode and turns a panic inside the YAML library into an
// error at node: a configuration file is user input and never crashes the
// tool.
func (d *decoder) safeDecode(node ast.Node, decode func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = d.at(node, "cannot decode this value (%v); check its syntax", fmt.Sprint(r))
		}
	}()
	return decode()
}
