/**
 * Every province page in both languages (no browser needed, so not in the browser suite): its title, its bureau, each
 * rule with whom it applies to, its source and checked date, the sources at the end; on the English page each rule
 * also quotes its Chinese original, and every source is cited by its English title with the Chinese title after it
 * (in brackets, marked as Chinese).
 */
import { describe, expect, test } from 'vitest';
import { PROVINCES } from '../../../src/lib/provinces';
import { PROVINCES_EN } from '../../../src/lib/provinces/data-en';
import { isUnknown } from '../../../src/lib/provinces/rules';
import { dictionary } from '../../../src/i18n';
import { documentOf, htmlOf } from './site';

const EN_TITLES = dictionary('en').sourceTitles;

describe.each(PROVINCES.map((p, i) => [p.slug, p, PROVINCES_EN[i]!] as const))('%s', (slug, zh, en) => {
  test('the Chinese page', () => {
    const html = htmlOf(`/provinces/${slug}/`);
    expect(html).toMatch(new RegExp(`<h1 id="_top"[^>]*>${zh.name}：备案要求</h1>`));
    expect(html).toContain('通信管理局');
    expect(html).toMatch(/<h2 id="资料来源"[^>]*>资料来源<\/h2>/);
    const rules = [...html.matchAll(/<li id="rule-(\d+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(rules).toHaveLength(zh.rules.length);
    for (const [, , body] of rules) {
      expect(body).toMatch(/适用：[^。<]*(个人|单位|个人和单位)/);
      expect(body).toMatch(/<a href="https:\/\/[^"]+"[^>]*><cite[^>]*>[^<]+<\/cite><\/a>（核对于 \d{4}-\d{2}-\d{2}）/);
    }
  });

  test('the English page', () => {
    const html = htmlOf(`/en/provinces/${slug}/`);
    expect(html).toMatch(new RegExp(`<h1 id="_top"[^>]*>${en.name}: ICP filing requirements</h1>`));
    expect(html).toContain('Communications Administration');
    expect(html).toMatch(/<h2 id="sources"[^>]*>Sources<\/h2>/);
    const rules = [...html.matchAll(/<li id="rule-(\d+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(rules).toHaveLength(zh.rules.length);
    rules.forEach(([, n, body]) => {
      expect(body).toMatch(/Applies to: [^.<]*(individuals|organisations)/);
      expect(body).toMatch(
        /<a href="https:\/\/[^"]+"[^>]*><cite[^>]*>[^<]+<\/cite><\/a> \(<span lang="zh-CN"[^>]*>[^<]+<\/span>\) \(checked \d{4}-\d{2}-\d{2}\)/,
      );
      // The original wording, quoted, unless the rule says nothing was found.
      if (!isUnknown(zh.rules[Number(n) - 1]!)) expect(body).toContain(`<q lang="zh-CN"`);
    });
  });

  test('the English page cites every source by its English title, the Chinese title after it', () => {
    const doc = documentOf(`/en/provinces/${slug}/`);
    const cites = [...doc.querySelectorAll('.sl-markdown-content cite')];
    // The review limit's source, each rule's, the sources disagreeing with a rule, and the list of sources.
    const sources = [zh.review.source, ...zh.rules.map((r) => r.source)];
    expect(cites.length).toBeGreaterThanOrEqual(sources.length + 1);
    for (const cite of cites) {
      const link = cite.parentElement!;
      expect(link.tagName).toBe('A');
      expect(cite.hasAttribute('lang')).toBe(false);
      const original = link.nextElementSibling!;
      expect(original.tagName).toBe('SPAN');
      expect(original.getAttribute('lang')).toBe('zh-CN');
      expect(link.nextSibling!.textContent).toBe(' (');
      const source = sources.find((s) => s.title === original.textContent);
      expect(source, original.textContent!).toBeDefined();
      expect(cite.textContent).toBe(EN_TITLES[source!.url]);
    }
    // A rule's own source is its last citation (before it, the sources it disagrees with).
    expect([...doc.querySelectorAll('#rule-1 cite')].at(-1)!.textContent).toBe(EN_TITLES[zh.rules[0]!.source.url]);
  });
});
