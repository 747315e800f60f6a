// Package stories groups many unrelated articles (a day's feed) into
// stories, so that compare aligns claims only among articles about one
// event. It sits between claims and compare in the data flow: it needs the
// ingested blocks of each article (not its claims), so a caller can group
// first and analyse and compare one story at a time.
//
// An article's profile is a sparse TF-IDF vector over the content-word
// stems of its text and, weighted apart, the canonical names of its
// entities (claims/facts); terms found in more than a share of the articles
// are the feed's own stop words and are dropped. Two articles' similarity
// is the cosine of their profiles; stories are the clusters of average-link
// agglomeration stopped at Threshold, after which an article left alone
// joins the story of its most similar article when that similarity reaches
// AttachThreshold. The thresholds, the entity weight and the IDF power come
// from `go run ./internal/cmd/storytrain` (threshold_gen.go), which sweeps
// them on the ECB+ training topics.
//
// Group is deterministic: the same profiles in the same order give the same
// stories, and stories are listed by their first article, so a caller that
// sorts its inputs (as ingest does, by path) gets the same stories for any
// order the inputs were named in.
package stories
