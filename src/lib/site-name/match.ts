/**
 * Matching for 网站名称自查: one character-folding function and a small Aho-Corasick automaton, so that a name is
 * scanned once for every word of every list, in time linear in its length (plus the hits).
 */

/**
 * Traditional forms of the characters that occur in our word lists (src/lib/site-name/words.ts) and in the
 * provinces' extra words. Deliberately tiny: only what the lists need.
 */
const TRADITIONAL: Record<string, string> = {
  國: '国', 華: '华', 賭: '赌', 場: '场', 業: '业', 網: '网', 團: '团', 協: '协', 會: '会', 組: '组', 織: '织',
  機: '机', 構: '构', 論: '论', 壇: '坛', 區: '区', 線: '线', 綫: '线', 問: '问', 購: '购', 臺: '台', 電: '电',
  營: '营', 銷: '销', 貿: '贸', 導: '导', 聞: '闻', 資: '资', 訊: '讯', 視: '视', 頻: '频', 廣: '广', 醫: '医',
  療: '疗', 藥: '药', 診: '诊', 訓: '训', 學: '学', 遊: '游', 戲: '戏', 財: '财', 貸: '贷', 證: '证', 險: '险',
  體: '体', 樂: '乐', 務: '务', 時: '时', 聽: '听', 價: '价', 報: '报',
  擇: '择', 級: '级', 傳: '传', 戶: '户', 億: '亿', 號: '号', 貨: '货', 買: '买', 賣: '卖', 廳: '厅', 設: '设',
  計: '计', 裝: '装', 飾: '饰', 車: '车', 書: '书', 圖: '图', 覽: '览', 舊: '旧', 員: '员', 齡: '龄', 錢: '钱',
  讀: '读', 寫: '写', 權: '权', 滬: '沪', 門: '门', 東: '东', 園: '园', 藝: '艺', 術: '术', 評: '评', 維: '维',
  產: '产', 農: '农', 係: '系', 統: '统', 熱: '热', 譜: '谱', 範: '范', 讓: '让', 轉: '转',
  紅: '红', 頭: '头', 條: '条', 鬥: '斗', 遠: '远', 運: '运', 動: '动', 歡: '欢', 發: '发', 現: '现', 絡: '络',
};

/**
 * Fold one character for matching: Unicode NFKC (full-width letters and digits, compatibility ideographs),
 * lower-case, then traditional → simplified for the characters our lists use. The only place this module
 * normalises text.
 * TODO(merge): replace with the shared src/lib/text module (branch `msgs`) once it lands.
 *
 * @example
 * foldChar('國') // '国'
 * foldChar('Ａ') // 'a'
 */
export function foldChar(ch: string): string {
  const n = ch.normalize('NFKC').toLowerCase();
  if (n.length === 1) return TRADITIONAL[n] ?? n;
  let out = '';
  for (const c of n) out += TRADITIONAL[c] ?? c;
  return out;
}

/**
 * A hit: the word (as listed), its tag, and the original text it matched (as typed, e.g. traditional).
 *
 * @example
 * const h: Hit<string> = { word: '中国', tag: 'national', typed: '中國' };
 */
export type Hit<T> = { word: string; tag: T; typed: string };

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
   * new Matcher([['ab', 1]]).scan(['a', 'b'], ['Ａ', 'Ｂ']) // [{ word: 'ab', tag: 1, typed: 'ＡＢ' }]
   */
  scan(folded: readonly string[], original: readonly string[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    let n = this.root;
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i]!;
      while (n !== this.root && !n.next.has(c)) n = n.fail!;
      n = n.next.get(c) ?? this.root;
      for (const o of n.out) hits.push({ word: o.word, tag: o.tag, typed: original.slice(i + 1 - o.len, i + 1).join('') });
    }
    return hits;
  }
}
