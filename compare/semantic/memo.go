package semantic

import "sync"

// Memo is an Engine that remembers the vector of every text it has
// embedded, for callers that embed the same sentences many times
// (evaluation, training). It embeds the texts it has not seen in one
// call to the engine it wraps, and has that engine's name. It is safe for
// concurrent use.
type Memo struct {
	e    Engine
	mu   sync.Mutex
	seen map[string][]float32
}

// NewMemo wraps e.
func NewMemo(e Engine) *Memo { return &Memo{e: e, seen: map[string][]float32{}} }

// Name is the wrapped engine's name.
func (m *Memo) Name() string { return m.e.Name() }

// Embed returns the remembered vectors, embedding the new texts first.
func (m *Memo) Embed(texts []string) ([][]float32, error) {
	m.mu.Lock()
	var miss []string
	fresh := map[string]bool{}
	for _, t := range texts {
		if _, ok := m.seen[t]; !ok && !fresh[t] {
			fresh[t] = true
			miss = append(miss, t)
		}
	}
	m.mu.Unlock()
	if len(miss) > 0 {
		vs, err := m.e.Embed(miss)
		if err != nil {
			return nil, err
		}
		m.mu.Lock()
		for i, t := range miss {
			m.seen[t] = vs[i]
		}
		m.mu.Unlock()
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = m.seen[t]
	}
	return out, nil
}
