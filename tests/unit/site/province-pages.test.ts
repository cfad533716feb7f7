/**
 * Every province page in both languages (no browser needed, so not in the browser suite): its title, its bureau, each
 * rule with whom it applies to, its source and checked date, the sources at the end; on the English page each rule
 * also quotes its Chinese original.
 */
import { describe, expect, test } from 'vitest';
import { PROVINCES } from '../../../src/lib/provinces';
import { PROVINCES_EN } from '../../../src/lib/provinces/data-en';
import { isUnknown } from '../../../src/lib/provinces/rules';
import { htmlOf } from './site';

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
        /<a href="https:\/\/[^"]+"[^>]*><cite lang="zh-CN"[^>]*>[^<]+<\/cite><\/a> \(checked \d{4}-\d{2}-\d{2}\)/,
      );
      // The original wording, quoted, unless the rule says nothing was found.
      if (!isUnknown(zh.rules[Number(n) - 1]!)) expect(body).toContain(`<q lang="zh-CN"`);
    });
  });
});
