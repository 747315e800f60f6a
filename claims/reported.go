package claims

import "github.com/claimcheck/claimcheck/claims/attrib"

// hasReportedly reports whether found holds a "reportedly" marker.
func hasReportedly(found []attrib.Found) bool {
	for _, f := range found {
		if f.Cue == "reportedly" {
			return true
		}
	}
	return false
}

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
