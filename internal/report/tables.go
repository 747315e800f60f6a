package report

import (
	"io"
	"reflect"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twcache"
	"github.com/olekukonko/tablewriter/tw"
)

// tables hands out the word-wrapped tables of one report, all writing to
// w. It makes one tablewriter.Table, with a one-entry stringer cache, and
// resets it for each next table: NewTable and every Reset allocate a
// 10,240-entry stringer cache otherwise, which in a one-shot run of the
// CLI is page faults for nothing (the report's cells are strings, no
// stringer runs); Reset keeps the configuration and clears data, widths
// and render state.
type tables struct {
	w io.Writer
	t *tablewriter.Table
}

// next returns an empty table whose rows wrap at width columns.
func (ts *tables) next(width int) *tablewriter.Table {
	opts := []tablewriter.Option{tablewriter.WithRowMaxWidth(width), tablewriter.WithRowAutoWrap(tw.WrapNormal)}
	if ts.t == nil {
		opts = append(opts, tablewriter.WithStringerCacheCustom(twcache.NewLRU[reflect.Type, reflect.Value](1)))
		ts.t = tablewriter.NewTable(ts.w, opts...)
		return ts.t
	}
	ts.t.Reset()
	ts.t.Options(opts...)
	return ts.t
}
