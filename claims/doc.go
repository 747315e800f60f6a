// Package claims is claimcheck's document model and claim extraction: a
// Document holds an article's bytes (File), its layout blocks, and after
// Analyze its sentences, atomic claims (one checkable proposition each, with
// numbers, dates, entities, negation, hedging and attribution normalised)
// and quotes with their speakers. Every Span is a byte range of File.Src,
// assigned once; File.Position turns an offset into a line and a
// code-point column for display.
//
// The main path: ingest.Parse (or ingest.Load) reads text, Markdown or
// HTML into a Document; Analyze (or AnalyzeAll) fills in its claims and
// quotes; compare.Compare aligns claims across documents; rules.Run turns
// the result into findings. See the package example.
package claims
