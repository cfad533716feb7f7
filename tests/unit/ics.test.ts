import { describe, expect, test } from 'vitest';
import {
  buildIcs,
  dayEvent,
  deadlineEvent,
  escapeText,
  foldLine,
  icsDuration,
  icsUtc,
} from '../../src/lib/deadlines/ics';
import { reviewWindow, smsDeadline } from '../../src/lib/deadlines';
import { parseBeijingDateTime } from '../../src/lib/deadlines/zone';

/** A small RFC 5545 reader: split on CRLF, unfold continuation lines, split name;params:value, unescape TEXT. */
interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
function parseIcs(text: string): { components: { type: string; props: Prop[] }[]; physical: string[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) expect(l, 'no bare LF or CR').not.toMatch(/[\r\n]/);
  const logical: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') || l.startsWith('\t')) logical[logical.length - 1] += l.slice(1);
    else logical.push(l);
  }
  const stack: { type: string; props: Prop[] }[] = [];
  const components: { type: string; props: Prop[] }[] = [];
  for (const l of logical) {
    const colon = l.indexOf(':');
    const [name, ...params] = l.slice(0, colon).split(';');
    const value = l.slice(colon + 1);
    if (name === 'BEGIN') {
      const c = { type: value, props: [] };
      stack.push(c);
      components.push(c);
    } else if (name === 'END') {
      expect(stack.pop()!.type).toBe(value);
    } else {
      stack[stack.length - 1]!.props.push({
        name: name!,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      });
    }
  }
  expect(stack).toHaveLength(0);
  return { components, physical };
}
const prop = (c: { props: Prop[] }, name: string) => c.props.find((p) => p.name === name);
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  const received = parseBeijingDateTime('2026-12-31T20:00');
  const deadline = smsDeadline(received);
  const stamp = new Date('2026-11-28T10:00:00Z');
  const summary = 'ICP 备案：工信部短信核验截止（北京时间 2027年1月1日 20:00）';
  const description =
    '请在截止前打开短信里的核验链接，填写验证码、手机号码、证件号码后六位；超时订单会被退回，需要重新提交。\n来源：ICP 备案指南，期限计算';
  const w = reviewWindow('2026-09-18');
  const ics = buildIcs(
    [
      deadlineEvent(deadline, summary, description),
      dayEvent(w.last, '管局审核第 20 个工作日（最晚），逗号, 分号; 反斜杠\\', '第一天：2026-09-20'),
    ],
    stamp,
  );
  const { components, physical } = parseIcs(ics);

  test('is a VCALENDAR 2.0 with two VEVENTs, each with its VALARM', () => {
    expect(components.map((c) => c.type)).toEqual(['VCALENDAR', 'VEVENT', 'VALARM', 'VEVENT', 'VALARM']);
    expect(prop(components[0]!, 'VERSION')!.value).toBe('2.0');
    expect(prop(components[0]!, 'PRODID')).toBeDefined();
  });

  test('timed event: DTSTART/DTEND in UTC, UID, DTSTAMP, alarm', () => {
    const ev = components[1]!;
    expect(prop(ev, 'DTEND')!.value).toBe('20270101T120000Z');
    expect(prop(ev, 'DTSTART')!.value).toBe('20270101T110000Z');
    expect(prop(ev, 'DTSTAMP')!.value).toBe('20261128T100000Z');
    expect(prop(ev, 'UID')!.value).toBe('sms-deadline-20270101T120000Z@icp-beian-guide');
    expect(prop(components[2]!, 'TRIGGER')!.value).toBe('-PT60M');
    expect(prop(components[2]!, 'ACTION')!.value).toBe('DISPLAY');
  });

  test('summary and description round-trip, with the newline', () => {
    expect(unescapeText(prop(components[1]!, 'SUMMARY')!.value)).toBe(summary);
    expect(unescapeText(prop(components[1]!, 'DESCRIPTION')!.value)).toBe(description);
    expect(unescapeText(prop(components[3]!, 'SUMMARY')!.value)).toBe(
      '管局审核第 20 个工作日（最晚），逗号, 分号; 反斜杠\\',
    );
  });

  test('all-day event uses VALUE=DATE with an exclusive end', () => {
    const ev = components[3]!;
    expect(prop(ev, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261022' });
    expect(prop(ev, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20261023' });
  });

  test('CRLF everywhere and every physical line ≤ 75 octets; long Chinese lines were folded', () => {
    expect(ics.split('\r\n').length - 1).toBe(ics.split('\n').length - 1);
    for (const l of physical) expect(octets(l), l).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('alarms of the whole-day deadlines (issue 21: only the SMS file had one)', () => {
  const stamp = new Date('2026-11-28T10:00:00Z');
  const review = parseIcs(buildIcs([dayEvent('2026-10-22', '管局审核最后一天', '')], stamp)).components;
  const police = parseIcs(buildIcs([dayEvent('2026-10-18', '公安联网备案截止', '', 'police')], stamp)).components;

  test('the review’s last day: a display alarm at 09:00 that day', () => {
    expect(review.map((c) => c.type)).toEqual(['VCALENDAR', 'VEVENT', 'VALARM']);
    expect(prop(review[2]!, 'ACTION')!.value).toBe('DISPLAY');
    expect(prop(review[2]!, 'TRIGGER')!.value).toBe('PT9H');
    expect(unescapeText(prop(review[2]!, 'DESCRIPTION')!.value)).toBe('管局审核最后一天');
  });

  test('the 公安联网备案 deadline: at 09:00 three days before, time to file', () => {
    expect(police.map((c) => c.type)).toEqual(['VCALENDAR', 'VEVENT', 'VALARM']);
    expect(prop(police[2]!, 'TRIGGER')!.value).toBe('-P2DT15H');
  });

  test('icsDuration writes minutes as RFC 5545 durations', () => {
    expect([540, -3780, -60, 0, 1440, 90, -1].map(icsDuration)).toEqual([
      'PT9H',
      '-P2DT15H',
      '-PT1H',
      'PT0M',
      'P1D',
      'PT1H30M',
      '-PT1M',
    ]);
  });
});

describe('foldLine', () => {
  test('splits long Chinese text at ≤ 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + '备案短信核验截止'.repeat(20);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      // a split inside a character would leave a lone surrogate or U+FFFD after a UTF-8 round trip
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
    }
    // 'SUMMARY:' is 8 octets, then 22 characters of 3 octets = 74; the 23rd would make 77
    expect(octets(parts[0]!)).toBe(74);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(
      parts[0]! +
        parts
          .slice(1)
          .map((p) => p.slice(1))
          .join(''),
    ).toBe(line);
  });

  test('4-octet characters (emoji, CJK extension B) are kept whole', () => {
    const line = 'X:' + '𠀀😀'.repeat(30);
    const parts = foldLine(line).split('\r\n');
    for (const p of parts) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  test('a line of exactly 75 octets is left alone', () => {
    const line = 'A'.repeat(75);
    expect(foldLine(line)).toBe(line);
    expect(foldLine(line + 'B')).toBe(line + '\r\n B');
  });
});

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(unescapeText(escapeText('逗号，, 分号; \\ 换行\n'))).toBe('逗号，, 分号; \\ 换行\n');
  });

  test('icsUtc drops milliseconds', () => {
    expect(icsUtc(new Date('2027-01-01T12:00:00.789Z'))).toBe('20270101T120000Z');
  });
});
