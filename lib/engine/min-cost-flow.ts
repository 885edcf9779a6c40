// Min-cost max-flow by successive shortest paths (Bellman-Ford queue): integer capacities, real
// costs. Small graphs only (a few thousand edges): the planner's network of courses and slots.

export interface FlowEdge {
  to: number;
  cap: number;
  cost: number;
  flow: number;
  /** Index of the reverse edge in graph[to]. */
  rev: number;
}

const COST_EPSILON = 1e-12;

export class MinCostFlow {
  readonly graph: FlowEdge[][];
  /** Edges examined so far: a machine-independent measure of the work done. */
  work = 0;

  constructor(nodes: number) {
    this.graph = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and returns it, so the caller can read its flow afterwards. */
  addEdge(from: number, to: number, cap: number, cost: number): FlowEdge {
    const forward: FlowEdge = { to, cap, cost, flow: 0, rev: this.graph[to]!.length };
    const backward: FlowEdge = { to: from, cap: 0, cost: -cost, flow: 0, rev: this.graph[from]!.length };
    this.graph[from]!.push(forward);
    this.graph[to]!.push(backward);
    return forward;
  }

  /** Sends `amount` along a path of edges (the caller checked it fits): a zero-cost start. */
  push(path: readonly FlowEdge[], amount: number): void {
    for (const e of path) {
      e.flow += amount;
      this.graph[e.to]![e.rev]!.flow -= amount;
    }
  }

  /** Pushes the most flow from source to sink, and among all maximum flows the cheapest. */
  run(source: number, sink: number): { flow: number; cost: number } {
    const n = this.graph.length;
    let flow = 0;
    let cost = 0;
    const dist = new Float64Array(n);
    const inQueue = new Uint8Array(n);
    const prevNode = new Int32Array(n);
    const prevEdge = new Int32Array(n);
    for (;;) {
      dist.fill(Infinity);
      prevNode.fill(-1);
      dist[source] = 0;
      const queue: number[] = [source];
      inQueue[source] = 1;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head]!;
        inQueue[u] = 0;
        const edges = this.graph[u]!;
        this.work += edges.length;
        for (let i = 0; i < edges.length; i++) {
          const e = edges[i]!;
          if (e.cap - e.flow <= 0) continue;
          const candidate = dist[u]! + e.cost;
          if (candidate < dist[e.to]! - COST_EPSILON) {
            dist[e.to] = candidate;
            prevNode[e.to] = u;
            prevEdge[e.to] = i;
            if (!inQueue[e.to]) {
              inQueue[e.to] = 1;
              queue.push(e.to);
            }
          }
        }
      }
      if (dist[sink] === Infinity) break;
      let push = Infinity;
      for (let v = sink; v !== source; v = prevNode[v]!) {
        const e = this.graph[prevNode[v]!]![prevEdge[v]!]!;
        push = Math.min(push, e.cap - e.flow);
      }
      for (let v = sink; v !== source; v = prevNode[v]!) {
        const e = this.graph[prevNode[v]!]![prevEdge[v]!]!;
        e.flow += push;
        this.graph[e.to]![e.rev]!.flow -= push;
      }
      flow += push;
      cost += push * dist[sink]!;
    }
    return { flow, cost };
  }
}
