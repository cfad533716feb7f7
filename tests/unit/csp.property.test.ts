import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildPolicy, headersFile, inlineScripts, scriptHash, withCspMeta } from '../../src/lib/csp';

const anyText = fc.string({ unit: 'binary', maxLength: 2000 });

test('no CSP function throws on arbitrary text', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      inlineScripts(s);
      scriptHash(s);
      withCspMeta(s);
      buildPolicy([s]);
      headersFile([s]);
    }),
  );
});

test('every inline script of a generated page is allowed by the policy put into it', () => {
  const code = fc.string({ unit: 'grapheme', maxLength: 200 }).filter((s) => !s.includes('</script'));
  fc.assert(
    fc.property(fc.array(code, { maxLength: 5 }), (scripts) => {
      const page = `<!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>${scripts
        .map((s) => `<script>${s}</script>`)
        .join('')}</body></html>`;
      const { html, hashes } = withCspMeta(page);
      expect(hashes).toHaveLength(scripts.length);
      for (const s of scripts) expect(html).toContain(scriptHash(s));
      expect(html).not.toContain("'unsafe-inline' 'sha");
    }),
  );
});

test('a 1 MB page with many scripts is processed', () => {
  const page = '<html><head></head><body>' + '<script>x()</script><p>段落</p>'.repeat(40_000) + '</body></html>';
  expect(page.length).toBeGreaterThan(1_000_000);
  const { hashes } = withCspMeta(page);
  expect(hashes).toHaveLength(40_000);
});
