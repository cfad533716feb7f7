import { describe, expect, test } from 'vitest';
import { checkDomain, SUFFIXES, SUFFIXES_CHECKED, SUFFIX_SOURCES } from '../../src/lib/domains';
import { decodeLabel, encodeLabel } from '../../src/lib/domains/punycode';
import { DomainDataSchema, SuffixEntrySchema, SuffixSourceSchema, parseDomainData } from '../../src/lib/domains/schema';
import { dictionary } from '../../src/i18n';
import { say } from '../../src/i18n/fill';
import { PAGES } from '../../src/lib/routes';

const codes = (v: { errors: { code: string }[] }) => v.errors.map((e) => e.code);
const warnings = (v: { warnings: { code: string }[] }) => v.warnings.map((e) => e.code);
const notes = (v: { notes: { code: string }[] }) => v.notes.map((e) => e.code);

describe('the suffix list', () => {
  test('parses with its schema at build time and in the suite', () => {
    const data = parseDomainData();
    expect(data.suffixes.length).toBe(SUFFIXES.length);
    expect(data.checked).toBe(SUFFIXES_CHECKED);
    expect(
      DomainDataSchema.safeParse({ sources: SUFFIX_SOURCES, checked: '2026-12-05', suffixes: SUFFIXES }).success,
    ).toBe(true);
  });

  test('every source names a page and dates; MIIT is cited as the authority we could not read', () => {
    for (const s of Object.values(SUFFIX_SOURCES)) expect(SuffixSourceSchema.safeParse(s).success).toBe(true);
    expect(SUFFIX_SOURCES.miit).toMatchObject({ read: false, secondary: false });
    expect(SUFFIX_SOURCES.miit.url).toMatch(/^https:\/\/domain\.miit\.gov\.cn\//);
    for (const s of Object.values(SUFFIX_SOURCES).filter((x) => x.read)) expect(s.secondary).toBe(true);
  });

  test('the schema refuses a dotted or capitalised suffix, punycode, a missing source and duplicates', () => {
    expect(SuffixEntrySchema.safeParse({ suffix: '.com', from: ['tencent'] }).success).toBe(false);
    expect(SuffixEntrySchema.safeParse({ suffix: 'COM', from: ['tencent'] }).success).toBe(false);
    expect(SuffixEntrySchema.safeParse({ suffix: 'xn--fiqs8s', from: ['tencent'] }).success).toBe(false);
    expect(SuffixEntrySchema.safeParse({ suffix: 'com', from: [] }).success).toBe(false);
    expect(SuffixEntrySchema.safeParse({ suffix: 'com', from: ['nobody'] }).success).toBe(false);
    expect(
      DomainDataSchema.safeParse({
        sources: SUFFIX_SOURCES,
        checked: SUFFIXES_CHECKED,
        suffixes: [...SUFFIXES, { suffix: 'com', from: ['gist'] }],
      }).success,
    ).toBe(false);
  });

  test('holds the common and the Chinese suffixes, the .cn second levels with the provinces, not .ai or .dev', () => {
    const list = new Set(SUFFIXES.map((e) => e.suffix));
    for (const s of [
      'cn',
      'com',
      'net',
      'top',
      'xyz',
      '中国',
      '中國',
      '公司',
      '网络',
      'com.cn',
      'net.cn',
      'org.cn',
      'gov.cn',
    ])
      expect(list.has(s), s).toBe(true);
    for (const p of ['bj', 'sh', 'gd', 'zj', 'xj', 'hk', 'mo', 'tw']) expect(list.has(`${p}.cn`), p).toBe(true);
    for (const s of ['ai', 'dev', 'app', 'io']) expect(list.has(s), s).toBe(false);
  });
});

describe('punycode', () => {
  test('@example: decodeLabel and encodeLabel, both ways, on the Chinese suffixes', () => {
    expect(decodeLabel('fiqs8s')).toBe('中国');
    expect(decodeLabel('55qx5d')).toBe('公司');
    expect(decodeLabel('!!')).toBeUndefined();
    expect(encodeLabel('中国')).toBe('fiqs8s');
    expect(encodeLabel('例子')).toBe('fsqu00a');
    expect(encodeLabel('abc')).toBeUndefined();
    // Known pairs (the same as Python's punycode codec and the IANA root zone).
    const pairs: Array<[string, string]> = [
      ['中國', 'fiqz9s'],
      ['政务', 'zfr164b'],
      ['公益', '55qw42g'],
      ['网络', 'io0a7i'],
      ['我爱你', '6qq986b3xl'],
      ['中文网', 'fiq228c5hs'],
      ['香港', 'j6w193g'],
      ['mañana', 'maana-pta'],
    ];
    for (const [u, a] of pairs) {
      expect(encodeLabel(u), u).toBe(a);
      expect(decodeLabel(a), a).toBe(u);
    }
  });

  test('every Chinese suffix of the list survives a round trip', () => {
    for (const { suffix } of SUFFIXES.filter((e) => /[^\p{ASCII}]/u.test(e.suffix))) {
      for (const label of suffix.split('.').filter((l) => /[^\p{ASCII}]/u.test(l))) {
        expect(decodeLabel(encodeLabel(label)!)).toBe(label);
      }
    }
  });
});

describe('checkDomain', () => {
  test('@example: the registrable domain of a subdomain or an address', () => {
    expect(checkDomain('blog.example.cn').value).toBe('example.cn');
    expect(checkDomain('https://www.example.com/a').value).toBe('example.com');
    expect(checkDomain('shop.example.com.cn').suffix).toBe('.com.cn');
    expect(checkDomain('例子.xn--fiqs8s').value).toBe('例子.中国');
    expect(codes(checkDomain('example.dev'))[0]).toBe('domain.notApproved');
    expect(warnings(checkDomain('example.gov.cn'))[0]).toBe('domain.forGovernment');
  });

  test('an approved domain: ok, its suffix, and always what the check cannot know, with the guide links', () => {
    const v = checkDomain('example.cn');
    expect(v).toMatchObject({ ok: true, value: 'example.cn', ascii: 'example.cn', suffix: '.cn', approved: true });
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
    expect(notes(v)).toEqual(['domain.listDate', 'domain.realName', 'domain.holder', 'domain.registrar']);
    expect(v.links.map((l) => l.page)).toEqual(['realName', 'registrar', 'subdomains']);
    for (const l of v.links) expect(l.href).toBe(PAGES[l.page]);
  });

  test('a subdomain is a note naming the domain that is filed', () => {
    const v = checkDomain('www.example.com');
    expect(v.ok).toBe(true);
    expect(v.notes[0]).toEqual({ code: 'domain.subdomain', params: { host: 'www.example.com', value: 'example.com' } });
  });

  test('multi-part suffixes: .com.cn, .net.cn, .org.cn, the provinces, .gov.cn', () => {
    expect(checkDomain('a.b.example.com.cn')).toMatchObject({ value: 'example.com.cn', suffix: '.com.cn' });
    expect(checkDomain('example.net.cn').suffix).toBe('.net.cn');
    expect(checkDomain('example.org.cn').suffix).toBe('.org.cn');
    expect(checkDomain('example.bj.cn')).toMatchObject({ ok: true, suffix: '.bj.cn', value: 'example.bj.cn' });
    expect(checkDomain('www.example.gd.cn').value).toBe('example.gd.cn');
  });

  test('.gov.cn has its own rules: for government bodies only, and a department subdomain is filed on its own', () => {
    const v = checkDomain('jyj.example.gov.cn');
    expect(v.value).toBe('example.gov.cn');
    expect(warnings(v)).toEqual(['domain.forGovernment', 'domain.govSubdomain']);
    expect(warnings(checkDomain('例子.政务'))).toEqual(['domain.forGovernment']);
    expect(warnings(checkDomain('例子.公益'))).toEqual(['domain.forNonProfit']);
    expect(warnings(checkDomain('example.edu.cn'))).toEqual(['domain.forEducation']);
    expect(warnings(checkDomain('example.ac.cn'))).toEqual(['domain.forResearch']);
    expect(warnings(checkDomain('example.mil.cn'))).toEqual(['domain.forDefence']);
  });

  test('Chinese domains: characters, punycode, the ideographic full stop; the DNS form as a note', () => {
    const v = checkDomain('例子。公司');
    expect(v).toMatchObject({ ok: true, value: '例子.公司', ascii: 'xn--fsqu00a.xn--55qx5d', suffix: '.公司' });
    expect(v.notes[0]).toEqual({
      code: 'domain.idn',
      params: { value: '例子.公司', ascii: 'xn--fsqu00a.xn--55qx5d' },
    });
    expect(checkDomain('xn--fsqu00a.xn--55qx5d').value).toBe('例子.公司');
    expect(checkDomain('example.中國').suffix).toBe('.中國');
    expect(checkDomain('EXAMPLE.xn--FIQS8S').suffix).toBe('.中国');
  });

  test('full-width letters, upper case, a port, a path, a query, a trailing dot and invisible characters', () => {
    expect(checkDomain('ＥＸＡＭＰＬＥ．ＣＯＭ').value).toBe('example.com');
    expect(checkDomain('Example.COM.').value).toBe('example.com');
    expect(checkDomain('http://example.com:8080/a?b=1#c').value).toBe('example.com');
    expect(checkDomain('\u200bexample.com\ufeff').value).toBe('example.com');
    expect(checkDomain('//cdn.example.com/x.js').value).toBe('example.com');
  });

  test('an e-mail address is read by its domain, with a warning', () => {
    const v = checkDomain('me@example.com');
    expect(v.value).toBe('example.com');
    expect(warnings(v)).toEqual(['domain.email']);
  });

  test('an unapproved suffix: an error with the suffix and the list date, and the guide links', () => {
    for (const [input, suffix] of [
      ['example.ai', '.ai'],
      ['my.blog.dev', '.dev'],
      ['example.app', '.app'],
      ['abc.co.uk', '.co.uk'],
    ] as const) {
      const v = checkDomain(input);
      expect(v.ok, input).toBe(false);
      expect(v.approved).toBe(false);
      expect(v.suffix).toBe(suffix);
      expect(v.errors).toEqual([{ code: 'domain.notApproved', params: { suffix, checked: SUFFIXES_CHECKED } }]);
      expect(v.links.map((l) => l.page)).toEqual(['suffixes', 'needFiling']);
    }
    expect(checkDomain('my.blog.dev').value).toBe('blog.dev');
  });

  test('what is not a domain: empty, spaces, bad characters, IPs, one label, a bare suffix, bad labels', () => {
    expect(codes(checkDomain(''))).toEqual(['domain.empty']);
    expect(codes(checkDomain('   '))).toEqual(['domain.empty']);
    expect(codes(checkDomain('https://'))).toEqual(['domain.empty']);
    expect(codes(checkDomain('example .com'))).toEqual(['domain.space']);
    expect(checkDomain('a_b.com').errors[0]).toEqual({ code: 'domain.invalidChar', params: { char: '_' } });
    expect(codes(checkDomain('1.2.3.4'))).toEqual(['domain.ip']);
    expect(codes(checkDomain('http://[::1]/'))).toEqual(['domain.ip']);
    expect(codes(checkDomain('localhost'))).toEqual(['domain.noSuffix']);
    expect(checkDomain('com.cn').errors[0]).toEqual({
      code: 'domain.onlySuffix',
      params: { host: 'com.cn', suffix: '.com.cn' },
    });
    expect(codes(checkDomain('a..com'))).toEqual(['domain.emptyLabel']);
    expect(codes(checkDomain('-abc.com'))).toEqual(['domain.hyphen']);
    expect(codes(checkDomain('xn--zz.com'))).toEqual(['domain.badPunycode']);
    expect(codes(checkDomain(`${'a'.repeat(64)}.com`))).toEqual(['domain.labelTooLong']);
    expect(codes(checkDomain(`${'a.'.repeat(130)}com`))).toEqual(['domain.tooLong']);
    expect(codes(checkDomain('a'.repeat(5000)))).toEqual(['domain.tooLong']);
  });

  test('never throws on what is not a string', () => {
    expect(checkDomain(undefined as unknown as string).ok).toBe(false);
    expect(checkDomain(42 as unknown as string).ok).toBe(false);
  });

  test('the reader sees a sentence for every code (one rendered here)', () => {
    const t = dictionary('zh-CN').domainCheck;
    const v = checkDomain('example.dev');
    expect(say(t.says, v.errors[0]!)).toContain('.dev 不在工信部批准的顶级域名名单里');
    expect(say(t.says, v.errors[0]!)).toContain(SUFFIXES_CHECKED);
    for (const text of Object.values(t.says)) expect(text).not.toMatch(/\{(?!\w+\})/);
  });
});
