package claims

import "github.com/claimcheck/claimcheck/claims/attrib"

// withoutReportedly drops the "reportedly" markers from found: the report
// they stand for is named nearby.
func withoutReportedly(found []attrib.Found) []attrib.Found {
	out := found[:0]
	for _, f := range found {
		if f.Cue != "reportedly" {
			out = append(out, f)
		}
	}
	return out
}
