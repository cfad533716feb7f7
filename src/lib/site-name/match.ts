/**
 * Matching for 网站名称自查: a small Aho-Corasick automaton over characters folded by src/lib/text's foldChar, so
 * that a name is scanned once for every word of every list, in time linear in its length (plus the hits).
 */

import { foldChar } from '../text';

/** Re-exported for the matcher's callers: the one folding function lives in src/lib/text. */
export { foldChar };

/**
 * A hit: the word (as listed), its tag, the original text it matched (as typed, e.g. traditional) and where it
 * starts (index of its first character in the scanned arrays).
 *
 * @example
 * const h: Hit<string> = { word: '中国', tag: 'national', typed: '中國', at: 0 };
 */
export type Hit<T> = { word: string; tag: T; typed: string; at: number };

type Node<T> = { next: Map<string, Node<T>>; fail: Node<T> | null; out: { word: string; tag: T; len: number }[] };

const node = <T>(): Node<T> => ({ next: new Map(), fail: null, out: [] });

/**
 * An Aho-Corasick automaton over code points, built once from (word, tag) pairs.
 *
 * @example
 * const m = new Matcher([['中国', 'national'], ['论坛', 'interactive']]);
 * m.scan(['中', '国', '论', '坛'], ['中', '國', '论', '坛']).map((h) => h.typed) // ['中國', '论坛']
 */
export class Matcher<T> {
  private readonly root: Node<T> = node<T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, tag] of entries) {
      const chars = Array.from(word);
      if (chars.length === 0) continue;
      let n = this.root;
      for (const c of chars) {
        let child = n.next.get(c);
        if (!child) n.next.set(c, (child = node<T>()));
        n = child;
      }
      n.out.push({ word, tag, len: chars.length });
    }
    // Breadth-first failure links; each node inherits the outputs of its failure node.
    const queue: Node<T>[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let i = 0; i < queue.length; i++) {
      const n = queue[i]!;
      for (const [c, child] of n.next) {
        let f = n.fail;
        while (f && !f.next.has(c)) f = f.fail;
        child.fail = f ? f.next.get(c)! : this.root;
        child.out = child.out.concat(child.fail.out);
        queue.push(child);
      }
    }
  }

  /**
   * Every occurrence of every word in `folded` (one folded character per entry), with the matching slice of
   * `original` (same length) as typed. One pass.
   *
   * @example
   * new Matcher([['ab', 1]]).scan(['a', 'b'], ['Ａ', 'Ｂ']) // [{ word: 'ab', tag: 1, typed: 'ＡＢ', at: 0 }]
   */
  scan(folded: readonly string[], original: readonly string[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    let n = this.root;
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i]!;
      while (n !== this.root && !n.next.has(c)) n = n.fail!;
      n = n.next.get(c) ?? this.root;
      for (const o of n.out) {
        const at = i + 1 - o.len;
        hits.push({ word: o.word, tag: o.tag, typed: original.slice(at, i + 1).join(''), at });
      }
    }
    return hits;
  }
}
