/**
 * Multi-pattern matching in one pass (Aho–Corasick), resolved leftmost-longest: at each position
 * the longest pattern wins, and matches never overlap. Used at build time to find glossary terms.
 */

export interface Match<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here (own and through failure links): [length, value]. */
  out: [number, T][];
}

export class Matcher<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];

  /** `fold` maps one character to its comparison form (e.g. lower case); it must keep length 1. */
  constructor(
    patterns: Iterable<[string, T]>,
    private readonly fold: (ch: string) => string = (ch) => ch,
  ) {
    for (const [pattern, value] of patterns) this.add(pattern, value);
    this.link();
  }

  private add(pattern: string, value: T): void {
    if (pattern.length === 0) return;
    let state = 0;
    for (const raw of pattern) {
      const ch = this.fold(raw);
      let next = this.nodes[state]!.next.get(ch);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
        this.nodes[state]!.next.set(ch, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push([[...pattern].length, value]);
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0]!.next.values()) queue.push(child);
    while (queue.length > 0) {
      const state = queue.shift()!;
      const node = this.nodes[state]!;
      for (const [ch, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(ch);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
  }

  /** Every match, overlapping ones included, in order of end position. Offsets are in UTF-16 units. */
  *all(text: string): Generator<Match<T>> {
    let state = 0;
    const chars = [...text];
    const offsets: number[] = [];
    let offset = 0;
    for (const c of chars) {
      offsets.push(offset);
      offset += c.length;
    }
    offsets.push(offset);
    for (let i = 0; i < chars.length; i++) {
      const ch = this.fold(chars[i]!);
      while (state !== 0 && !this.nodes[state]!.next.has(ch)) state = this.nodes[state]!.fail;
      state = this.nodes[state]!.next.get(ch) ?? 0;
      for (const [length, value] of this.nodes[state]!.out) {
        yield { start: offsets[i + 1 - length]!, end: offsets[i + 1]!, value };
      }
    }
  }

  /** Non-overlapping matches, leftmost first, the longest at each start. */
  find(text: string, accept: (m: Match<T>) => boolean = () => true): Match<T>[] {
    const candidates = [...this.all(text)].filter(accept);
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: Match<T>[] = [];
    let reach = 0;
    for (const m of candidates) {
      if (m.start >= reach) {
        chosen.push(m);
        reach = m.end;
      }
    }
    return chosen;
  }
}
