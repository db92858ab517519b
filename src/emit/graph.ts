/**
 * Graph helpers for walks over named schemas, which may name each other in loops and in chains
 * of any length: nothing here recurses.
 */

/**
 * Tarjan's strongly connected components, iteratively. Components come out in reverse
 * topological order: each after every component it has an edge to.
 */
export function stronglyConnected(nodes: readonly string[], edges: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const known = new Set(nodes);
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; next: readonly string[]; at: number }[] = [];
    const open = (node: string): void => {
      index.set(node, index.size);
      low.set(node, index.get(node)!);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: edges(node).filter((n) => known.has(n)), at: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.next.length) {
        const child = frame.next[frame.at++]!;
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        out.push(group);
      }
    }
  }
  return out;
}
