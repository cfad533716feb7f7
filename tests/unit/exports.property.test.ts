/**
 * Every exported function of src/lib, called with random and hostile arguments of the types it declares:
 * it returns, or (only where its JSDoc says so) throws a RangeError. Nothing else is thrown, and nothing hangs
 * (the test's timeout bounds each run; inputs include 100 KB strings and worst cases for backtracking).
 *
 * The table below must name every exported function: a new export without an entry fails the first test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as csp from '../../src/lib/csp';
import * as deadlinesApi from '../../src/lib/deadlines/index';
import * as beijing from '../../src/lib/deadlines/beijing';
import * as zoneClock from '../../src/lib/deadlines/zone';
import * as smsWindow from '../../src/lib/deadlines/sms-window';
import * as calendar from '../../src/lib/deadlines/calendar';
import * as coverage from '../../src/lib/deadlines/coverage';
import * as days from '../../src/lib/deadlines/days';
import * as police from '../../src/lib/deadlines/police';
import * as sync from '../../src/lib/deadlines/sync';
import * as validate from '../../src/lib/deadlines/validate';
import * as ics from '../../src/lib/deadlines/ics';
import * as messagesApi from '../../src/lib/messages/index';
import * as messagesEvents from '../../src/lib/messages/events';
import * as messagesDecide from '../../src/lib/messages/decide';
import * as messagesMatch from '../../src/lib/messages/match';
import * as messagesNumbers from '../../src/lib/messages/numbers';
import * as messagesLimits from '../../src/lib/messages/limits';
import * as provincesApi from '../../src/lib/provinces/index';
import * as provincesVocabulary from '../../src/lib/provinces/vocabulary-data';
import * as provincesRef from '../../src/lib/provinces/ref';
import * as provincesRules from '../../src/lib/provinces/rules';
import * as provincesPicker from '../../src/lib/provinces/picker';
import * as provincesSearch from '../../src/lib/provinces/search';
import * as provincesEnglish from '../../src/lib/provinces/data-en';
import * as verificationApi from '../../src/lib/verification/index';
import * as verificationDocuments from '../../src/lib/verification/documents';
import * as verificationField from '../../src/lib/verification/field';
import * as verificationSms from '../../src/lib/verification/sms';
import * as verificationTypes from '../../src/lib/verification/types';
import * as siteNameApi from '../../src/lib/site-name/index';
import * as siteNameCheck from '../../src/lib/site-name/check';
import * as siteNameProvince from '../../src/lib/site-name/province';
import * as siteNameRename from '../../src/lib/site-name/rename';
import * as siteNameFormat from '../../src/lib/site-name/format';
import type { FieldKind } from '../../src/lib/verification/field';
import * as text from '../../src/lib/text/index';
import * as miitSms from '../../src/lib/miit-sms/index';
import * as domainsApi from '../../src/lib/domains/index';
import * as domainsPunycode from '../../src/lib/domains/punycode';
import * as domainsSchema from '../../src/lib/domains/schema';
import * as footerApi from '../../src/lib/footer/index';
import * as footerCore from '../../src/lib/footer/core';
import * as footerLinks from '../../src/lib/footer/links';
import * as footerNumbers from '../../src/lib/footer/numbers';
import * as footerProvince from '../../src/lib/footer/province';
import * as footerScan from '../../src/lib/footer/scan';
import { runs } from './runs';

// The deadlines barrel exports only the public API; its modules' other exports are imported by path elsewhere and
// are tested here under the same name.
const deadlines = {
  ...beijing,
  ...zoneClock,
  ...smsWindow,
  ...calendar,
  ...coverage,
  ...days,
  ...police,
  ...sync,
  ...validate,
  ...deadlinesApi,
};
// Likewise for the other domains: their barrels export the README's API, and their modules' other exports (imported
// by path by the islands and pages) are tested here under the barrel's name.
const messages = {
  ...messagesEvents,
  ...messagesDecide,
  ...messagesMatch,
  ...messagesNumbers,
  ...messagesLimits,
  ...messagesApi,
};
const provinces = {
  ...provincesVocabulary,
  ...provincesRef,
  ...provincesRules,
  ...provincesPicker,
  ...provincesSearch,
  ...provincesEnglish,
  ...provincesApi,
};
const verification = {
  ...verificationDocuments,
  ...verificationField,
  ...verificationSms,
  capInput: verificationTypes.capInput,
  ...verificationApi,
};
const siteName = { ...siteNameCheck, ...siteNameProvince, ...siteNameRename, ...siteNameFormat, ...siteNameApi };
const domains = { ...domainsPunycode, ...domainsSchema, ...domainsApi };
const footer = { ...footerLinks, ...footerNumbers, ...footerProvince, ...footerScan, ...footerCore, ...footerApi };
const modules = {
  csp,
  deadlines,
  ics,
  messages,
  provinces,
  verification,
  text,
  miitSms,
  siteName,
  domains,
  footer,
} as const;

// ---- arbitraries ----
const hostile = fc.constantFrom(
  '',
  ' ',
  '０１２３４５６７８９',
  '（）()',
  '+86 138-0013-8000',
  '尊敬的ICP用户：'.repeat(2000),
  '1'.repeat(100_000),
  'a'.repeat(50_000) + '!',
  '验证码：'.repeat(20_000),
  'ICP备'.repeat(20_000) + '号',
  '2026-'.repeat(20_000),
  '<script>alert(1)</script>',
  '\u0000\uFFFF\uD800',
);
const str = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  hostile,
);
const validDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const day = fc.oneof(validDay, validDay, str);
// The invalid Date is a constant branch, so every run meets it (not a rare draw of fc.date()).
const INVALID_DATE = new Date(NaN);
const date = fc.oneof(fc.constant(INVALID_DATE), fc.date({ noInvalidDate: true }), fc.date());
const int = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(0, 1, 20, 30, -1, 1e9, -1e9));
const num = fc.oneof(int, fc.double(), fc.constantFrom(NaN, Infinity, -Infinity));
const basis = fc.constantFrom('statutory', 'usual') as fc.Arbitrary<calendar.Basis>;
const zone = fc.oneof(
  fc.constantFrom('Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Etc/GMT+12'),
  str,
);
const docType = fc.oneof(
  fc.constantFrom(...verification.DOCUMENT_TYPES.map((d) => d.value)),
  str,
) as fc.Arbitrary<verificationApi.DocumentType>;
const kind = fc.constantFrom('code', 'phone', 'tail') as fc.Arbitrary<FieldKind>;
const anyIssue = fc.record({ code: str, params: fc.dictionary(str, fc.oneof(str, num)) }, { requiredKeys: ['code'] });
const fieldCheck = fc.record({
  ok: fc.boolean(),
  value: str,
  errors: fc.array(anyIssue, { maxLength: 3 }),
  warnings: fc.array(anyIssue, { maxLength: 3 }),
});
// Events are plain records built here: an arbitrary never calls the code under test (that runs only inside the
// property, where its exceptions are judged).
const timedEvent = fc.record(
  {
    uid: str,
    start: date,
    end: date,
    summary: str,
    description: str,
    alarmMinutesBefore: fc.oneof(int, num),
  },
  { requiredKeys: ['uid', 'start', 'end', 'summary'] },
);
const allDayEvent = fc.record(
  { uid: str, date: day, summary: str, description: str, alarmAtMinutes: fc.oneof(int, num) },
  { requiredKeys: ['uid', 'date', 'summary'] },
);

const province = fc.constantFrom(...provinces.PROVINCES);
// Hostile HTML for the footer check: unterminated tags, quotes that never close, many links and numbers, entities.
const htmlish = fc.oneof(
  str,
  fc.constantFrom(
    '<a href="',
    "<a href='x".repeat(10_000),
    '<script>'.repeat(20_000),
    '<a href="https://beian.miit.gov.cn/">京ICP备2026000000号-1</a>'.repeat(5_000),
    '京公网安备'.repeat(20_000) + '1'.repeat(14),
    '&#x4EAC;'.repeat(50_000),
    '<!--'.repeat(20_000),
    '<'.repeat(100_000),
    'ICP备'.repeat(30_000) + '1',
  ),
  fc
    .array(
      fc.constantFrom(
        '<a href="https://beian.miit.gov.cn/">',
        '</a>',
        '<p>',
        '京',
        'ICP备',
        '2026000000',
        '号',
        '-1',
        '公网安备',
        '<img src=//x/y.png>',
        '&amp;',
        '"',
        "'",
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);
const provinceIds = fc.oneof(fc.constant(provinces.PROVINCE_REFS), fc.constant([]), fc.anything()) as fc.Arbitrary<
  footerNumbers.ProvinceId[]
>;
const footerRuleArb = fc.oneof(
  fc.constantFrom(...footerProvince.footerRules(provinces.PROVINCES)),
  fc.anything(),
) as fc.Arbitrary<footerProvince.FooterRule>;
const topic = fc.oneof(fc.constantFrom(...provinces.RULE_TOPICS), str) as fc.Arbitrary<provincesApi.RuleTopic>;
const pickerData = fc.constantFrom(provinces.toPickerData(provinces.PROVINCES), [] as provincesApi.PickerProvince[]);
const provinceRef = fc.oneof(fc.constantFrom(...provinces.PROVINCES.flatMap((p) => [p.slug, p.name, p.fullName])), str);
const pickerInput = fc.record({
  subject: fc.oneof(fc.constantFrom('personal', 'organisation'), str),
  home: provinceRef,
  residence: fc.option(provinceRef, { nil: undefined }),
  age: fc.option(fc.oneof(fc.constantFrom(...provinces.AGE_BRACKETS), str), { nil: undefined }),
}) as fc.Arbitrary<provincesApi.PickerInput>;

type Spec = { args: fc.Arbitrary<unknown[]>; throws?: 'RangeError' };
const S = (...a: fc.Arbitrary<unknown>[]) => fc.tuple(...a) as fc.Arbitrary<unknown[]>;

/** The argument types of every exported function, and which may throw a RangeError by contract. */
const SPECS: Record<string, Spec> = {
  // csp
  'csp.inlineScripts': { args: S(str) },
  'csp.scriptHash': { args: S(str) },
  'csp.buildPolicy': { args: S(fc.array(str, { maxLength: 5 }), fc.record({ header: fc.boolean() })) },
  'csp.withCspMeta': { args: S(str) },
  'csp.headersFile': { args: S(fc.array(str, { maxLength: 5 })) },
  // deadlines: clock and windows
  'deadlines.wallParts': { args: S(date, num) },
  'deadlines.beijingParts': { args: S(date) },
  'deadlines.todayInBeijing': { args: S(date) },
  'deadlines.toBeijingInputValue': { args: S(date) },
  'deadlines.toWallInputValue': { args: S(date, num) },
  'deadlines.wallMs': { args: S(str), throws: 'RangeError' },
  'deadlines.parseBeijingDateTime': { args: S(str), throws: 'RangeError' },
  'deadlines.parseZonedDateTime': { args: S(str, zone), throws: 'RangeError' },
  'deadlines.toZonedInputValue': { args: S(date, zone), throws: 'RangeError' },
  'deadlines.smsDeadline': { args: S(date) },
  'deadlines.timeLeft': { args: S(date, date) },
  'deadlines.durationParts': { args: S(num) },
  'deadlines.syncWindow': { args: S(date) },
  'deadlines.zoneOffsetMinutes': { args: S(date, zone) },
  'deadlines.formatOffset': { args: S(num) },
  'deadlines.localTime': { args: S(date, zone) },
  // deadlines: calendar
  'deadlines.yearStatus': { args: S(int) },
  'deadlines.hasOfficialCalendar': { args: S(int) },
  'deadlines.officialYears': { args: S() },
  'deadlines.springFestivalPattern': { args: S(int) },
  'deadlines.specialDay': { args: S(day, basis), throws: 'RangeError' },
  'deadlines.isWorkingDay': { args: S(day), throws: 'RangeError' },
  'deadlines.addWorkingDays': { args: S(day, int, basis), throws: 'RangeError' },
  'deadlines.spansEstimate': { args: S(day, day), throws: 'RangeError' },
  'deadlines.reviewWindow': { args: S(day, int), throws: 'RangeError' },
  'deadlines.holidaysBetween': { args: S(day, day), throws: 'RangeError' },
  'deadlines.holidaysAround': { args: S(day, day), throws: 'RangeError' },
  'deadlines.parseDay': { args: S(str) },
  'deadlines.daysInMonth': { args: S(int, int) },
  'deadlines.dayNumber': { args: S(day), throws: 'RangeError' },
  'deadlines.fromDayNumber': { args: S(int), throws: 'RangeError' },
  'deadlines.addDays': { args: S(day, int), throws: 'RangeError' },
  'deadlines.weekday': { args: S(day), throws: 'RangeError' },
  'deadlines.yearOf': { args: S(day), throws: 'RangeError' },
  'deadlines.normalizeDateText': { args: S(str) },
  'deadlines.validateDay': { args: S(fc.oneof(day, fc.anything())) },
  'deadlines.validateDateTime': { args: S(fc.oneof(str, fc.anything()), fc.option(zone, { nil: undefined })) },
  'deadlines.validateOrder': { args: S(date, date) },
  'deadlines.isInFuture': { args: S(date, date) },
  'deadlines.calendarGaps': { args: S(day) },
  'deadlines.policeFilingDeadline': { args: S(day), throws: 'RangeError' },
  // ics
  'ics.escapeText': { args: S(str) },
  'ics.foldLine': { args: S(str) },
  'ics.icsUtc': { args: S(date), throws: 'RangeError' },
  'ics.icsDate': { args: S(day), throws: 'RangeError' },
  'ics.buildIcs': {
    args: S(fc.array(fc.oneof(timedEvent, allDayEvent), { maxLength: 3 }), date),
    throws: 'RangeError',
  },
  'ics.smsIcsFileName': { args: S(date), throws: 'RangeError' },
  'ics.dayIcsFileName': { args: S(str, day), throws: 'RangeError' },
  'ics.deadlineEvent': { args: S(date, str, str), throws: 'RangeError' },
  'ics.dayEvent': { args: S(day, str, str, fc.constantFrom('review', 'police')) },
  'ics.icsDuration': { args: S(num) },
  // messages
  'messages.interpretMessage': { args: S(str) },
  'messages.matchMiitResult': { args: S(str) },
  'messages.matchMiitKeys': { args: S(str) },
  'messages.clauses': { args: S(str) },
  'messages.events': { args: S(str) },
  'messages.ownPart': { args: S(str, int) },
  'messages.reasonSpans': { args: S(str) },
  'messages.lineTags': { args: S(str) },
  'messages.decide': { args: S(fc.constant([])) },
  'messages.statedLimit': { args: S(str) },
  'messages.countOf': {
    args: S(fc.oneof(str, fc.constantFrom('七', '十五', '两', '二十', 'five', '十十'), fc.anything())),
  },
  'messages.smsRule': { args: S(fc.anything(), str) },
  'messages.documentExpiry': { args: S(str) },
  'miitSms.isOfficialHost': { args: S(str) },
  'miitSms.imitatesOfficial': { args: S(str) },
  'miitSms.nearOfficial': { args: S(str) },
  'miitSms.suspiciousHosts': { args: S(str) },
  'miitSms.otherPurposeAt': { args: S(str, str) },
  'messages.provinceTable': { args: S(fc.anything()) },
  'messages.findFilingNumbers': { args: S(str, fc.oneof(int, fc.constant(undefined))) },
  'messages.findLicence': { args: S(str) },
  'messages.findPoliceNumber': { args: S(str) },
  // provinces
  'provinces.findProvince': { args: S(str) },
  'provinces.namesBeyondSlug': { args: S(str, fc.array(str, { maxLength: 4 })) },
  'provinces.findProvinceRef': { args: S(str) },
  'provinces.reviewLimit': { args: S(fc.oneof(province, fc.anything())) },
  'provinces.ruleAnchor': { args: S(int) },
  'provinces.provinceHref': { args: S(str, fc.option(int, { nil: undefined })) },
  'provinces.isUnknown': { args: S(fc.record({ text: str })) },
  'provinces.rulesByTopic': { args: S(province) },
  'provinces.topicCell': { args: S(province, topic, fc.oneof(fc.constantFrom('zh', 'en'), str) as fc.Arbitrary<'zh'>) },
  'provinces.translationProblems': {
    args: S(fc.subarray([...provinces.PROVINCES]), fc.subarray([...provincesEnglish.TRANSLATIONS])),
  },
  'provinces.toEnglish': { args: S(province, fc.constantFrom(...provincesEnglish.TRANSLATIONS)) },
  'provinces.provinceSources': { args: S(province) },
  'provinces.siteNameWords': { args: S(province) },
  'provinces.pickBureau': { args: S(pickerInput, pickerData) },
  'provinces.toPickerData': { args: S(fc.subarray([...provinces.PROVINCES])) },
  'provinces.recognizeProvince': { args: S(str, pickerData, fc.constant(undefined)) },
  'provinces.searchProvinces': { args: S(fc.oneof(str, provinceRef), pickerData, fc.constant(undefined)) },
  'provinces.looksLikeHkMoTw': { args: S(fc.oneof(str, fc.constantFrom('香港', 'Macao', '臺灣'), fc.anything())) },
  // verification
  'verification.checkCode': { args: S(str) },
  'verification.checkPhone': { args: S(str) },
  'verification.checkIdTail': { args: S(str) },
  'verification.unframe': { args: S(str, fc.constantFrom('code', 'phone', 'tail')) },
  'verification.documentChecked': { args: S(fc.anything()) },
  'verification.idTail': { args: S(docType, str, fc.record({ today: date })) },
  'verification.residentIdCheckChar': { args: S(str) },
  'verification.hkIdCheckChar': { args: S(str) },
  'verification.extractSmsInfo': { args: S(str) },
  'verification.checkField': { args: S(kind, str) },
  'verification.readsAsSms': { args: S(str) },
  'verification.copyableValue': { args: S(kind, fieldCheck) },
  'verification.copyForms': { args: S(kind, fieldCheck) },
  'verification.capInput': { args: S(str, num) },
  // text
  'text.asString': { args: S(fc.anything()) },
  'text.cleanField': { args: S(str, fc.record({ dashes: fc.boolean(), upper: fc.boolean() })) },
  'text.normalizeText': { args: S(str) },
  'text.foldChar': { args: S(str) },
  'text.foldInPlace': { args: S(str) },
  'text.showChar': { args: S(str) },
  'text.strayChars': { args: S(str, fc.func(fc.boolean())) },
  'text.charCount': { args: S(str) },
  'text.lastChars': { args: S(str, num) },
  // site-name
  'siteName.checkSiteName': {
    args: S(
      str,
      fc.record({
        subject: fc.oneof(fc.constantFrom('personal', 'organisation'), str),
        province: fc.option(fc.oneof(provinceRef, str), { nil: undefined }),
      }),
    ),
  },
  'siteName.checkName': {
    args: S(
      str,
      fc.record(
        {
          subject: fc.oneof(fc.constantFrom('personal', 'organisation'), str),
          places: fc.oneof(fc.array(str, { maxLength: 5 }), fc.anything()),
        },
        { requiredKeys: ['subject'] },
      ),
    ),
  },
  'siteName.ruleApplies': {
    args: S(
      fc.oneof(fc.record({ appliesTo: fc.oneof(fc.constantFrom('个人', '单位', '全部'), str) }), fc.anything()),
      fc.oneof(fc.constantFrom('personal', 'organisation'), str),
    ),
  },
  'siteName.sectorBasis': { args: S(fc.oneof(fc.constantFrom('news', 'broadcast', 'finance'), str, fc.anything())) },
  'siteName.refusalScope': {
    args: S(
      fc.oneof(
        fc.record({
          errors: fc.array(fc.record({ code: fc.oneof(fc.constantFrom('province.words', 'illegal'), str) })),
        }),
        fc.anything(),
      ),
    ),
  },
  'siteName.provinceWords': { args: S(province) },
  'siteName.provinceWordsFor': { args: S(fc.option(fc.oneof(provinceRef, str), { nil: undefined })) },
  'siteName.matchFormat': {
    args: S(
      fc.oneof(
        str.map((t) => Array.from(t)),
        fc.anything(),
      ),
      fc.oneof(fc.constantFrom('*的个人博客', '*', '**', ''), str, fc.anything()),
    ),
  },
  'siteName.fillFormat': { args: S(fc.oneof(str, fc.anything()), fc.oneof(str, fc.anything())) },
  'siteName.rename': {
    args: S(
      fc.oneof(
        str.map((t) => Array.from(t)),
        fc.anything(),
      ),
      fc.oneof(fc.array(fc.record({ from: int, to: int }), { maxLength: 5 }), fc.anything()),
    ),
  },
  'text.toHalfWidth': { args: S(str) },
  'text.wordFinder': { args: S(str) },
  // domains
  'domains.checkDomain': { args: S(fc.oneof(str, fc.domain(), fc.webUrl(), fc.anything())) },
  'domains.decodeLabel': { args: S(fc.oneof(str, fc.stringMatching(/^[a-z0-9-]{1,70}$/))) },
  'domains.encodeLabel': { args: S(str) },
  'domains.parseDomainData': { args: S() },
  // footer
  'footer.checkFooter': {
    args: S(htmlish, fc.oneof(fc.constant(undefined), fc.record({ rules: fc.array(footerRuleArb, { maxLength: 3 }) }))),
  },
  'footer.footerHtml': {
    args: S(
      fc.oneof(
        fc.record(
          { icp: fc.oneof(str, htmlish), police: str, province: footerRuleArb, badge: str },
          { requiredKeys: ['icp'] },
        ),
        fc.anything(),
      ),
    ),
  },
  'footer.checkFooterWith': {
    args: S(
      htmlish,
      fc.oneof(fc.record({ provinces: provinceIds, rules: fc.array(footerRuleArb, { maxLength: 3 }) }), fc.anything()),
    ),
  },
  'footer.footerHtmlWith': {
    args: S(
      fc.oneof(
        fc.record(
          { icp: fc.oneof(str, htmlish), police: str, province: footerRuleArb, badge: str, provinces: provinceIds },
          { requiredKeys: ['icp', 'provinces'] },
        ),
        fc.anything(),
      ),
    ),
  },
  'footer.footerRules': { args: S(fc.oneof(fc.subarray([...provinces.PROVINCES]), fc.anything())) },
  'footer.footerRule': { args: S(province) },
  'footer.ruleSays': { args: S(str) },
  'footer.scanHtml': { args: S(htmlish) },
  'footer.decodeEntities': { args: S(htmlish) },
  'footer.hostOf': { args: S(str) },
  'footer.icpLink': { args: S(str) },
  'footer.policeHref': { args: S(str) },
  'footer.policeLink': { args: S(str, str) },
  'footer.findIcpNumbers': { args: S(htmlish, provinceIds) },
  'footer.findPoliceNumbers': { args: S(htmlish, provinceIds) },
  'footer.hasLicence': { args: S(htmlish) },
  'footer.readIcp': { args: S(str, provinceIds) },
  'footer.readPolice': { args: S(str, provinceIds) },
  // miit-sms
  'miitSms.parseMiitSms': { args: S(str, fc.boolean(), fc.constant(undefined)) },
  'miitSms.findHosts': { args: S(str) },
};

const exported = Object.entries(modules).flatMap(([m, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'function')
    .map(([name, fn]) => [`${m}.${name}`, fn as (...a: unknown[]) => unknown] as const),
);

test('every exported function of src/lib has a property below', () => {
  expect(exported.map(([n]) => n).filter((n) => !(n in SPECS))).toEqual([]);
  expect(Object.keys(SPECS).filter((n) => !exported.some(([e]) => e === n))).toEqual([]);
});

describe.each(exported.filter(([n]) => n in SPECS))('%s', (name, fn) => {
  const spec = SPECS[name]!;
  test(
    spec.throws ? 'returns or throws a RangeError, never anything else' : 'never throws',
    () => {
      fc.assert(
        fc.property(spec.args, (args) => {
          try {
            fn(...args);
          } catch (e) {
            if (spec.throws && e instanceof RangeError) return;
            throw e;
          }
        }),
        { numRuns: runs(60) },
      );
    },
    60_000,
  );
});
