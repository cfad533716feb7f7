/**
 * For the English component tests (`*.en.test.tsx`): what an English result may still show in Chinese. A foreign
 * filer meets Chinese on screen, so the tools keep Chinese terms beside the English, in parentheses, in quotes “…”
 * or 《…》; website names, filing numbers, province and bureau names stay Chinese. Everything else must be English.
 */

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

/**
 * The CJK characters left in `text` once quoted terms and the given names are taken out: quotes “…”, 《…》,
 * brackets (…) and （…） (innermost first, so nested ones go too).
 *
 * @example
 * strayCjk('Bureau review (管局审核) of “小林的博客” by 广东省通信管理局', ['广东省通信管理局']) // []
 */
export function strayCjk(text: string, names: readonly string[] = []): string[] {
  let t = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) if (n) t = t.split(n).join(' ');
  let before: string;
  do {
    before = t;
    t = t
      .replace(/“[^“”]*”/g, ' ')
      .replace(/《[^《》]*》/g, ' ')
      .replace(/[(（][^()（）]*[)）]/g, ' ');
  } while (t !== before);
  return t.match(CJK) ?? [];
}
