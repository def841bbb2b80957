package centrality

import (
	"context"
	"runtime"
	"sync"
)

// Paths holds the shortest-path measures of a graph, indexed like its nodes.
type Paths struct {
	// Betweenness is Brandes' betweenness: for each node v, the sum over
	// ordered pairs s != v != t of the share of shortest s-t paths through v.
	// On an undirected graph each unordered pair counts twice here, which is
	// gonum's convention; Raw and Normalized convert.
	Betweenness []float64
	// Harmonic is the harmonic closeness: for each node v, the sum over
	// u != v of 1/d(u, v), incoming paths on a directed graph; unreachable
	// nodes add nothing, so disconnected graphs are fine.
	Harmonic []float64
}

// ShortestPaths computes betweenness and harmonic closeness in one pass of
// Brandes' algorithm from every source: breadth-first search when weighted
// is false, Dijkstra over lengths 1/weight when true. Sources are shared out
// among workers (GOMAXPROCS when workers <= 0), each with its own
// accumulators, which are added in worker order so that a run is repeatable.
// It takes O(nm) time unweighted and O(nm + n^2 log n) weighted, and O(n)
// memory per worker. It stops early, returning ctx.Err(), when ctx ends.
func ShortestPaths(ctx context.Context, g *Graph, weighted bool, workers int) (Paths, error) {
	n := g.Len()
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, n))
	type acc struct{ cb, h []float64 }
	accs := make([]acc, workers)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			w := newWorker(n)
			a := acc{cb: make([]float64, n), h: make([]float64, n)}
			for s := k; s < n; s += workers {
				if s%64 == k && ctx.Err() != nil {
					errs[k] = ctx.Err()
					return
				}
				if weighted {
					w.dijkstra(g, int32(s))
				} else {
					w.bfs(g, int32(s))
				}
				w.accumulate(g, int32(s), weighted, a.cb, a.h)
			}
			accs[k] = a
		}(k)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return Paths{}, err
		}
	}
	p := Paths{Betweenness: make([]float64, n), Harmonic: make([]float64, n)}
	for _, a := range accs {
		for i := range n {
			p.Betweenness[i] += a.cb[i]
			p.Harmonic[i] += a.h[i]
		}
	}
	return p, nil
}

// Raw returns betweenness as networkx reports it unnormalised: on an
// undirected graph each unordered pair counts once.
func (p Paths) Raw(g *Graph) []float64 {
	out := make([]float64, len(p.Betweenness))
	for i, b := range p.Betweenness {
		if g.directed {
			out[i] = b
		} else {
			out[i] = b / 2
		}
	}
	return out
}

// Normalized returns betweenness divided by (n-1)(n-2), the number of
// ordered pairs of other nodes, so that it lies in [0, 1]; 0 when n < 3.
func (p Paths) Normalized(g *Graph) []float64 {
	n := float64(g.Len())
	out := make([]float64, len(p.Betweenness))
	if n < 3 {
		return out
	}
	for i, b := range p.Betweenness {
		out[i] = b / ((n - 1) * (n - 2))
	}
	return out
}

// HarmonicNormalized returns harmonic closeness divided by n-1, in [0, 1]
// unweighted; 0 when n < 2.
func (p Paths) HarmonicNormalized(g *Graph) []float64 {
	out := make([]float64, len(p.Harmonic))
	if g.Len() < 2 {
		return out
	}
	for i, h := range p.Harmonic {
		out[i] = h / float64(g.Len()-1)
	}
	return out
}

// worker holds one traversal's state, reused across sources; only the
// nodes a traversal reached are reset.
type worker struct {
	dist  []float64 // -1: not reached
	hops  []int32   // BFS distance, -1: not reached
	sigma []float64
	delta []float64
	stack []int32
	queue []int32
	pq    distHeap
}

func newWorker(n int) *worker {
	w := &worker{dist: make([]float64, n), hops: make([]int32, n), sigma: make([]float64, n), delta: make([]float64, n)}
	for i := range n {
		w.dist[i], w.hops[i] = -1, -1
	}
	return w
}

func (w *worker) bfs(g *Graph, s int32) {
	w.stack, w.queue = w.stack[:0], append(w.queue[:0], s)
	w.hops[s], w.sigma[s] = 0, 1
	for head := 0; head < len(w.queue); head++ {
		v := w.queue[head]
		w.stack = append(w.stack, v)
		dv := w.hops[v]
		to, _ := g.out(v)
		for _, x := range to {
			if w.hops[x] < 0 {
				w.hops[x] = dv + 1
				w.queue = append(w.queue, x)
			}
			if w.hops[x] == dv+1 {
				w.sigma[x] += w.sigma[v]
			}
		}
	}
}

func (w *worker) dijkstra(g *Graph, s int32) {
	w.stack = w.stack[:0]
	w.pq = w.pq[:0]
	w.dist[s], w.sigma[s] = 0, 1
	w.pq.push(distItem{0, s})
	for len(w.pq) > 0 {
		it := w.pq.pop()
		v := it.node
		if it.d > w.dist[v] || w.hops[v] == 0 {
			continue // stale entry, or already settled
		}
		w.hops[v] = 0 // settled
		w.stack = append(w.stack, v)
		lo, hi := g.outOff[v], g.outOff[v+1]
		to, ls := g.outTo[lo:hi], g.outLen[lo:hi]
		for i, x := range to {
			nd := w.dist[v] + ls[i]
			switch dx := w.dist[x]; {
			case dx < 0 || nd < dx:
				w.dist[x], w.sigma[x] = nd, w.sigma[v]
				w.pq.push(distItem{nd, x})
			case nd == dx:
				w.sigma[x] += w.sigma[v]
			}
		}
	}
}

// accumulate runs Brandes' backward pass over the stack of one source and
// adds the source's contributions, then resets what the traversal touched.
// Predecessors are found again from the in-edges: v precedes x when it lies
// one step (or 1/w) before x, computed with the same arithmetic as forward.
func (w *worker) accumulate(g *Graph, s int32, weighted bool, cb, h []float64) {
	for i := len(w.stack) - 1; i >= 1; i-- {
		x := w.stack[i]
		lo, hi := g.inOff[x], g.inOff[x+1]
		from, ls := g.inTo[lo:hi], g.inLen[lo:hi]
		coeff := (1 + w.delta[x]) / w.sigma[x]
		for j, v := range from {
			var pred bool
			if weighted {
				pred = w.dist[v] >= 0 && w.hops[v] == 0 && w.dist[v]+ls[j] == w.dist[x]
			} else {
				pred = w.hops[v] >= 0 && w.hops[v] == w.hops[x]-1
			}
			if pred {
				w.delta[v] += w.sigma[v] * coeff
			}
		}
		cb[x] += w.delta[x]
		if weighted {
			h[x] += 1 / w.dist[x]
		} else {
			h[x] += 1 / float64(w.hops[x])
		}
	}
	for _, v := range w.stack {
		w.dist[v], w.hops[v], w.sigma[v], w.delta[v] = -1, -1, 0, 0
	}
}

type distItem struct {
	d    float64
	node int32
}

// distHeap is a binary min-heap of (distance, node), typed so that pushes
// and pops do not box items into interfaces.
type distHeap []distItem

func (a distItem) less(b distItem) bool {
	if a.d != b.d {
		return a.d < b.d
	}
	return a.node < b.node
}

func (h *distHeap) push(x distItem) {
	q := append(*h, x)
	i := len(q) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q[i].less(q[p]) {
			break
		}
		q[i], q[p] = q[p], q[i]
		i = p
	}
	*h = q
}

func (h *distHeap) pop() distItem {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q = q[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q) && q[l].less(q[m]) {
			m = l
		}
		if r < len(q) && q[r].less(q[m]) {
			m = r
		}
		if m == i {
			break
		}
		q[i], q[m] = q[m], q[i]
		i = m
	}
	*h = q
	return top
}
