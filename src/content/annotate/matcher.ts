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
  /** Transitions by UTF-16 code unit. */
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here (own and through failure links): [length in code units, value]. */
  out: [number, T][];
}

export class Matcher<T> {
  private readonly nodes: Node<T>[] = [{ next: new Map(), fail: 0, out: [] }];

  /**
   * `fold` maps one character to its comparison form (e.g. lower case); it must keep length 1.
   * Matching works on UTF-16 code units, so offsets are ordinary string indices; characters
   * outside the BMP are two units in both the patterns and the text, and still match.
   */
  constructor(
    patterns: Iterable<[string, T]>,
    private readonly fold: (ch: string) => string = (ch) => ch,
  ) {
    for (const [pattern, value] of patterns) this.add(pattern, value);
    this.link();
  }

  private code(text: string, i: number): number {
    const unit = text.charCodeAt(i);
    // Fold only what can change: ASCII letters and the few other BMP letters a fold maps.
    if (unit < 0x80 || (unit >= 0xd800 && unit <= 0xdfff)) return unit < 0x80 ? this.fold(text[i]!).charCodeAt(0) : unit;
    return this.fold(text[i]!).charCodeAt(0);
  }

  private add(pattern: string, value: T): void {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = this.code(pattern, i);
      let next = this.nodes[state]!.next.get(unit);
      if (next === undefined) {
        next = this.nodes.push({ next: new Map(), fail: 0, out: [] }) - 1;
        this.nodes[state]!.next.set(unit, next);
      }
      state = next;
    }
    this.nodes[state]!.out.push([pattern.length, value]);
  }

  private link(): void {
    const queue: number[] = [...this.nodes[0]!.next.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const node = this.nodes[state]!;
      for (const [unit, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !this.nodes[f]!.next.has(unit)) f = this.nodes[f]!.fail;
        const target = this.nodes[f]!.next.get(unit);
        this.nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child]!.out.push(...this.nodes[this.nodes[child]!.fail]!.out);
        queue.push(child);
      }
    }
  }

  /** Every match, overlapping ones included, in order of end position. */
  all(text: string): Match<T>[] {
    const matches: Match<T>[] = [];
    const nodes = this.nodes;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = this.code(text, i);
      let next = nodes[state]!.next.get(unit);
      while (next === undefined && state !== 0) {
        state = nodes[state]!.fail;
        next = nodes[state]!.next.get(unit);
      }
      state = next ?? 0;
      const out = nodes[state]!.out;
      for (let k = 0; k < out.length; k++) matches.push({ start: i + 1 - out[k]![0], end: i + 1, value: out[k]![1] });
    }
    return matches;
  }

  /** Non-overlapping matches, leftmost first, the longest at each start. */
  find(text: string, accept: (m: Match<T>) => boolean = () => true): Match<T>[] {
    const candidates = this.all(text).filter(accept);
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
