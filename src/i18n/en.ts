/**
 * English (en): every sentence the tools show on the English pages (/en/…), for a reader who does not read Chinese
 * but will see Chinese in the provider console, on the MIIT pages and in the SMS: where the reader has to find
 * something on a Chinese screen, the Chinese words stand beside the English, in parentheses or quotes. The English
 * words follow the English glossary (/en/guide/glossary/); facts as in zh-CN.ts. Typed as {@link Dictionary}, so a
 * missing key fails `astro check`; every `{placeholder}` of a zh-CN sentence is kept.
 */
import { RULE_TOPICS } from '../lib/provinces/vocabulary-data';
import type { Dictionary } from './index';

/** The months as dates write them, January first (one list for every section that writes dates). */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Where the English pages live: under /en/, with the English pages' spelling of the headings src/lib links to. */
const links: Dictionary['links'] = {
  prefix: '/en',
  anchors: {
    公安联网备案期限: 'public-security-filing-deadline',
    哪些域名后缀能备案: 'which-domain-extensions-can-be-filed',
    在国外注册商买的域名能备案吗: 'can-a-domain-bought-from-a-foreign-registrar-be-filed',
    二级域名子域名要单独备案吗: 'do-subdomains-need-their-own-filing',
    域名实名认证持有人要和备案主体一致: 'the-domain-holder-must-match-the-filing-entity',
    把备案号放到网站首页: 'put-the-filing-number-on-your-home-page',
    把公安备案号放到网站底部: 'put-the-public-security-filing-number-in-your-footer',
    // The headings the tools' "do it by hand" links open (src/components/*/*.astro, shared/Tool.astro).
    在工信部网站填写核验信息: 'fill-in-the-miit-verification-page',
    核验结果提示一览: 'verification-result-messages-and-what-they-mean',
    '24-小时时限': 'the-24-hour-deadline',
    核验完成后结果同步到接入商: 'after-verification-the-result-reaches-your-provider',
    什么算一个工作日: 'what-counts-as-a-working-day',
    '30-日从哪天算': 'when-does-the-30-day-public-security-filing-deadline-start',
    网站名称的基本规则: 'basic-rules-for-a-website-name',
    '31-个省份对照表': 'icp-filing-rules-of-the-31-provinces-compared',
    // A province page's topic headings keep the same ids in both languages.
    ...Object.fromEntries(RULE_TOPICS.map((topic) => [topic, topic])),
  },
};

/** Link texts of the pages src/lib links to. */
const pages: Dictionary['pages'] = {
  why: 'Why ICP filing is required',
  prepare: 'Before you file',
  fillIn: 'Filling in the filing information',
  siteNameGuide: 'Choosing a website name',
  first: "The provider's preliminary review",
  sms: 'MIIT SMS verification',
  review: 'Bureau review',
  after: 'After approval',
  faq: 'FAQ',
  glossary: 'Glossary',
  needFiling: 'Do you need ICP filing',
  preApproval: 'Pre-approval',
  changes: 'Changes and deregistration',
  keepValid: 'Keeping your filing valid',
  police: 'Public security filing (公安联网备案)',
  provinces: 'Bureau requirements by province',
  check: 'SMS verification field checker',
  decoder: 'SMS and notice decoder',
  deadlines: 'Deadline calculator',
  policeDeadline: 'Public security filing deadline',
  siteName: 'Website name checker',
  picker: 'Bureau and materials finder',
  domainCheck: 'Can this domain be filed',
  footer: 'Footer code for the filing number',
  suffixes: 'Which domain extensions can be filed',
  registrar: 'Can a domain bought from a foreign registrar be filed',
  subdomains: 'Do subdomains need their own filing',
  realName: 'Domain real-name verification',
  footerGuide: 'Put the filing number on your home page',
  policeFooter: 'Put the public security filing number in your footer',
};

/** The filing types an MIIT SMS names (the word after 您的), in English with the word the SMS uses. */
const FILING_TYPE_NAMES: Dictionary['smsCheck']['filingTypes'] = {
  首次备案: 'first filing (首次备案)',
  新增备案: 'first filing (新增备案)',
  新增网站: 'adding a website (新增网站)',
  新增接入: 'new access (新增接入)',
  新增主体: 'adding a filing entity (新增主体)',
  变更主体: 'change of the filing entity (变更主体)',
  变更网站: 'change of a website (变更网站)',
  变更备案: 'change of the filing (变更备案)',
  注销网站: 'deregistration of a website (注销网站)',
  注销主体: 'deregistration of the filing entity (注销主体)',
  注销备案: 'deregistration of the filing (注销备案)',
  取消接入: 'cancelling access (取消接入)',
};

/** Shared by every tool. */
const common: Dictionary['common'] = {
  // Ends with a space: the link (byHand) follows right after it.
  needsJs: 'This tool needs JavaScript running in your browser, and JavaScript is not running now. ',
  byHand: 'To check by hand without the tool, follow the guide: {page}',
  privacy:
    'Privacy: what you type or paste is processed only in your browser. It is not uploaded, not stored and not put in the page address.',
  provinceName: '{local} ({name})',
  bureauName: '{local} ({name})',
};

// ── Tool sections ───────────────────────────────────────────────────────────────────────────────────────────────

/** SMS verification field checker (src/components/sms-check). Codes: src/lib/verification. */
const smsCheck: Dictionary['smsCheck'] = {
  triesNote:
    'A wrong entry in any of the three boxes counts as one failed verification. After 5 failures in a row, the 6th submission returns (退回) this application: only your access provider can submit it again, and you wait for a new SMS. So check here first, then submit on the verification page.',
  privacyNote:
    "This tool runs only in your browser: what you type is not sent anywhere, and this site does not store it (no localStorage, sessionStorage or cookies, nothing in the page address). When you go back to this page or reload it, your browser itself may put what you just typed back into the boxes, and the tool checks it as usual; it stays on your device and is gone when you close this tab. When you click “Copy”, the text goes to your device's clipboard.",
  smsLegend: 'Step 1 (optional): paste the MIIT SMS',
  smsLabel: 'Paste the whole SMS you received from MIIT here',
  smsHint:
    'The tool reads the verification code from it (and puts it in the “SMS verification code” box below) and the filing type. The SMS says it is valid for 1 day (有效期 1 天); access providers all count 24 hours from when you receive it, so below, enter the time you received the SMS.',
  smsFilingType: 'Filing type: ',
  filingTypes: FILING_TYPE_NAMES,
  deadlineFor: 'The time and the deadline below are those of the SMS pasted above (code {code}).',
  deadlineForLatest:
    'You pasted more than one MIIT SMS: the time and the deadline below are those of the latest one (code {code}), so enter when that SMS arrived.',
  noDeadline:
    'What you pasted above is not the MIIT verification SMS, so no verification deadline is worked out for it: the 24 hours apply only to the MIIT SMS sent by 12381. If you have received that SMS, paste all of it above; or clear the box and enter when that SMS arrived.',
  timeCleared:
    'This SMS (code {code}) is not the one you entered a time for (code {old}), so that time has been cleared: enter when this SMS arrived.',
  receivedLabel: 'When you received the SMS (Beijing time, UTC+8)',
  receivedHint: 'Set to the time you opened this page; if the SMS arrived earlier, change it to the actual time.',
  receivedInvalid: 'Enter a valid date and time.',
  fieldsLegend: 'Step 2: check the three boxes of the verification page',
  codeLabel: 'SMS verification code (短信验证码)',
  codeHint:
    'The box labelled “短信验证码” on the verification page: type the 6 digits that follow “验证码：” (verification code) in the SMS.',
  phoneLabel: 'Mobile number (手机号码)',
  phoneHint:
    'The box labelled “手机号码”: the mobile number of the responsible person who received this SMS, as registered in the filing (11 digits).',
  tailLabel: 'Last six characters of the ID number (证件号码后六位)',
  tailHint:
    'The box labelled “证件号码后六位”: the last 6 characters of the number of the ID document this responsible person used for the filing; brackets and other symbols count. Example: for the Hong Kong identity card A123456(3), keep only the last 3 digits of the main number 123456 (456), then the bracket and the check digit: exactly 6 characters, 456(3).',
  status: {
    ok: 'This entry is fine.',
    warn: 'The page will accept this, but note:',
    bad: 'The page will refuse this, or the verification will fail:',
  },
  typeThis: 'Type this: ',
  typeForm: 'Type this ({form}): ',
  halfWidth: 'half-width brackets',
  fullWidth: 'full-width brackets',
  copy: 'Copy',
  copied: 'Copied',
  copyManual: 'Could not copy automatically. The text is selected: copy it yourself (Ctrl+C, ⌘C or a long press).',
  copyWhat: '{field}',
  copyWhatForm: '{field}, {form}',
  helperSummary: 'Not sure about the last six? Work them out from the full ID number',
  helperIntro:
    'Choose the document type and enter the full number. The tool checks the number (and its check digit, for documents that have one) and takes the last six characters.',
  docTypeLabel: 'Document type',
  docNumberLabel: 'Full document number',
  docExample: 'Format example: ',
  docStatus: {
    ok: 'The number checks out. The last six characters are: ',
    warn: 'The number checks out. The last six characters are: ',
    bad: 'There is a problem with this number:',
    unchecked:
      'Numbers of this document cannot be checked here. Going by the number you typed, the last six characters are: ',
  },
  useTail: 'Put them in “Last six characters of the ID number”',
  documentTypes: {
    'resident-id': 'Resident identity card (居民身份证)',
    'residence-permit': 'Residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证)',
    'hk-macau-permit': 'Mainland travel permit for Hong Kong and Macao residents (回乡证)',
    'taiwan-permit': 'Mainland travel permit for Taiwan residents (台胞证)',
    'hk-id': 'Hong Kong identity card (香港身份证)',
    'macau-id': 'Macao identity card (澳门身份证)',
    passport: 'Passport (护照)',
    other: 'Other document (其他证件)',
  },
  issues: {
    'input.fullWidthDigits':
      'Contains full-width characters: switch to an English (half-width) input method and type the digits.',
    'input.fullWidthAlnum':
      'Contains full-width characters: switch to an English (half-width) input method and type the letters or digits.',
    'input.fullWidthBrackets': 'Contains Chinese full-width brackets （）: use half-width brackets () instead.',
    'input.spaces':
      'Contains spaces or invisible characters (including full-width spaces and characters picked up when copying): delete them.',
    'input.dashes': 'Contains a dash “-”: delete it.',
    'input.typeThis': 'Type: {value}',
    'input.label': '“{label}” in front is a label, not part of the value: type only what follows it.',
    'input.punctuation': 'The punctuation “{chars}” at the start or end is not part of the value: remove it.',
    'code.tooLong':
      'Too long (over {limit} characters). This box takes only the 6-digit verification code from the SMS.',
    'code.empty':
      'The verification code cannot be empty (the page says “短信验证码不能为空”). Enter the 6 digits that follow “验证码：” in the SMS.',
    'code.pastedSms': 'Enter only the 6-digit code here, not the whole SMS.',
    'code.cancelAccess':
      'This SMS says it is for cancelling access (取消接入), which needs no SMS verification: do not type its code yet; first check with your access provider that such an application exists.',
    'code.notDigits': 'The verification code has digits only, no “{chars}”.',
    'code.length': 'The verification code has 6 digits; this has {length}.',
    'phone.tooLong': 'Too long (over {limit} characters). This box takes only the mobile number (11 digits).',
    'phone.empty':
      'The mobile number cannot be empty (the page says “手机号不能为空”). Enter the 11-digit mobile number registered in the filing.',
    'phone.brackets': 'Contains brackets: delete them.',
    'phone.prefix': 'Starts with “{prefix}”. The page accepts only the 11-digit mobile number itself: remove it.',
    'phone.foreign':
      'This is a number outside mainland China; the page accepts only an 11-digit mainland mobile number.',
    'phone.notDigits': 'A mobile number has digits only, no “{chars}”.',
    'phone.landline':
      'This is a landline number, and the SMS goes only to mobile phones. Enter an 11-digit mobile number.',
    'phone.hkMacau':
      'Eight digits starting with 5, 6 or 9: this may be a Hong Kong or Macao mobile number (without +852 or +853). The verification page takes only an 11-digit mainland mobile number (starting with 13–19): enter the mainland number registered in the filing; if you are not sure which number was registered, ask your access provider.',
    'phone.hotline':
      'This looks like a landline or hotline number, not a mobile number. Enter an 11-digit mobile number.',
    'phone.iot':
      'This is a 13-digit IoT number: it cannot receive the SMS, and the page takes only 11 digits. Ask your access provider to change the number.',
    'phone.length': 'A mobile number has 11 digits; this has {length}.',
    'phone.range': 'Numbers starting with “{start}” are not mobile numbers (the second digit should be 3–9).',
    'phone.virtual':
      '{prefix} is a virtual-operator number range; Tencent Cloud warns that such numbers may not receive the MIIT SMS. If it does not arrive, ask your access provider to change the number.',
    'tail.tooLong': 'Too long (over {limit} characters). This box takes only the last 6 characters of the ID number.',
    'tail.empty':
      'The ID number cannot be empty (the page says “证件号不能为空”). Enter the last 6 characters of the ID number, symbols included.',
    'tail.lowerX':
      'The check character at the end of an 18-character ID number is written as a capital X. Nothing published says whether the page reads a lower-case x as X: to be safe, type a capital X.',
    'tail.lookalikeX':
      '“{chars}” looks like X but is not the letter X (often a multiplication sign or symbol from a Chinese input method): type the Latin letter X instead.',
    'tail.lowerLetters':
      'Contains lower-case letters (“{chars}”). Whether the last six have letters depends on the document: on the resident identity card and the residence permit only the last character can be a letter (a capital X); the check digit in brackets on a Hong Kong identity card can be A; foreign passports and other documents can have letters. Compare with the document (the documents whose format we know print letters as capitals, so they are shown below as capitals).',
    'tail.symbols':
      'Contains the symbol “{chars}”: symbols count as characters of the last six, so it is kept as typed. Of the documents whose format we know, only Hong Kong and Macao identity cards have a symbol (brackets) in the last six: check that the number, as your access provider registered it, really has it; if not, delete it.',
    'tail.strayChars':
      'Contains “{chars}”, which is never part of an ID number (such as a Chinese character): enter only the digits, letters and symbols of the number.',
    'tail.tooMany':
      'Enter only the last 6 characters; this has {count} (the box keeps only the first 6). The last 6 are: {value}',
    'tail.tooFew': 'Exactly 6 characters are needed (brackets and other symbols count); this has only {count}.',
    'tail.brackets':
      "No official text says whether to type the brackets, or whether to use full-width or half-width ones, and nothing published says whether the verification page accepts both (one user's record of a filing with JD Cloud in March 2025 says “含符号” (symbols included), with full-width brackets in the example). Use the form your access provider registered for the document; if unsure, ask your access provider before you submit instead of spending tries: after 5 wrong entries in a row, the 6th submission returns (退回) this application.",
    'tail.oddBrackets': 'The brackets are in an unusual place (usually like 456(3)): compare with the document.',
    'document.tooLong': 'Too long (over {limit} characters). This box takes only the ID number.',
    'document.empty': 'Enter the full ID number.',
    'document.lowerX': 'Lower-case x has been changed to capital X; type a capital X when you verify too.',
    'document.oldId':
      'This is an old 15-digit number that is no longer used. Filings usually register the new 18-digit number, whose last six characters are different: work them out from the new number.',
    'document.residentIdLength':
      'A resident identity card number is 17 digits followed by a digit or X; this has {count} characters.',
    'document.residencePermitLength':
      'A residence permit number for Hong Kong, Macao and Taiwan residents is 17 digits followed by a digit or X; this has {count} characters.',
    'document.permitArea': 'Residence permit numbers start with 810000, 820000 or 830000; this one starts with {area}.',
    'document.hkPermit':
      'This is the residence permit number of a Hong Kong resident; the last six characters are taken the same way.',
    'document.macauPermit':
      'This is the residence permit number of a Macao resident; the last six characters are taken the same way.',
    'document.taiwanPermit':
      'This is the residence permit number of a Taiwan resident; the last six characters are taken the same way.',
    'document.badProvince': 'The first two digits are not a valid province code; the number may be mistyped.',
    'document.birthDate': 'The date of birth {date} does not exist or is later than today; the number may be mistyped.',
    'document.checkDigit':
      'The last character (the check digit) does not match: something in the number is mistyped. Compare it with the document digit by digit.',
    'document.hkMacauPermitFormat':
      'A Mainland travel permit for Hong Kong and Macao residents (回乡证) number is H or M followed by 8 digits (10 digits on older permits).',
    'document.taiwanPermitFormat':
      'A Mainland travel permit for Taiwan residents (台胞证) number is 8 digits; for other formats choose “Other document”.',
    'document.hkIdFormat':
      'A Hong Kong identity card number looks like A123456(3): 1–2 letters, 6 digits and a check digit in brackets.',
    'document.hkIdCheck':
      'The check digit in brackets does not match: something in the number is mistyped. Compare it with the document.',
    'document.macauIdFormat': 'A Macao identity card number looks like 1234567(8) and starts with 1, 5 or 7.',
    'document.macauIdUnchecked':
      'How the check digit of a Macao identity card is calculated is not published; only the format was checked.',
    'document.bracketForms':
      'The verification page wants the last six characters of the number as your provider registered it. Registered with the brackets (as printed on the card), the last six are {bracketed}; registered without them, they are {plain}. Type them as your provider registered the number; if unsure, ask the provider first.',
    'document.foreignPassport':
      'This is not the format of a Chinese passport (E or G followed by 8 digits, or E, a letter and 7 digits), so it is treated as a foreign passport: only its length and characters were checked.',
    'document.passportFormat': 'A passport number is 6–20 letters and digits, such as E12345678.',
    'document.otherTooShort': 'An ID number has at least 6 characters; this has only {count}.',
    'document.otherUnchecked':
      'The format of this kind of document cannot be checked: compare the last six characters with the document. Symbols such as dashes, slashes and brackets count as characters of the last six, so they are kept as you typed them.',
    'document.otherSpaces':
      'Spaces have been removed (as in the box for the last six). If the number your access provider registered has spaces, ask them how to type it before you submit.',
    'sms.noCode': 'No 6-digit verification code found: paste the whole MIIT SMS.',
    'sms.notMiit':
      'It does not mention MIIT (工信部) or beian.miit.gov.cn, so it does not look like the MIIT verification SMS.',
    'sms.otherHost':
      'Contains another address ({host}), so it may be a fake SMS: MIIT SMS verification happens only at beian.miit.gov.cn. Do not enter anything anywhere else.',
    'sms.otherHosts':
      'Contains other addresses ({host}, {host2}), so it may be a fake SMS: MIIT SMS verification happens only at beian.miit.gov.cn. Do not enter anything anywhere else.',
    'sms.cancelAccess':
      'Cancelling access (取消接入) is done by the access provider and needs no MIIT SMS verification, so a verification SMS that claims to be for it is unusual: do not verify yet, and check with your access provider that such an application exists.',
    'sms.olderCode':
      'What you pasted also has an older code, {old}. Once a code has been resent, the old one no longer works: the “SMS verification code” box below now holds the code of the latest SMS, {code}.',
    'sms.olderCodeMaybe':
      'You pasted more than one MIIT SMS: the “SMS verification code” box below now holds the latest one’s code, {code} (the earlier one: {old}). When the same phone received a resent SMS, only the latest code works, so do not use the old one; if the two SMS went to two responsible people, each uses the one on their own phone.',
    'sms.providerCode':
      '{code} is in a notice signed by an access provider, so it is not the MIIT verification code and has not been put in the box. The code for verification comes in a separate SMS from MIIT itself (sent by 12381, beginning “【工业和信息化部】”, with a verification link to beian.miit.gov.cn).',
    'sms.notFilingCode':
      "{code} is not the MIIT verification code: this SMS is for logging in, for a payment or for the access provider's own check of your phone number, and it is valid for a few minutes. Do not enter it on the MIIT verification page: that page takes only the code from the MIIT SMS sent by 12381.",
    'sms.lookAlike':
      'The link {host} in this SMS imitates the official address and is very likely a scam: do not open it, and do not enter a verification code, mobile number or ID number there. MIIT SMS verification happens only at beian.miit.gov.cn; if unsure, check the order status in your provider console.',
  },
};

/** The 24 hours, said the same way everywhere (facts §1: from receipt). */
const SMS24 =
  'The verification code is valid for 1 day: 24 hours from when you receive the SMS. If you do not verify in time, the order is returned (退回) and has to be submitted again. When the two responsible people each get an SMS, the safest is for both to verify within 24 hours of the first SMS.';
const TRIES = 'If the same code is entered wrongly 5 times in a row, the order is returned on the 6th submission.';

/** SMS and notice decoder (src/components/message-decoder). */
const messageDecoder: Dictionary['messageDecoder'] = {
  ui: {
    inputLabel: 'Paste the SMS or notice you received',
    inputHint:
      "Any notice from the provider's preliminary review, MIIT SMS verification or bureau review up to after approval: an SMS, an e-mail, a message in the provider console, or one you retell from memory. Paste the whole Chinese text as you received it; full-width or half-width characters, traditional characters, spaces, line breaks and mixed-in English do not matter.",
    placeholder:
      'For example: “您的ICP备案订单已通过初审并提交至江苏省通信管理局审核，请留意工信部发送的短信核验通知。”',
    decodeButton: 'Explain',
    clearButton: 'Clear',
    examplesTitle: 'Try an example: ',
    examplesNote:
      "The “Waiting for the other verifier” and “No record found” examples are the verification page's exact words, and “Submitted to the bureau” is a JD Cloud SMS word for word; the “MIIT SMS” example follows the format of the real SMS with a made-up code; the others are sample wording, and the real texts differ by region and access provider.",
    privacy:
      'Privacy: what you paste is analysed only in your browser. It is not uploaded, not stored and not put in the page address.',
    scamLabel: 'Warning',
    nowLabel: 'Do this now: ',
    matchedLabel: 'Based on these words',
    codeLabel: 'Verification code',
    filingTypeLabel: 'Filing type',
    filingNumberLabel: 'ICP filing number',
    siteNumberLabel: 'Website filing number (网站备案号)',
    subjectNumberLabel: 'Entity filing number (主体备案号)',
    provinceLinkText: 'Requirements of the {name} bureau',
    licenceLabel: 'ICP licence number (经营许可证号)',
    policeNumberLabel: 'Public security filing number (公安备案号)',
    reasonLabel: 'Reason (as written)',
    linksLabel: 'Addresses in the text',
    suspiciousLabel: 'Suspicious addresses',
    nextStepsTitle: 'Next steps',
    deadlineTitle: 'Time limit',
    limitLabel: 'Time limit this notice gives: ',
    limitUnits: {
      days: 'within {count} days',
      'working-days': 'within {count} working days',
      hours: 'within {count} hours',
      date: 'by {date}',
      dateTime: 'by {time} on {date}',
    },
    time: '{hour}:{minute}',
    limitRuleLabel: 'Time limit for the verification: ',
    limitRule: {
      longer:
        'within {hours} hours of receiving the MIIT SMS. The notice gives {stated}, but the MIIT SMS is valid for {hours} hours from receipt: count {hours} hours',
      shorter:
        'within {hours} hours of receiving the MIIT SMS (how long its code is valid). The notice gives {stated}, which is sooner: keep to the notice’s time',
      date: 'within {hours} hours of receiving the MIIT SMS (how long its code is valid). The notice gives {stated}: whichever of the two comes first counts',
    },
    limitUnitsOne: { days: 'within 1 day', 'working-days': 'within 1 working day', hours: 'within 1 hour' },
    limitFrom: '; counted from the date on the notice ({from}), the last day is {date}',
    limitEstimated: ' (estimated: it runs into a year whose public holidays are not yet published)',
    limitWords: ' (the notice says “{words}”)',
    generalRule: 'General rule: ',
    date: '{day} {monthName} {year}',
    dateNoYear: '{day} {monthName}',
    monthNames: MONTHS,
    calculatorLinkText: 'Work out the exact time with the deadline calculator',
    notesTitle: 'Note',
    closestTitle: 'The closest kinds (compare them with the text to decide):',
    foundWordsTitle: 'The text mentions:',
    guideLinksTitle: 'In detail: ',
    listSeparator: ', ',
    /** One of several page results pasted together: its place and its title. */
    resultItem: '({n}) “{title}”',
    quote: '“{text}”',
  },
  filingTypes: FILING_TYPE_NAMES,
  /** The sample messages stay in Chinese: they are what the reader receives and pastes. */
  examples: [
    {
      label: 'MIIT SMS',
      text: '【工业和信息化部】验证码：482913。您的新增接入已提交，核验链接：beian.miit.gov.cn/#/Integrated/ComplaintA，有效期 1 天【工信部 ICP 备案】',
    },
    {
      label: 'Submitted to the bureau',
      text: '【京东云】尊敬的 xx：您的备案信息已经提交至通信管理局审核，请关注并完成工信部短信验证，通信管理局审核时间 20 个工作日内，审核结果将由管局直接发短信和邮件通知您，请耐心等待。',
    },
    { label: 'Waiting for the other verifier', text: '尊敬的ICP用户：您的短信核验完成,请等待其他核验人进行短信核验。' },
    { label: 'No record found', text: '尊敬的ICP用户：该条验证库里找不到记录或已完成验证。' },
    {
      label: 'Approved',
      text: '【广东省通信管理局】您的备案申请已审核通过，主体备案号：粤ICP备2026012345号，网站备案号：粤ICP备2026012345号-1。',
    },
    {
      label: 'Rejected at preliminary review',
      text: '您的ICP备案订单初审未通过，原因：网站名称含“平台”二字，请修改后重新提交。',
    },
    {
      label: 'Suspicious SMS',
      text: '【工信部ICP备案】您的备案即将过期，请于24小时内登录 beian-miit.gov-cn.top 缴纳年审费用，逾期备案号将被注销。',
    },
  ],
  table: {
    caption: 'The ten results of the verification page (exact text; each starts with “尊敬的ICP用户：”)',
    text: 'Text on the page',
    meaning: 'Meaning',
    first: 'What to do first',
    resendTab: ' (on the “短信重发” (resend SMS) tab)',
    titleSeparator: ': ',
  },
  empty: {
    title: 'Paste something first',
    meaning: 'Paste the SMS, e-mail or page message you received into the box.',
  },
  unknown: {
    title: 'Could not tell which kind of notice this is',
    meaning:
      'This text does not give enough clues, and the tool does not guess. Below is what was found in the text (and, where possible, the closest kinds): compare them with the text to decide.',
    meaningBare: 'This text does not give enough clues, and the tool does not guess.',
    steps: [
      'Paste the complete text and try again, including the signature in 【】 and the sentences before and after.',
      'Check the order status in your provider console: it shows where the order really is now.',
    ],
  },
  kinds: {
    'first-review': {
      title: "The access provider's preliminary review is under way",
      now: "Keep your phone on and answer the access provider's verification call (核实电话): if you miss it or cannot answer, the order is often rejected (驳回).",
      meaning:
        'The access provider is checking what you submitted and has not submitted it to the bureau yet; a reviewer may phone to check the responsible person and the website.',
      steps: [
        "Be ready to explain the website's name, content and purpose.",
        'The preliminary review usually takes 1–3 working days and differs by provider; the result comes by SMS or e-mail.',
      ],
    },
    'materials-needed': {
      title: 'The access provider wants more or new materials',
      now: 'Add what the notice asks for (retake the photo, upload the verification form or the pre-approval documents), then submit again.',
      meaning:
        'In the preliminary review the access provider found materials unacceptable or missing; the order stays in preliminary review until they are complete.',
      steps: [
        'Common problems with the verification photo: the backdrop is not a plain colour, glasses reflect, hair covers the ears, the light is too dim.',
        'Sign the verification form (《网站备案信息真实性核验单》) on the template your access provider gives you (an organisation also stamps it with its seal).',
        'Websites about news, publishing, education, healthcare, drugs or medical devices first need the pre-approval (前置审批) documents from the competent authority.',
      ],
    },
    rejected: {
      title: "Rejected (驳回) at the access provider's preliminary review",
      now: 'Correct your information in the provider console as the reason for rejection says, then submit it for preliminary review again.',
      meaning:
        'The access provider did not pass the order in preliminary review and sent it back to you to correct; it has not been submitted to the bureau, and no MIIT SMS verification is needed yet.',
      steps: [
        'Once the preliminary review passes and the order is submitted to the bureau, the MIIT SMS is sent: verify then.',
      ],
    },
    'first-review-passed': {
      title: 'Preliminary review passed: this is not the filing approval yet',
      now: 'Next the access provider submits the order to the bureau; the MIIT verification SMS then goes to each responsible person, and each verifies within 24 hours of receiving it. Keep the website closed to visitors for now.',
      meaning:
        "The access provider's preliminary review has passed; the text does not say the order has been submitted to the bureau. The filing is complete only when the bureau review has passed.",
      steps: [
        'Watch for the SMS from 12381 (or 106…12381) and make sure it is not blocked.',
        "After verification, bureau review usually takes 1–20 working days; meanwhile keep the website closed and do not restore the domain's DNS records yet.",
      ],
    },
    'submitted-to-bureau': {
      title: 'Submitted to the bureau: this is not the filing approval yet',
      now: 'If you have not verified yet: the MIIT verification SMS usually reaches each responsible person within 5–10 minutes of submission, and each verifies within 24 hours of receiving it. If you have verified: wait for bureau review (usually 1–20 working days). Keep the website closed to visitors for now.',
      meaning:
        "The access provider's preliminary review has passed and the order has been submitted to the provincial Communications Administration Bureau (管局, the bureau). The bureau reviews it once MIIT SMS verification is done: if you have not verified yet, do that first; if you have, the order is now waiting for the bureau's decision.",
      steps: [
        'If you have not verified yet: the SMS comes from 12381 (or 106…12381); when it arrives, open the verification page on beian.miit.gov.cn and enter the verification code, the mobile number and the last six characters of the ID number.',
        'After verification, bureau review usually takes 1–20 working days, and the result comes by SMS and e-mail; keep the website closed meanwhile.',
      ],
    },
    'miit-sms': {
      title: 'The MIIT verification SMS',
      now: 'Within 24 hours of receiving it, open the verification page on beian.miit.gov.cn and complete MIIT SMS verification.',
      meaning:
        'The access provider has submitted the filing to the bureau; the responsible person who received the SMS uses it to complete MIIT SMS verification.',
      steps: [
        'Verify only at beian.miit.gov.cn; if a link in the SMS points to another address, do not click it.',
        'Enter the 6-digit verification code (短信验证码), the mobile number that received the SMS (手机号码: 11 digits, without +86) and the last six characters of the ID number (证件号码后六位), then the picture captcha (图形验证码), and submit (提交).',
        'Paste the result the page shows here.',
      ],
    },
    verified: {
      title: 'MIIT SMS verification is complete',
      now: 'Wait for bureau review; there is nothing more to do. Keep the website closed.',
      meaning: 'All responsible people have verified, and the application goes to bureau review.',
      steps: [
        'The result reaches the provider console with a delay (JD Cloud about 30–60 minutes, Alibaba Cloud within 24 hours): do not submit again meanwhile.',
        'The review result comes by SMS and e-mail; keep your phone on.',
      ],
    },
    'verified-others-pending': {
      title: 'You have verified; another responsible person has not',
      now: 'Tell the responsible person who has not verified yet, right away, to verify with the SMS they received themselves.',
      meaning:
        "Your part is done, but another responsible person (the entity's responsible person or the website's responsible person) has not verified; if that is not done in time, the order is returned (退回).",
      steps: [
        'If they did not get the SMS, it can be resent on the “短信重发” (resend SMS) tab of the verification page (at most 2 times, according to JD Cloud and Alibaba Cloud).',
      ],
    },
    'failed-contact-provider': {
      title: 'Verification failed: ask your access provider',
      now: 'Contact your access provider or check the order in the provider console to find out why it failed.',
      meaning: 'The verification did not pass, and the page gives no reason.',
      steps: ['Usually the information has to be corrected and submitted again; verify when the new SMS arrives.'],
    },
    'failed-wrong-info': {
      title: 'Some of the information entered is wrong',
      now: 'Check the verification code, the mobile number and the last six characters of the ID number, then submit again.',
      meaning: 'At least one entry does not match the filing information.',
      steps: [
        'Verification code (短信验证码): the 6 digits in the latest SMS.',
        'Mobile number (手机号码): the 11-digit number that received the SMS, without +86, spaces or dashes.',
        'Last six characters of the ID number (证件号码后六位): the last 6 characters, symbols included, such as 567(8); write the brackets the way your access provider registered them.',
      ],
    },
    'failed-retry': {
      title: 'Verification did not succeed; you can try again',
      now: 'Check what you entered and the picture captcha, then submit once more.',
      meaning: 'This verification did not pass, and the page gave no reason.',
      steps: ['If it keeps failing, contact your access provider.'],
    },
    'no-record': {
      title: 'No matching record found',
      now: 'Do not repeat anything yet: check the order status in your provider console, or use the public query on beian.miit.gov.cn.',
      meaning:
        'The verification records or the query have no matching entry: the information may be wrong, already verified or not yet synchronised, or the order may have moved on to the next step (Tencent Cloud says this often means it has been submitted to the bureau). Not finding it in the public query usually means it has not been approved yet.',
      steps: [
        'If the order still shows as waiting for verification, check the mobile number and the last six characters of the ID number and try again; if that fails, ask your access provider.',
      ],
    },
    'already-verified': {
      title: 'Already verified',
      now: 'No need to submit again: wait for bureau review.',
      meaning: 'This application was verified earlier.',
      steps: ['The result reaches the provider console with a delay: do not repeat anything meanwhile.'],
    },
    'resend-none-pending': {
      title: 'No SMS waiting to be resent',
      now: 'Check the order status in your provider console.',
      meaning:
        'No application is waiting for verification right now: it may be verified already, returned, or not yet submitted to the bureau by the access provider.',
      steps: [
        'An order just submitted to the bureau usually gets its SMS 5–10 minutes later: check again a little later.',
      ],
    },
    'resend-sent': {
      title: 'The verification code has been resent',
      now: 'Check your phone and verify with the code in the latest SMS.',
      meaning: "A new verification code has been sent to the responsible person's phone; do not use the old one again.",
      steps: ["Check your phone's spam SMS filter."],
    },
    'resend-limit': {
      title: 'No resends left',
      now: 'Verify as soon as possible with the latest code you received.',
      meaning:
        'It cannot be resent again (JD Cloud and Alibaba Cloud say at most 2 resends); if you cannot verify in time, the order is returned (退回).',
      steps: [
        'If the SMS does not arrive: check the spam filter and whether the line is suspended for an unpaid bill, and confirm the number has not changed.',
        'If you really cannot verify: wait until the order is returned, correct the mobile number in the provider console and submit again.',
      ],
    },
    'code-expired': {
      title: 'The verification code has expired',
      now: 'Do not use this code again: contact your access provider; the order usually has to be submitted again, and you verify when the new SMS arrives.',
      meaning: 'The verification code is valid for 24 hours from when you receive it; an expired code cannot be used.',
      steps: [
        'If you are still within the time limit but no new SMS comes, use the “短信重发” (resend SMS) tab of the verification page (at most 2 times).',
      ],
    },
    'code-wrong': {
      title: 'The verification code was entered wrongly',
      now: 'Enter the 6-digit code again, checking it against the latest MIIT SMS.',
      meaning: 'The page considers the code wrong: it may be mistyped, from an old SMS, or a different code.',
      steps: [
        'Use only the code in the MIIT SMS (from 12381), not a code for logging in to or paying the access provider.',
      ],
    },
    returned: {
      title: 'The filing was returned (退回) by the bureau',
      now: 'Correct the information as the reason says and submit again in the provider console.',
      meaning: 'The bureau (or the MIIT system) did not pass this application and returned it for correction.',
      steps: [
        "After you submit again, it goes through the provider's preliminary review and MIIT SMS verification again.",
      ],
    },
    approved: {
      title: 'The filing is approved',
      now: 'Website: put the ICP filing number in the footer of your home page, linked to https://beian.miit.gov.cn/, and only then open the site to visitors. App or mini program (a number ending in A): not in a web page footer; show it in the app as the access provider and the platform require.',
      meaning: 'The bureau review has passed, and the ICP filing is complete.',
      steps: [
        "Whether to show the entity filing number or the website filing number with -N differs between provincial bureaus: follow your access provider's notice.",
        'Within 30 days after the website goes live, do the public security filing (公安联网备案) at beian.mps.gov.cn; the access provider does not do it for you.',
        'Moving to another host needs new access (新增接入) at the new access provider; changed information needs a change (变更); a website you no longer use needs deregistration (注销).',
      ],
    },
    'police-filing': {
      title: 'A public security filing (公安联网备案) notice',
      now: 'Do or check the public security filing as the notice says; it is separate from the ICP filing, with a different number.',
      meaning:
        'This is a message about the public security filing (公安联网备案, “公网安备”), not a result of the ICP filing review.',
      steps: [
        'An ICP filing number looks like “粤ICP备2026012345号-1” and is looked up on beian.miit.gov.cn.',
        'A public security filing number looks like “京公网安备11010802012345号”; it is filed and looked up on beian.mps.gov.cn.',
      ],
    },
    'info-check': {
      title: 'Filing information check (核查)',
      now: 'Within the time limit in the notice, update or confirm the information as asked (usually in the provider console).',
      meaning:
        'After approval, the access provider or the bureau checks whether the information is true, whether you can be reached and whether the website matches the filing.',
      steps: ['If you do nothing, the filing may be deregistered; if unsure, ask your access provider.'],
    },
    'shell-warning': {
      title: 'Shell website (空壳网站) warning',
      now: 'Within the time limit, make the website accessed through an access provider again and reachable, or deregister it yourself.',
      meaning:
        'A website that has no access provider, cannot be opened or no longer matches its filing is treated by the bureau as a shell website, and its filing is deregistered.',
      steps: ['If you moved to another server, file new access (新增接入) with the new access provider.'],
    },
    'access-cancel': {
      title: 'Access cancellation (取消接入) notice',
      now: 'If you still use this website, file new access (新增接入) with the provider you use now; if the notice gives a date, do it before then.',
      meaning:
        'This access provider has stopped, or is about to stop, providing access for this website. A website without access becomes a shell website, and its filing may be deregistered.',
      steps: ['If you no longer use the website, you can deregister it.'],
    },
    cancelled: {
      title: 'The filing has been deregistered',
      now: 'After deregistration the website must not be open to visitors on servers in mainland China; to use it again, you need a new first filing.',
      meaning: 'The ICP filing number has been withdrawn and no longer shows in the public query.',
      steps: ['Remove the old ICP filing number from your footer.'],
    },
    scam: {
      title: 'Careful: this looks like a scam or an imitation',
      now: 'Do not click its links, do not pay, and do not enter a verification code, mobile number or ID number there.',
      meaning:
        'ICP filing is free, has no annual fee and does not expire; MIIT and the bureaus do not send payment links, and MIIT SMS verification happens only at beian.miit.gov.cn.',
      steps: [
        'Check the real status in your provider console or with the public query on beian.miit.gov.cn.',
        "If unsure, call the customer service number on the access provider's official website, not a number or WeChat account given in the message.",
      ],
    },
    'not-a-filing-code': {
      title: 'This is not the MIIT verification code',
      now: 'Do not enter it on the MIIT verification page: that page takes only the code from the MIIT SMS (from 12381).',
      meaning:
        'This is a code for logging in, paying, registering or checking a phone number with an access provider or another website; it is valid for a few minutes.',
      steps: [
        "A code the access provider sends to check your phone number while you fill in the filing information goes only on the access provider's own page.",
      ],
    },
  },
  deadlines: {
    'sms-24h': `${SMS24} ${TRIES}`,
    'review-20wd':
      "Bureau review usually takes 1–20 working days; Article 12 of the Measures for the Filing of Non-commercial Internet Information Services (《非经营性互联网信息服务备案管理办法》) sets 20 working days; Tencent Cloud says Zhejiang takes 30 working days (that is the provider's statement, not a legal time limit). It cannot be expedited.",
    'police-30d': 'Do the public security filing (公安联网备案) within 30 days after the website goes live.',
  },
  notes: {
    licence: '{number} is an ICP licence (经营许可证) number, not an ICP filing number.',
    police: '{number} is a public security filing (公安联网备案) number, not an ICP filing number.',
    badNumber:
      'The part after “ICP备” has the wrong format: it should be the province abbreviation, “ICP备”, 8 or 10 digits and “号”; a website’s number then ends in -N (N is 1 to 3 digits, followed by A for an app), such as “粤ICP备2026012345号-1”.',
    suspiciousHost:
      "{host} is not an official address but imitates an official or access provider's address: do not open it, and do not enter anything there.",
    payment:
      'The text asks you to pay for the filing: ICP filing is free, with no annual fee, annual review fee or fee for speeding it up.',
    codeRequest:
      'The text asks you to send the verification code to someone: MIIT, the bureaus and access providers never ask for that; only you enter the code, on the verification page at beian.miit.gov.cn.',
    filingExpires: 'The text says the filing expires: an ICP filing has no period of validity and needs no renewal.',
    noCode: 'No 6-digit verification code found: check it against the original SMS.',
    noNumber:
      'The text has no ICP filing number; you can see it in your provider console or with the public query on beian.miit.gov.cn.',
    twoNumbers:
      "{subject} is the entity filing number (主体备案号) and {site} is this website's filing number; which one goes in your footer depends on the bureau's and your access provider's requirements.",
    suffix: "The -N at the end means the filing entity's N-th website; a number with A belongs to an app.",
    numberOnly:
      'An ICP filing number was found, but the text does not state a review result; check with the public query on beian.miit.gov.cn.',
    noReason: 'The text gives no reason: see your provider console.',
    approximate:
      "The text is not exactly the usual wording, so it is read by the closest meaning; the page's or notice's own text prevails.",
    bareFail: 'The text only says it failed, without a reason.',
    triesUsed:
      "Do not submit again yet: you say it has failed {count} times. After 5 wrong entries in a row with the same code, the 6th submission returns the order (Tencent Cloud's wording; Alibaba Cloud says that after 5 failures in a row the order is returned automatically 24 hours later). Contact your provider and ask about the order's status and what to do next; once the order is returned it has to be submitted again, and you verify with the new SMS.",
    triesLeft:
      'You say it has failed {count} times: after 5 wrong entries in a row with the same code, the 6th submission returns the order, so you have at most {left} of the 5 tries left. Before submitting, check the code, the mobile number and the last six characters of the ID one by one; if you are unsure of one, ask your provider first rather than spending a try on it.',
    smsFirst:
      "First filing or adding a website: the entity's responsible person and the website's responsible person may each get an SMS (one SMS when they share a number); everyone who gets one must verify.",
    smsSite:
      'Applications that add something: the SMS goes to the responsible people concerned; everyone who gets one must verify.',
    smsAccess:
      "New access: the SMS goes to the mobile number of the website's responsible person registered in the existing filing; if that number has changed, first file a change (变更) at the original access provider.",
    smsChange: 'Change: the SMS goes to the responsible person whose information changed.',
    smsCancel:
      "Deregistering a website or a filing entity: Huawei Cloud's and the WeChat open platform's instructions include MIIT SMS verification, while JD Cloud's table lists none. Verifying confirms this deregistration, after which the filing number is no longer valid: if you asked for it, verify in time; if nobody asked to deregister, do not verify, and ask your access provider first.",
    smsNone:
      'Cancelling access (取消接入) is done by the access provider and needs no MIIT SMS verification, so a verification SMS that claims to be for it is unusual: do not verify yet and do not use its code; check with your access provider that such an application exists.',
    cancelNotAsked:
      'Do not verify yet: ask your access provider now. This SMS is for deregistering (注销) a filing: verifying confirms the deregistration, after which the filing number is no longer valid and the website may no longer be open to visitors. If nobody on your side asked for it, do not enter this code; call your access provider on the number given on its official website (not a number from the SMS) and ask who submitted it. If nobody verifies, this deregistration is returned once the time limit has passed.',
    sixDigits:
      'Only a 6-digit number was found, {digits}: if it is the verification code from the MIIT SMS (sent by 12381), enter it on the verification page at beian.miit.gov.cn within 24 hours of receiving the SMS, together with the mobile number that received it and the last six characters of the ID number; if it is a login or payment code from your provider or another website, do not enter it there. Paste the whole SMS to tell which it is.',
    twoResults:
      "The text holds {count} different verification results, in this order: {list}. The reading above follows the last one; if they are two responsible persons' own results, each of you reads your own, and your provider's console shows where the order really stands.",
    resultsDisagree:
      "The verification results in the text contradict each other: one says it is done, another that it failed. Do not submit again yet: check the order's status and each person's verification in your provider's console, and go by what it shows.",
    othersPendingToo:
      "The text also says another responsible person has not verified yet. 'No record found' does not mean your own part is done (the details may have been entered wrong): check the order's status and each person's verification in your provider's console first. If the order is still waiting for verification, whoever has not verified must use the SMS on their own phone within 24 hours of receiving it; if no SMS arrived, it can be resent on the “短信重发” (resend SMS) tab of the verification page.",
    hintName:
      'The website name needs at least 3 Chinese characters and must relate to the content; it cannot be just the domain or letters and digits; a personal website called “博客” (blog) or “论坛” (forum) is often rejected.',
    hintPhone: 'You may get a verification call during the review: keep your phone on.',
    hintDomain:
      'The domain holder must match the filing entity, and domain real-name verification must have reached the filing system (about 3 working days).',
    hintAccess:
      "Until approval the website must not be reachable: for a first filing or adding a website, remove the domain's DNS records first.",
    hintSms: 'After you submit again you get a new SMS: verify within 24 hours of receiving it.',
    hintPhoto: 'Verification photo: plain-colour backdrop, no glasses, ears visible, even light.',
    formPhone:
      "This is the verification page's format check before submitting, not a verification result: enter the mobile number as 11 digits only, without +86, 0086, spaces or dashes.",
    formBlank:
      "This is the verification page's format check before submitting, not a verification result: the verification code, the mobile number and the last six characters of the ID number must all be filled in.",
    notMiitCode: '{code} is not the MIIT verification code.',
    olderCode:
      'The text also has an older code, {old}. Once a code has been resent, the old one no longer works: verify only with the code of the latest SMS, {code}.',
    olderCodeMaybe:
      'The text holds more than one MIIT SMS; the code read here is the latest one’s, {code} (the earlier one: {old}). When the same phone received a resent SMS, only the latest code works, so do not use the old one; if the two SMS went to two responsible people, each uses the one on their own phone.',
    codeBeforeResend:
      'The code in the text, {code}, is from the SMS sent before the resend: once a code has been resent, the old one no longer works, so do not enter it. Verify with the code in the new SMS; if it has not arrived yet, wait a few minutes.',
    providerCode:
      '{code} is in a notice signed by an access provider, so it is not the MIIT verification code. The code for verification comes in a separate SMS from MIIT itself (sent by 12381, beginning “【工业和信息化部】”, with a verification link to beian.miit.gov.cn): verify once that SMS arrives.',
    smsNotSent:
      "The text says the verification SMS could not be sent: that is not a failed verification, and there is nothing to re-enter on the verification page. Check the responsible person's mobile number in your provider console (11 digits, able to receive SMS); if it is wrong, correct it as your provider tells you; if it is right, ask your provider how to have the SMS sent again.",
    privateContact:
      'The text, in the name of the MIIT or a bureau, asks you to get in touch through QQ, WeChat or a personal mobile number: do not contact those accounts or numbers. Filing matters go through your access provider: check the filing status in your provider console or with the public query on beian.miit.gov.cn.',
    idExpiring:
      'The text also says an ID document expires (“{words}”): get the new document before then, and update the ID details in the filing as your access provider tells you. Once an ID has expired, a later check of the filing (核查) will ask you to update it.',
  },
};

/** 期限计算 (src/components/deadlines), and the SMS deadline 短信核验信息自查 shows. */
const deadlines: Dictionary['deadlines'] = {
  common: {
    day: '{weekday} {day} {monthName} {year}',
    dateTime: '{weekday} {day} {monthName} {year}, {hour}:{minute}',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: MONTHS,
    duration: '{hours} h {minutes} min {seconds} s',
    durationDays: '{days} d {hours} h {minutes} min {seconds} s',
    beijingTime: 'Beijing time, UTC+8',
    localTime: 'your local time',
    normalizedNote: 'Your entry was read as {value}.',
    dateErrors: {
      'day.empty': 'Enter a date, for example 2026-02-14.',
      'day.format': 'Wrong date format: write year-month-day, for example 2026-02-14.',
      'dateTime.empty': 'Enter a date and a time, for example 2026-11-28 09:30.',
      'dateTime.noTime': 'Enter both the date and the time, for example 2026-11-28 09:30.',
      'dateTime.format': 'Wrong format: write year-month-day hour:minute, for example 2026-11-28 09:30.',
      'dateTime.time': 'Wrong time: the hour must be between 0 and 23, the minute between 0 and 59.',
      'date.month': 'There is no month {month}: months run from 1 to 12.',
      'date.day': 'Month {month} of {year} has only {max} days, so there is no day {day}: please check the date.',
      'date.years': 'Enter a date between {from} and {to} (the public holidays of other years cannot be worked out).',
    },
  },
  holidays: {
    newYear: 'New Year’s Day (元旦)',
    springFestival: 'Spring Festival (春节)',
    qingming: 'Qingming Festival (清明节)',
    labourDay: 'Labour Day (劳动节)',
    dragonBoat: 'Dragon Boat Festival (端午节)',
    midAutumn: 'Mid-Autumn Festival (中秋节)',
    nationalDay: 'National Day (国庆节)',
    nationalDayMidAutumn: 'National Day and Mid-Autumn Festival (国庆节、中秋节)',
  },
  sms: {
    heading: 'MIIT SMS verification deadline',
    intro:
      'The MIIT verification SMS says it is valid for 1 day (有效期 1 天): MIIT SMS verification (短信核验) must be done within 24 hours of receiving it. The SMS usually arrives 5–10 minutes after your access provider (接入商) submits the order to the bureau (管局).',
    twoPeople:
      'When two responsible persons must verify (for example for a first filing or for adding a website, when the two have different mobile numbers), each receives an SMS. To be safe, both should finish within 24 hours of the first SMS arriving: JD Cloud words these 24 hours as the deadline of the whole filing order.',
    receivedLabel: 'When the SMS arrived ({zone})',
    receivedHint:
      'Look up when this SMS arrived on your phone and enter that time here; if it has just arrived, press “Just received”.',
    nowButton: 'Just received',
    zoneLegend: 'The times you enter are in',
    zoneLocal: 'My local time ({zone}, {offset})',
    deadlineLabel: 'Verify before (Beijing time): ',
    receivedLine: 'SMS received: {beijing} Beijing time, {local} your local time ({offset})',
    localLine: 'In your local time: {time} ({offset})',
    left: 'Time left: {d}',
    over: 'Overdue by {d}',
    statusOk: 'There is still time: verify before the deadline.',
    statusUrgent: 'Less than 2 hours left: verify as soon as you can.',
    statusPassed:
      'More than 24 hours have passed: the verification code (验证码) of this SMS no longer works, and the filing application will be returned (退回). Ask your access provider to submit it again, and verify once the new SMS arrives.',
    futureNote:
      'The time you entered is later than now: please check it. The deadline below still uses the time you entered.',
    waiting:
      'No SMS time entered yet, so nothing is counted. Enter the time your phone shows for the SMS, or press “Just received” if it has just arrived.',
    icsButton: 'Add the verification deadline to your calendar (.ics)',
    icsSummary: 'ICP filing: MIIT SMS verification deadline ({time} Beijing time)',
    icsDescription:
      'Before the deadline, open the verification link in the SMS and fill in the SMS verification code (短信验证码), the mobile number (手机号码) and the last six characters of the ID number (证件号码后六位). If the verification is not done in time, the filing application is returned (退回) and the access provider has to submit it again.',
  },
  sync: {
    heading: 'How long until the verification result reaches your access provider',
    intro:
      'After a successful verification, the access provider’s filing system is not updated at once. Providers give different times; all of them are listed below:',
    verifiedLabel: 'When the verification succeeded ({zone})',
    verifiedHint:
      'The time the verification page said it succeeded. It starts as the SMS time entered above: change it to when you actually finished verifying.',
    order: {
      'order.endBeforeStart':
        'The verification time is earlier than the time the SMS arrived: please check both times.',
    },
    afterDeadline:
      'The verification time is after the verification deadline ({time}): a late verification is not accepted, and the filing application is returned (退回).',
    jd: 'JD Cloud (one user’s filing with JD Cloud in March 2025): about 30–60 minutes, that is {from} to {to}',
    aliyun: 'Alibaba Cloud: within 24 hours, that is before {time}',
    tencent:
      'Tencent Cloud gives no time for the verification result: the “6 hours” and “1–2 working days” in its documents are how long the bureau review result takes to reach Tencent Cloud, not the SMS verification result.',
    local: 'In your local time: Alibaba Cloud’s 24 hours end at {time} ({offset}).',
    note: 'Until then it is normal for the provider console to still show “待验证” (awaiting verification). MIIT sends no further SMS after a successful verification.',
    waiting: 'Enter the time the verification succeeded to see the result here.',
  },
  review: {
    heading: 'Bureau review deadline',
    intro:
      'Bureau review (管局审核) usually takes 1–20 working days; Article 12 of the Measures for the Administration of Non-commercial Internet Information Service Filing (《非经营性互联网信息服务备案管理办法》) sets 20 working days; Tencent Cloud says Zhejiang takes 30 working days (a provider’s statement, not a legal limit). The tool does not count the day of submission: it counts from the next working day, skips public holidays and counts make-up working days (调休上班日).',
    submittedLabel: 'Date of submission to the bureau',
    submittedHint:
      'The day your access provider told you the order was “已提交管局” (submitted to the bureau). When the page opens, today’s date in Beijing is filled in.',
    provinceLabel: 'Province of your filing',
    provinceHint:
      'Choose the province to count with its review limit; without a province, the legal limit of 20 working days is used.',
    provinceNone: 'No province (20 working days)',
    provinceOption: '{name}: {n} working days',
    provinceOptionStated: '{name}: {n} working days (a provider’s statement, not a legal limit)',
    firstLabel: 'First working day of the review',
    lastLabel: 'Working day {n} (the latest)',
    holidaysHeading: 'Public holidays and make-up working days in this period',
    offRange: 'Days off for {name}: {from} to {to}, {days} days',
    offDay: 'Day off for {name}: {from}',
    workDay: 'Make-up working day (调休上班日) for {name}: {from}',
    estimatedTag: ' (estimated)',
    lastRange: '{from} to {to}',
    likelyNote:
      'The State Council has not yet published the {year} public holiday schedule, so the last day can only be given as a range: counting only the statutory holidays, it is {statutory}; following recent Spring Festival arrangements (8 days off from Spring Festival Eve, with one weekend day worked before and one after), it is {likely}, and this day is more likely: the 2025 and 2026 notices both arranged the Spring Festival this way.',
    noHolidays: 'No public holidays or make-up working days in this period.',
    estimateNotice:
      'Estimate: some days of this period fall in a year for which the State Council has not yet published the public holiday schedule. Statutory holidays (the lunar festivals converted from the lunar calendar) and weekends are skipped, but make-up working days and extra days off are only known once the notice is published, so the real dates may differ by a few days.',
    waiting: 'Enter the date of submission to the bureau to see the result here.',
    icsButton: 'Add the last day of the review to your calendar (.ics)',
    icsSummary: 'ICP filing: bureau review, working day {n} (the latest)',
    icsDescription:
      'Submitted to the bureau: {submitted}. First working day of the review: {first}. The time actually taken differs by province; the bureau’s notice is what counts.',
    icsLikely:
      ' The {year} public holiday schedule has not been published yet: this day is estimated from recent Spring Festival arrangements. Counting only the statutory holidays, it is {statutory}.',
  },
  police: {
    heading: 'Public security filing deadline',
    intro:
      'Once the ICP filing is approved and the website goes live, do the public security filing (公安联网备案) yourself within 30 days on the national Internet security management service platform (全国互联网安全管理服务平台): Article 12 of Ministry of Public Security Order No. 33 (公安部令第33号) says so for interconnection units, access units, legal persons and other organisations; for a personal website, follow what your access provider and the local cyber police (网警) ask. Counted in calendar days, not counting the day the site goes live.',
    liveLabel: 'Date the website went live',
    liveHint:
      'The day the website was officially launched and could be visited. When the page opens, today’s date in Beijing is filled in.',
    lastLabel: 'Finish the public security filing by: ',
    restDayNote:
      'This day is a weekend day or a public holiday: if you need to contact the public security bureau, do it earlier.',
    waiting: 'Enter the date the website went live to see the deadline here.',
    icsButton: 'Add the public security filing deadline to your calendar (.ics)',
    icsSummary: 'After ICP filing: public security filing deadline (day 30 after going live)',
    icsDescription:
      'Website went live: {live}. Do the public security filing (公安联网备案) at https://beian.mps.gov.cn, and once you have the public security filing number, put it in your website’s footer.',
  },
};

/** 网站名称自查 (src/components/site-name). Website names are Chinese: they stay Chinese, quoted. */
const siteName: Dictionary['siteName'] = {
  privacyNote:
    'This tool runs only in your browser: the name you type is not sent anywhere and not saved (not in the browser’s storage, not in cookies, not in the web address).',
  nameLabel: 'The website name (网站名称) you plan to enter',
  nameHint:
    'Type or paste the name in Chinese, exactly as you will enter it in the filing form (the bureau checks website names as Chinese names); the verdict and the reasons appear below at once.',
  subjectLegend: 'Filing entity (主体)',
  personal: 'Individual (个人)',
  organisation: 'Organisation (单位: company, public institution, social organisation, etc.)',
  provinceLabel: 'Province of your filing (optional)',
  provinceNone: 'No province: check only the nationwide rules',
  provinceHint: 'With a province chosen, the restricted words its bureau has published are added to the check.',
  okText: 'No problem found under the access providers’ published naming rules.',
  okWarnText:
    'Nothing that every bureau returns, but these points often get a name rejected (驳回) or returned (退回):',
  badText: 'This name will be rejected (驳回) or returned (退回):',
  badProvinceText:
    'The {province} bureau does not accept this name: the rule below is {province}’s own, so filing in {province} you must change it (other provinces may not have it):',
  errorsHeading: 'Must change',
  warningsHeading: 'Should change',
  submitted: 'The name actually submitted: ',
  provinceChecked: '{province}: this province’s restricted words were added to the check: {words}',
  provinceNoWords:
    '{province}: no published restrictions on the names of {subject} were found for this province; only the nationwide rules were checked.',
  provinceOtherWords:
    '{province}: this province’s restricted words {words} apply to {whom} only; you chose {subject}, so they were not added.',
  provinceOtherFormats:
    '{province}: the name formats {formats} its bureau prescribes apply to {whom} only; you chose {subject}, so your name need not follow them.',
  subjectSites: { personal: 'personal websites', organisation: 'an organisation’s website' } satisfies Record<
    import('../lib/site-name/check').Subject,
    string
  >,
  provinceFormats:
    '{province}: the name formats this province’s bureau prescribes were added to the check: {formats} (某某 stands for your name).',
  word: '“{word}”',
  wordAs: '“{typed}” (that is “{word}”)',
  wordSeparator: ', ',
  suggestion: 'For example, rename it “{name}”.',
  patterns: {
    personal:
      'When renaming, choose a name that says what the site is about, such as “小林的摄影作品集” (Xiao Lin’s photography portfolio) or “前端学习笔记” (front-end study notes).',
    organisation:
      'When renaming, use the organisation’s name or short name plus what the site is about (such as “某某科技产品介绍”, X Technology’s product introduction).',
    provinceFormat:
      'When renaming, write the name as {formats}, as the {province} bureau requires (某某 stands for your name).',
  },
  formatOwner: '某某',
  sourceTitle: '{title} ({original})',
  formatOr: ' or ',
  links: { preApproval: 'how pre-approval (前置审批) works', province: 'the requirements of this province’s bureau' },
  sectors: {
    news: 'news (新闻)',
    broadcast: 'radio, film and television programme (广播电影电视节目)',
    medical: 'medical and health care (医疗保健)',
    drugs: 'drugs and medical devices (药品和医疗器械)',
    education: 'education (教育)',
    publishing: 'publishing (出版)',
    culture: 'culture (文化: online games, performances, etc.)',
    finance: 'finance (金融)',
  },
  sectorBasis: {
    article5:
      'Article 5 of the Measures for the Administration of Internet Information Services (《互联网信息服务管理办法》) names such services: before filing they need the approval of the competent authority (pre-approval, 前置审批).',
    ownRules:
      'Such services have their own rules and licences; they are not named in Article 5 of the Measures for the Administration of Internet Information Services (《互联网信息服务管理办法》), but providers and bureaus still ask for the licence before filing (together with the Article 5 sectors this is called pre-approval, 前置审批).',
  },
  who: { 个人: 'personal ', 单位: 'organisations’ ', 全部: '' },
  issues: {
    'name.empty':
      'The website name is empty: it is a required field of the filing form, and no access provider accepts an empty name. Write a name of at least 3 Chinese characters that says what the site is about, for example “小林的摄影作品集” (Xiao Lin’s photography portfolio).',
    'name.tooLong':
      'Too long ({length} characters): enter only the website name itself, usually about ten Chinese characters. Paste just the name.',
    'name.domain':
      '“{value}” is a domain name (web address) and cannot be the website name: every bureau requires the name to say what the site is about, and the provider’s preliminary review (初审) rejects it. Write a Chinese name that says what the site is about.',
    'name.noHan':
      '“{value}” has no Chinese characters: the bureaus do not accept website names of only digits, only letters or only symbols (Tencent Cloud’s and Huawei Cloud’s naming rules both say so), and the provider’s preliminary review rejects it. Change it to a Chinese name that says what the site is about.',
    'name.short':
      'The name has only {count} Chinese characters: Tencent Cloud and Huawei Cloud both require at least 3, and a name this short does not show what the site does, so it is often rejected. Add what the site is about or whose it is, to reach 3 or more Chinese characters.',
    'national.personal':
      'The name starts with {words}: a personal website name may not start with words such as “中国” (China), “中华” (Chinese nation), “中央” (central), “人民” (people), “人大” (People’s Congress) or “国家” (state). Alibaba Cloud’s and Huawei Cloud’s naming rules say so, QingCloud and Tencent Cloud are stricter and refuse these words anywhere in the name, and the provider’s preliminary review rejects such a name. Choose a name that does not start with these words and says what the site is about.',
    'national.organisation':
      'The name starts with {words}: for an organisation that is not a state body, the website name may not start with words such as “中国”, “中华”, “中央”, “人民”, “人大” or “国家” (China, Chinese nation, central, people, People’s Congress, state). Alibaba Cloud’s and Huawei Cloud’s naming rules say so, QingCloud and Tencent Cloud are stricter and refuse these words anywhere in the name, and every bureau returns such a name. Only state bodies, or organisations whose registered name itself contains these words, may name the site after the organisation, and they should confirm with the access provider before submitting; other organisations should choose a name that does not start with these words.',
    'national.inside':
      'The name contains {words}: Alibaba Cloud’s and Huawei Cloud’s naming rules only say that the website name of a body that is not a state body may not start with words such as “中国”, “中华”, “中央”, “人民”, “人大” or “国家”; QingCloud’s rule is stricter and refuses these words anywhere in the name, and Tencent Cloud also says the name of a non-government website may not contain words like “中国”, “国家” or “人民”. With these providers the filing is likely to be rejected: remove {words}, or confirm with your access provider before submitting.',
    illegal:
      'The name contains {words}: the bureaus do not accept names with illegal or sensitive words about gambling, lotteries or pornography, or words like “反腐” (anti-corruption) and “廉政” (clean government), and the provider’s preliminary review rejects them. Choose a name without such words that matches what the site really contains.',
    organisation:
      'The name contains {words}: Tencent Cloud’s and Huawei Cloud’s naming rules both say a personal website name may not contain words like company, enterprise or organisation, and most bureaus return it; “工作室” (studio) and “官网” (official website) are also often on the provinces’ lists of words personal websites may not use. If the site belongs to an organisation, file with the organisation as the filing entity; for a personal website, remove {words}.',
    'interactive.personal':
      'The name contains {words}: a personal website may not offer interactive services such as forums, communities or message boards, and names with such words are often rejected in the provider’s preliminary review (QingCloud’s naming rules forbid blog, forum, online, community and exchange, “博客”, “论坛”, “在线”, “社区”, “交流”, in personal website names, and Huawei Cloud also lists “博客” (blog) as a word personal websites may not use). Replace it with words that describe the content.',
    'interactive.organisation':
      'The name contains {words}: many bureaus do not accept names with words like forum, community, online or exchange (论坛, 社区, 在线, 交流) unless the approvals for such interactive services have been obtained (QingCloud’s naming rules). If the site has no such features, remove {words}; if it does, first ask your access provider what your province requires.',
    commercial:
      'The name contains {words}: a personal filing is only for a non-commercial personal website, and words like mall, shopping or platform are read as a business or a platform service, so the provider’s preliminary review and the bureau often reject them (QingCloud: personal websites may not involve business activity; many provinces list these words as restricted for personal websites). To run an online shop or a platform, file with an organisation as the filing entity; for a personal website, remove {words}.',
    regulated:
      'The name contains {words}: this looks like an information service in the field of {sector}. {basis} Without the approval or the licence, the provider’s preliminary review rejects the filing and the bureau returns it (Huawei Cloud lists {sector} among the sectors that need pre-approval). If the site does not offer such a service, remove {words}; if it does, obtain the pre-approval first, see',
    place:
      'The name contains the place name {words}: Alibaba Cloud’s naming rules say a personal website name may not use a place name, Tencent Cloud also says that a website that is not a government one may not have a specific place name in its name, and Huawei Cloud likewise lists place names among the words personal website names may not use. The provider’s preliminary review may reject it: remove {words} and use words that say what the site is about.',
    'name.long':
      'The name has {length} characters: Huawei Cloud recommends 3 to {max} characters for a personal website name, so a name this long may have to be shortened in the provider’s preliminary review. Drop the decorative words and keep only the part that says what the site is about.',
    'name.generic':
      '“{value}” only says that this is a website, not what it is about: Tencent Cloud’s, Huawei Cloud’s and Alibaba Cloud’s naming rules all say the website name must reflect the site’s content, and names like this are often rejected in the provider’s preliminary review. Say what the site does.',
    'province.words':
      'The name contains {words}: the {province} bureau has extra restrictions on {who}website names and does not accept {words} (source: {source}). Remove {words}. Other requirements of {province}:',
    'province.format':
      'The {province} bureau prescribes a format for {who}website names: only {formats} (source: {source}; 某某 stands for your name). Other requirements of {province}:',
    'domain.inside':
      'The name contains the domain name “{value}”: a website name may not be a domain name, and most access providers do not accept a web address in the name (Tencent Cloud: a personal website name may not be a domain name). Remove it.',
    'symbols.emoji':
      'The name contains the emoji {words}: a website name may only use text; Tencent Cloud’s and Alibaba Cloud’s naming rules both say it may not contain special symbols, and the provider’s preliminary review rejects names with emoji. Remove them.',
    'name.space':
      'The name has a space between Chinese characters. The access providers’ naming rules we read say a name may not contain special symbols but say nothing about spaces; still, Chinese names are written without spaces, and an organisation’s website name is usually its registered name or short name (Huawei Cloud), which has none. Removing the space is the safe choice.',
    'symbols.special':
      'The name contains the special symbols {words}: Tencent Cloud’s naming rules say a website name may not contain special symbols, and most access providers accept only Chinese characters, letters and digits. Remove these symbols.',
  },
};

/** 管局与材料查询 (src/components/province-picker): the picker, the /provinces/ table and its sources. */
const provincePicker: Dictionary['provincePicker'] = {
  subjectLegend: 'Who files (the filing entity, 主体)',
  personal: 'Individual (个人)',
  organisation: 'Organisation (单位: company, public institution, social organisation, etc.)',
  homePersonal: 'Province of your household registration (户籍) on your ID card',
  homeOrganisation:
    'Province where the organisation is registered (the address on its business licence or registration certificate)',
  homeHint:
    'By the rules, the filing goes to the Communications Administration Bureau (通信管理局, the bureau) of the province where the filing entity is domiciled. For individuals holding Hong Kong, Macao, Taiwan or foreign documents, provinces differ: see the page of the province where you live, or ask your access provider.',
  choose: 'Choose',
  residenceLabel: 'Province where you live now',
  residenceSame: 'Same as household registration',
  residenceHint:
    'Choose it if your household registration is in another province and you want to file where you live (cross-province filing, 跨省备案); some bureaus require a residence permit (居住证), some do not accept individuals from other provinces.',
  ageLabel: 'Age of the entity’s responsible person (you)',
  ageHint: 'Whether minors can file, and what proof they need, differs from bureau to bureau.',
  ages: {
    未满16岁: 'Under 16',
    '16至17岁': '16–17',
    '18至59岁': '18–59',
    '60岁及以上': '60 or older',
  },
  search: {
    label: 'Type to find',
    name: 'Type to find: {field}',
    hint: 'Type the province’s name in English, in pinyin or in Chinese (Guangdong Province, Tibet, 广东), its one-character abbreviation (粤, 苏), a city in English, in pinyin or in Chinese (Shenzhen, Xi’an, 深圳) or a filing number (苏ICP备…).',
    chosen: {
      name: 'Chosen: {province}',
      abbr: 'Chosen: {province}, abbreviation “{query}”',
      bureau: 'Chosen: {province}',
      number: 'Chosen: {province}, “{abbr}” at the start of the filing number',
      licence: 'Chosen: {province}, “{abbr}” at the start of the operating licence number',
      police: 'Chosen: {province}, “{abbr}” at the start of the public security filing number',
      slug: 'Chosen: {province}',
      city: 'Chosen: {province}, where {city} is',
    },
    several: '{count} provinces match “{query}”; choose one:',
    option: '{province}',
    optionCity: '{province}: {city}',
    citySpelled: '{spelled} ({city})',
    none: 'No province found for “{query}”. Try another spelling (for example the prefecture-level city), or choose from the list.',
    noneHkMoTw:
      'No province found for “{query}”. Hong Kong, Macao and Taiwan have no bureau for ICP filing. With a Hong Kong, Macao or Taiwan document, choose the mainland province where you live (provinces differ); an organisation chooses the mainland province where it is registered.',
  },
  prompt:
    'Once you choose a province, this shows which bureau reviews your filing, whether it accepts your case, and what extra you need to prepare.',
  issues: {
    'home.missingPersonal': 'Choose the province of household registration on your ID card.',
    'home.missingOrganisation':
      'Choose the province where the organisation is registered (the address on its business licence or registration certificate).',
    'residence.unknown':
      'Choose the province where you live now from the list, or leave it empty if it is the same as your household registration.',
  },
  head: ', {basis}',
  basis: {
    home: 'by household registration',
    registered: 'by place of registration',
    residence: 'by place of residence: cross-province filing',
  },
  verdicts: {
    accepted:
      '{bureau}: the published material sets no extra restriction for this case; prepare what is required nationwide.',
    conditional:
      '{bureau}: the published rules do not refuse this case; besides the materials required nationwide, prepare the items below.',
    refused: '{bureau}: by its published rules, it does not accept this case.',
    unknown:
      '{bureau}: no published statement was found for this case, so whether it is accepted cannot be told. Ask your access provider first.',
    check:
      '{bureau}: the published rules say something specific about this case: read each requirement below, and ask your access provider if you are unsure.',
    disputed:
      '{bureau}: the access providers’ published statements disagree (some say it is not accepted, some say it is); both are listed below. Your access provider’s answer is what counts.',
  },
  refusalsTitle: 'Grounds for refusal',
  materialsTitle: 'Extra materials to prepare',
  notesTitle: 'Other requirements of this bureau',
  unknownTopics: 'No published statement found on: {topics}',
  listSeparator: ', ',
  ruleText: '{text}',
  ruleOriginal: 'Original Chinese:',
  ruleLink: 'rule and source',
  disputedRule: ' (another source says otherwise; both are listed on the province page)',
  others:
    '{province} has {count} more published requirements (such as website name, footer filing number, number of domains): ',
  pageLink: 'See all requirements of {province}',
  privacy: 'This tool runs only in your browser; what you choose is not sent or saved.',
  topics: {
    跨省备案与居住证: 'Cross-province filing and residence permit',
    手机号归属地: 'Where the mobile number is registered',
    年龄: 'Age',
    域名与网站数量: 'Number of domains and websites',
    网站名称额外限制: 'Extra website name restrictions',
    页脚备案号格式: 'Filing number in the footer',
    材料与核验单: 'Materials and verification form',
    人脸核验方式: 'How the face check is done',
    其他: 'Other',
  },
  table: {
    caption: 'Filing requirements of the bureaus of the 31 provinces, autonomous regions and municipalities',
    province: 'Province',
    reviewLimit: 'Bureau review limit',
    days: '{days} working days',
    abbr: '({abbr})',
    count: ' ({count} rules)',
    countDisputed: ' ({count} rules; sources disagree)',
    more: ' …',
    none: 'No published statement found',
    cells: {
      disputed: 'Sources disagree',
      'cross.refused': 'Individuals from other provinces not accepted',
      'cross.extra': 'Individuals from other provinces need proof of residence in this province',
      'cross.accepted': 'Individuals from other provinces accepted',
      'minors.refused': 'Minors not accepted',
      'minors.extra': 'Minors need extra proof',
    },
  },
  sources: {
    some: ' — {provinces}',
    all: ' — all provinces',
  },
  sourceTitle: '{title} ({original})',
};

/** 域名能不能备案 (src/components/domain-check). */
const domainCheck: Dictionary['domainCheck'] = {
  label: 'Domain name or web address',
  hint: 'Enter a domain, or paste a web address, for example blog.example.cn or https://www.example.com/about; Chinese domain names and their form starting with xn-- both work.',
  okText: 'This suffix is on the list of suffixes that can be filed.',
  okWarnText: 'The suffix can be filed, but first read the points below:',
  badText: 'This domain cannot be filed now:',
  errorsHeading: 'Problems',
  warningsHeading: 'Please note',
  notesHeading: 'What the tool cannot see: check these yourself',
  fileThis: 'Domain to enter in the filing: ',
  ascii: 'Written in DNS as: ',
  suffix: 'Suffix: ',
  copy: 'Copy',
  copyWhat: ' the domain to enter in the filing',
  copied: 'Copied',
  copyManual: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
  seeAlso: 'More on this:',
  says: {
    'domain.empty': 'Enter a domain, for example example.cn.',
    'domain.tooLong': 'Too long for a domain: a domain has at most {max} characters.',
    'domain.invalidChar':
      'A domain cannot contain “{char}”: only letters, digits, hyphens (-) and Chinese characters, with dots between the parts.',
    'domain.space': 'A domain cannot contain spaces. Enter just one domain or one web address.',
    'domain.emptyLabel': '“{host}” has two dots in a row, or starts with a dot: check for an extra dot.',
    'domain.labelTooLong':
      'The part “{label}” is too long: each part of a domain has at most {max} characters (a Chinese part counts by its encoded length).',
    'domain.hyphen': 'The part “{label}” starts or ends with a hyphen; such a domain cannot be registered.',
    'domain.badPunycode':
      '“{label}” is not a valid encoding of a Chinese domain (the form starting with xn--): copy the whole domain and try again.',
    'domain.ip':
      '{host} is an IP address, not a domain. What you file is a domain: first register a domain that can be filed, and point it to this server once the filing is approved.',
    'domain.noSuffix': '“{host}” has no suffix (such as .cn or .com), so it is not a complete domain.',
    'domain.onlySuffix':
      '“{host}” is only the suffix {suffix}: the name you registered goes in front of it, for example example{suffix}.',
    'domain.notApproved':
      '{suffix} is not on MIIT’s list of approved top-level domains (the list as we checked it on {checked}). A domain with this suffix cannot get an ICP filing, so it cannot serve a website to the public from a server in mainland China. You can register a domain with a suffix on the list instead (for example .cn, .com or .中国), or host the website on a server in Hong Kong (China) or abroad, which needs no filing. MIIT approves new suffixes: check again on MIIT’s domain information search site before you buy.',
    'domain.email': 'This looks like an email address: the domain after the @, {value}, is checked.',
    'domain.forGovernment':
      '{suffix} is reserved for Party and government bodies: their websites must use a domain ending in one of two suffixes (.gov.cn or .政务), and individuals and companies cannot use this suffix.',
    'domain.forNonProfit':
      '{suffix} is for non-profit institutions (the websites of public institutions must use a .cn or .公益 domain), not for individuals and companies.',
    'domain.forEducation': '{suffix} is for educational institutions, not for individuals and companies.',
    'domain.forResearch': '{suffix} is for research institutions, not for individuals and companies.',
    'domain.forDefence': '{suffix} is for defence institutions, not for individuals and companies.',
    'domain.govSubdomain':
      '{host} is a subdomain of a government domain: subdomains of government departments must be filed separately and cannot rely on the main domain’s filing.',
    'domain.subdomain':
      'You entered {host}. What is filed is the main domain {value}: once it is filed, subdomains such as www or blog need no filing of their own as long as they point to servers of the same access provider.',
    'domain.idn':
      '{value} is a Chinese domain; in DNS and in some systems it is written {ascii}. Both are the same domain.',
    'domain.listDate':
      'The list is the version we checked on {checked}; MIIT approves new suffixes, and MIIT’s domain information search site is what counts.',
    'domain.realName':
      'The domain must first pass domain real-name verification (域名实名认证), and the verified details take a few days to reach the filing system (access providers commonly advise waiting about 3 working days). The tool cannot see whether your domain has passed it.',
    'domain.holder':
      'The domain holder must match the filing entity. For an individual’s filing, the domain must be registered in the person’s own name. For an organisation’s filing, providers differ: JD Cloud says the registrant may be the organisation itself (including a company’s shareholders), its principal person in charge or a senior manager; QingCloud says the holder must match the filing entity (name, ID type and number) and otherwise the domain must first be transferred to it. If the domain is registered to the owner personally, ask your provider whether it accepts that before deciding to transfer the domain to the company. The tool cannot see who the holder is.',
    'domain.registrar':
      'The domain must be registered with a registrar in mainland China approved by MIIT; a domain bought from a foreign registrar must first be transferred to a domestic one. The tool cannot see which registrar your domain is with.',
  },
};

/** 页脚备案号代码 (src/components/footer-check). Filing numbers stay as the bureau writes them, quoted. */
const footerCheck: Dictionary['footerCheck'] = {
  icpLabel: 'ICP filing number (备案号)',
  icpHint:
    'The number in the notice you received when bureau review approved your filing, for example “京ICP备2026000000号-1”.',
  policeLabel: 'Public security filing number (公安联网备案号, optional)',
  policeHint:
    'For example “京公网安备11010802012345号”; if you do not have it yet, leave it empty and come back to generate the code once you do.',
  badgeLabel: 'Address of the public security badge on your website',
  badgeHint:
    'Download the badge from the public security filing platform, put it on your own website and enter its address here. Do not use an image straight from someone else’s website.',
  codeHeading: 'Code to copy into the bottom of your home page',
  codeWaiting: 'Enter your filing number and the code appears here.',
  codeBad: 'Fix the problems below before the code can be generated:',
  pasteLabel: 'Page source or footer code',
  pasteHint:
    'Open your home page in the browser, press Ctrl+U (⌥⌘U on a Mac) to view its source, select all, copy and paste it here; or paste only the footer part. What you paste is only read as text, never run.',
  checkWaiting: 'Paste the code and the result of the check appears here.',
  okText: 'Nothing found that must be changed.',
  okWarnText: 'Nothing that must be changed, but we suggest changing the points below:',
  badText: 'These must be changed:',
  foundIcp: 'ICP filing number found: ',
  foundPolice: 'Public security filing number found: ',
  linksTo: 'links to',
  noLink: 'no link',
  errorsHeading: 'Must change',
  warningsHeading: 'Should change',
  notesHeading: 'Notes',
  ruleHeading: 'Where the {province} bureau’s requirement comes from:',
  ruleSays: {
    subject: 'show the entity’s filing number (主体备案号)',
    site: 'show the website’s filing number (网站备案号, with -N)',
    unknown: 'does not say which number to show',
  },
  ruleSource: ': {says} (checked {checked})',
  sourceTitle: '{title} ({original})',
  provincePage: 'All bureau requirements of {province}',
  copy: 'Copy code',
  copied: 'Copied',
  copyManual: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
  seeAlso: 'More on this:',
  says: {
    'icp.empty': 'Enter your filing number, for example “京ICP备2026000000号-1”.',
    'icp.notFound':
      'No ICP filing number found. It is written as the province abbreviation + “ICP备” + digits + “号”, for example “京ICP备2026000000号-1”, and the bottom of your home page must show it.',
    'icp.noProvince':
      'The province abbreviation is missing at the start of the filing number (such as 京, 沪 or 粤): it should read like “京ICP备……号”.',
    'icp.badProvince':
      '“{abbr}” at the start of the filing number is not a province abbreviation. A filing number starts with the abbreviation of the province where it was filed (such as 京, 沪, 粤 or 蜀).',
    'icp.altProvince':
      'The province abbreviation in filing numbers is “{official}”, not “{abbr}” (for example Sichuan is “蜀” and Guizhou is “黔”). Write the number exactly as the bureau issued it.',
    'icp.badDigits':
      'The number after “ICP备” has {count} digits, while a filing entity’s number has 8 (older) or 10 (newer). Check it against the bureau’s notice.',
    'icp.noHao': 'The “号” after the digits is missing: a filing number reads “京ICP备2026000000号”.',
    'icp.badSite':
      'After the “-” comes the website’s sequence number (such as -1); “{site}” is not a valid sequence number.',
    'icp.dash': 'The sequence number is preceded by “{dash}”; filing numbers use the ordinary hyphen “-”.',
    'icp.case': '“{written}” should be written in capitals: “ICP”.',
    'icp.fullWidth':
      'The filing number contains full-width letters or digits: change them to half-width, so that it matches the number the bureau issued character for character.',
    'icp.app':
      'A number ending in A is an app’s filing number; the bottom of a website must show the website’s own filing number.',
    'icp.licence':
      'The page also has a number with “ICP证” or one starting with “B2-”: that is the number of an ICP licence (commercial, 经营性), not a filing number, and it cannot replace the filing number.',
    'icp.noLink':
      '{number} has no link. The filing number must link to the MIIT filing system at https://beian.miit.gov.cn/.',
    'icp.hidden':
      '{number} is in the code but hidden ({how}, on it or on an element around it), so visitors do not see it. The filing number must be visible at the bottom of the page: remove what hides it.',
    'icp.oldLink':
      '{number} links to the old address {href}: miibeian.gov.cn is no longer in use; change it to https://beian.miit.gov.cn/.',
    'icp.wrongLink':
      '{number} links to {href}; it should link to the MIIT filing system at https://beian.miit.gov.cn/ (http://beian.miit.gov.cn/ also works).',
    'icp.several':
      'The page has {count} different filing numbers: make sure each of them is yours, and that this website shows its own number.',
    'icp.provinceSubject':
      'By the {province} bureau’s requirement (sources below), the footer shows the entity’s filing number (主体备案号) without -N: it should show {number}.',
    'icp.usedSubject':
      'By the {province} bureau’s requirement (sources below), the code uses the entity’s filing number {number}, without -N.',
    'icp.provinceSite':
      'By the {province} bureau’s requirement (sources below), the footer shows the website’s filing number with -N; this is only the entity’s filing number: enter the website’s full filing number.',
    'icp.provinceDisputed':
      'Access providers disagree on which number {province} wants in the footer (sources below); the notices of the bureau and of your access provider are what count.',
    'icp.depends':
      'Whether the footer shows the entity’s filing number or the website’s filing number with -N is up to the bureau: most provinces want the website’s number, a few such as Guangdong want the entity’s. We found no clear statement for {province}: follow your access provider’s notice.',
    'icp.provinceMismatch':
      'The province abbreviation of the filing number is “{abbr}”, which does not match {province}, so {province}’s requirement was not applied.',
    'police.notFound':
      'No public security filing number recognised. It is written as the province abbreviation + “公网安备” + 14 digits + “号”, for example “京公网安备11010802012345号”.',
    'police.noProvince':
      'The province abbreviation is missing at the start of the public security filing number: it should read like “京公网安备……号”.',
    'police.badProvince': '“{abbr}” at the start of the public security filing number is not a province abbreviation.',
    'police.altProvince':
      'The province abbreviation in the public security filing number is “{official}”, not “{abbr}”.',
    'police.badDigits': 'The number after “公网安备” has {count} digits; a public security filing number has 14.',
    'police.noHao': 'The “号” after the digits of the public security filing number is missing.',
    'police.region':
      'The first two digits {code} of the public security filing number are not an area code of the province “{abbr}”: check it against the number on the public security filing platform.',
    'police.fullWidth': 'The public security filing number contains full-width digits: change them to half-width.',
    'police.noLink':
      '{number} has no link. The code the public security filing platform gives links the number to its search page on beian.mps.gov.cn; we suggest adding the same link.',
    'police.hidden':
      '{number} is in the code but hidden ({how}, on it or on an element around it), so visitors do not see it. The public security filing number must be visible at the bottom of the page: remove what hides it.',
    'police.noCode':
      'The public security filing number links to beian.mps.gov.cn, but the address has no number in it: it should include code={digits}.',
    'police.codeMismatch':
      'The link of the public security filing number has code={code}, which differs from the number’s digits {digits}: it opens another website’s record, or nothing.',
    'police.oldLink':
      '{number} links to the old platform {href}. The public security filing platform has moved to beian.mps.gov.cn, and website owners report that the old address no longer opens: use the link the platform gives now.',
    'police.wrongLink': '{number} links to {href}; it should link to the search page on beian.mps.gov.cn.',
    'police.none':
      'No public security filing number found. Within 30 days of the website going live, the public security filing (公安联网备案) has to be done (whether a personal website needs it differs from place to place); once it is done, put its number in the footer too.',
    'police.foreignBadge':
      'The public security badge is loaded straight from {host}: download the badge, put it on your own website and use it from there.',
    'badge.foreign':
      'The badge address must be a path on your own website (for example /images/gongan-beian.png), not an address on another website: “{badge}”.',
    'badge.default':
      'You gave no badge address, so the code uses {badge} for the public security badge: download the badge from the public security filing platform and put it at that path on your website (or change the address in the code to where you put it). To show no badge, remove the <img …> part from the code and keep the number and its link.',
    'police.otherProvince':
      'The public security number starts with the province abbreviation “{police}”, the ICP number with “{icp}”. The two numbers come from different authorities: the ICP number from the communications bureau (管局), the public security number from the public security authorities. We found no rule that they must be of the same province, and no explanation of what a difference means; look the number up on the public security filing platform, beian.mps.gov.cn, to make sure it is registered for this website.',
    'footer.cut':
      'What you pasted is too long: only the last {max} characters were checked (the footer is at the end of the page).',
    'footer.allGood': 'The filing number is written correctly and links to the MIIT filing system.',
  },
};

const provincePage: Dictionary['provincePage'] = {
  title: '{province}: ICP filing requirements',
  description:
    'ICP filing requirements of the {bureau} ({province} bureau, 管局): filing numbers starting “{abbr}ICP备”, bureau review within {days} working days, cross-province filing and residence permits, where mobile numbers must be registered, age limits, website names, the filing number in the footer, materials and face verification. Each rule with its source and the date it was checked.',
  intro:
    'A filing entity in {province} is reviewed by the {bureau} (the bureau, 管局). Below are the rules this bureau has published beyond the national requirements, each with whom it applies to (individuals or organisations), where it comes from and when it was checked, followed by the original Chinese wording. The national requirements (domain real-name verification, website names, MIIT SMS verification and so on) are in {prepare}; {picker} also tells you, for your own case, which bureau handles your filing and what extra to prepare.',
  bureauHeading: 'The bureau and how long bureau review takes',
  bureau: 'Bureau: {bureau}',
  bureauUnverified: '{bureau} (its official website address has not been verified, so it is not listed here)',
  prefix: 'ICP filing numbers start with: {prefix} (for example {example})',
  prefixCode: '{abbr}ICP备',
  example: '{abbr}ICP备2026012345号-1',
  review: 'Bureau review time limit: {days} working days (source: {source}, checked {checked}).',
  review20:
    'Bureau review usually takes 1–20 working days; Article 12 of the “非经营性互联网信息服务备案管理办法” (Measures for the Administration of Non-commercial Internet Information Service Filing) says a complete application is dealt with within 20 working days. Bureau review cannot be expedited.',
  reviewLonger:
    'Article 12 of the “非经营性互联网信息服务备案管理办法” (Measures for the Administration of Non-commercial Internet Information Service Filing) sets 20 working days; access providers say bureau review in {province} can take up to {days} working days. Bureau review cannot be expedited.',
  rulesHeading: 'Requirements by topic',
  rulesIntro:
    '“{notFound}” means we checked the sources listed but found no public rule of this bureau on that point. It does not mean there is no requirement: in that case follow what your access provider tells you at its preliminary review (初审). Rules marked “Sources disagree” are where different access providers’ notes contradict each other; both are listed.',
  noRules: '{notFound} (no source that can be checked has been collected yet).',
  words: 'Words you cannot use: {words}.',
  formats: 'The only name formats allowed: {formats} (replace “{owner}” with your name, in Chinese as on your ID).',
  formatOwner: '某某',
  quoted: '“{item}”',
  sourceTitle: '{title} ({original})',
  listSeparator: ', ',
  disputed:
    '{label} this differs from {sources}; both are listed. When you file, follow what your access provider asks at its preliminary review.',
  disputedLabel: 'Sources disagree:',
  applies: 'Applies to: {who}{limit}{outcome}. Source: {source} (checked {checked})',
  who: { 个人: 'individuals', 单位: 'organisations', 全部: 'individuals and organisations' },
  outcome: { 不受理: '; not accepted', 需额外材料: '; extra documents needed', 说明: '' },
  where: {
    个人: 'household registration (户籍)',
    单位: 'place of registration',
    全部: 'household registration (户籍) or place of registration',
  },
  nonLocal: ' whose {where} is in another province',
  local: ' whose {where} is in this province',
  ages: ' aged {ages}',
  ageNames: { 未满16岁: 'under 16', '16至17岁': '16–17', '18至59岁': '18–59', '60岁及以上': '60 or over' },
  original: 'Original Chinese:',
  sourcesHeading: 'Sources',
  sourcesId: 'sources',
};

/** The filing process at a glance on the home page. */
const timeline: Dictionary['timeline'] = {
  name: 'ICP filing process timeline',
  step: 'Step {n}: {title}. {who}. {duration}. ',
  meta: '{duration} · {who}',
  steps: [
    {
      title: 'Domain, server, authorization code',
      who: 'You',
      duration: 'Newly verified domain: ~3 working days to sync',
    },
    {
      title: 'Fill in, upload, electronic verification',
      who: 'You (JD Cloud console and app)',
      duration: 'As the forms ask',
    },
    {
      title: 'Provider’s preliminary review',
      who: 'JD Cloud',
      duration: '1–3 working days, maybe a verification call',
    },
    { title: 'MIIT SMS verification', who: 'You (who receives it)', duration: 'Valid 1 day, says the SMS' },
    { title: 'Bureau review', who: 'The bureau', duration: 'Usually 1–20 working days (Zhejiang 30)' },
    {
      title: 'Approved: show the filing number',
      who: 'You',
      duration: 'Public security filing within 30 days of going live',
    },
  ],
  caption:
    'From submitting for preliminary review to receiving the ICP filing number, the steps add up to about {min}–{max} working days (Tencent Cloud says bureau review in Zhejiang takes 30 working days, which makes at most about {zhejiangMax}). Preparing the domain is not included, and long public holidays push everything back. The two steps with red dots have hard deadlines. The guide below follows the same order, step by step.',
  width: 560,
};

/**
 * The English titles of the sources the English pages and tools cite, by the source's address: what each document is,
 * in the glossary's words, with the qualifiers of the Chinese title (old version, third-party archive, second-hand)
 * kept. Shown with the Chinese title after it (src/i18n/sources.ts). Every source of the province data
 * (src/content/provinces) and of the site-name word lists (src/lib/site-name/sources-data.ts) needs one:
 * tests/unit/source-titles.test.ts names any missing.
 */
const sourceTitles: Dictionary['sourceTitles'] = {
  // 《非经营性互联网信息服务备案管理办法》（信息产业部令第33号）第十二条
  'https://www.gov.cn/gongbao/content/2005/content_93018.htm':
    'Measures for the Administration of Filing of Non-commercial Internet Information Services (Ministry of Information Industry Order No. 33), article 12',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Anhui.md':
    'JD Cloud filing docs: Anhui filing rules',
  'https://github.com/alipannu12121/icp/blob/0705405ab8be87d9bfc0c3afa2fcdfaa40de9af3/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E6%B5%81%E7%A8%8B%EF%BC%88PC%E7%AB%AF%EF%BC%89/%E5%A1%AB%E5%86%99%E4%B8%BB%E4%BD%93%E4%BF%A1%E6%81%AF%E5%92%8C%E7%BD%91%E7%AB%99%E4%BF%A1%E6%81%AF.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): filling in the entity and website information (appendix: naming requirements for organisation and personal websites)',
  'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/%E5%A4%87%E6%A1%88%E7%AE%A1%E5%B1%80%E5%92%A8%E8%AF%A2.md':
    'Huawei Cloud ICP filing knowledge base (compiled from Huawei Cloud’s pages on each province’s bureau requirements): questions about the bureaus',
  'https://github.com/alipannu12121/icp/blob/bd1fd461750d332095697fbecee3aa7720d68916/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E6%B5%81%E7%A8%8B%EF%BC%88PC%E7%AB%AF%EF%BC%89/%E4%BA%BA%E8%84%B8%E6%A0%B8%E9%AA%8C%E6%88%96%E5%B9%95%E5%B8%83%E6%8B%8D%E7%85%A7%E6%A0%B8%E9%AA%8C.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): face verification, or a photo taken in front of a backdrop',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Beijing.md':
    'JD Cloud filing docs: Beijing filing rules',
  'https://github.com/tencentyun/qcloud-documents/blob/29f37eaabde150f02169b6ed5529efe4536848fe/product/%E5%9F%9F%E5%90%8D%E4%B8%8E%E7%BD%91%E7%AB%99/%E7%BD%91%E7%AB%99%E5%A4%87%E6%A1%88/0.%E5%BC%83%E7%94%A8%E6%96%87%E6%A1%A3/%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A6%81%E6%B1%82%EF%BC%88%E6%97%A7%EF%BC%89.md':
    'Tencent Cloud docs (deprecated old version): requirements of each province’s bureau (old)',
  'https://github.com/alipannu12121/icp/blob/dc89b7701f8897a028f3918f4aebe38cc9a79109/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8C%97%E4%BA%AC%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Beijing filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Chongqing.md':
    'JD Cloud filing docs: Chongqing filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Fujian.md':
    'JD Cloud filing docs: Fujian filing rules',
  'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/%E5%A4%87%E6%A1%88%E6%94%BF%E7%AD%96%E5%92%A8%E8%AF%A2.md':
    'Huawei Cloud ICP filing knowledge base: questions about filing policy (each bureau’s policy requirements)',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Gansu.md':
    'JD Cloud filing docs: Gansu filing rules',
  'https://github.com/alipannu12121/icp/blob/07390e84cd9909c5aa3f5d9a847bb82d263a0d6e/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%A5%BF%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E7%94%98%E8%82%83%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Gansu filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Guangdong.md':
    'JD Cloud filing docs: Guangdong filing rules for organisations and individuals',
  'https://www.xinnet.com/service/cjwt/icp/zbnr/2009.html':
    'Xinnet help centre: how to fill in the service (website) name',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Guangxi.md':
    'JD Cloud filing docs: Guangxi filing rules',
  'https://github.com/alipannu12121/icp/blob/d3d0271efdbefb47fd3aa210a10c5ea61e7d608b/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E5%8D%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%B9%BF%E8%A5%BF%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Guangxi filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Guizhou.md':
    'JD Cloud filing docs: Guizhou filing rules',
  'https://github.com/alipannu12121/icp/blob/258d9a38187692e62b36b0f1e8e9ce929259576c/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%A5%BF%E5%8D%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%B4%B5%E5%B7%9E%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Guizhou filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Hainan.md':
    'JD Cloud filing docs: Hainan filing rules',
  'https://github.com/alipannu12121/icp/blob/571132fc071f861358ad777c9192368aa12681ec/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E5%8D%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E6%B5%B7%E5%8D%97%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Hainan filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Hebei.md':
    'JD Cloud filing docs: Hebei filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Heilongjiang.md':
    'JD Cloud filing docs: Heilongjiang filing rules',
  'https://github.com/alipannu12121/icp/blob/4fa63af51939ef00294d3a829d79886ae95c2e27/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E4%B8%9C%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E9%BB%91%E9%BE%99%E6%B1%9F%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Heilongjiang filing rules',
  'https://github.com/alipannu12121/icp/blob/c3531a2f272a66caa211ed3cf4633e2eed572736/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%AD%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E6%B2%B3%E5%8D%97%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Henan filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Henan.md':
    'JD Cloud filing docs: Henan filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Hubei.md':
    'JD Cloud filing docs: Hubei filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Hunan.md':
    'JD Cloud filing docs: Hunan filing rules',
  'https://github.com/alipannu12121/icp/blob/090947c5f48787f5c31e1a54935d40be9b05b1b3/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%AD%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E6%B9%96%E5%8D%97%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Hunan filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Jiangsu.md':
    'JD Cloud filing docs: Jiangsu filing rules',
  'https://github.com/alipannu12121/icp/blob/850cb3f5c017616c97d0cda893a92bfd3d1be23a/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%9C%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E6%B1%9F%E8%8B%8F%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Jiangsu filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Jiangxi.md':
    'JD Cloud filing docs: Jiangxi filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Jilin.md':
    'JD Cloud filing docs: Jilin filing rules',
  'https://github.com/alipannu12121/icp/blob/66314d09dc747c55f5866f2f7f2b177cad2d0af1/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E4%B8%9C%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%90%89%E6%9E%97%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Jilin filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Liaoning.md':
    'JD Cloud filing docs: Liaoning filing rules',
  'https://github.com/alipannu12121/icp/blob/1eceaeccd7beadea9fb17b23e329cb69c8c87a69/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E4%B8%9C%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%BE%BD%E5%AE%81%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Liaoning filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Neimenggu.md':
    'JD Cloud filing docs: Inner Mongolia filing rules',
  'https://github.com/alipannu12121/icp/blob/4cfcb99eda3ae7aa68f89625a99d7e9fcca81b8c/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%86%85%E8%92%99%E5%8F%A4%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Inner Mongolia filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Ningxia.md':
    'JD Cloud filing docs: Ningxia filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Qinghai.md':
    'JD Cloud filing docs: Qinghai filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Shanxi.md':
    'JD Cloud filing docs: Shaanxi filing rules',
  'https://github.com/alipannu12121/icp/blob/571f271f93d7ef09c870c7210595d84ae01b858e/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%A5%BF%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E9%99%95%E8%A5%BF%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Shaanxi filing rules',
  'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/%E5%A4%87%E6%A1%88%E5%8F%98%E6%9B%B4%E5%92%A8%E8%AF%A2.md':
    'Huawei Cloud ICP filing knowledge base: questions about changes (a filed domain cannot change its filing entity)',
  'https://github.com/alipannu12121/icp/blob/da9affd0c20aecf656f0ff1e4db35bda94c70878/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%9C%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%B1%B1%E4%B8%9C%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Shandong filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/shandong.md':
    'JD Cloud filing docs: Shandong filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Shanghai.md':
    'JD Cloud filing docs: Shanghai filing rules',
  'https://github.com/alipannu12121/icp/blob/4c685516f02547b8ccb358f03a8bdddff81fe75a/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%9C%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E4%B8%8A%E6%B5%B7%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Shanghai filing rules',
  'https://github.com/alipannu12121/icp/blob/f1ede13070246d550ecb9532c81c49341e007a0a/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E6%B5%81%E7%A8%8B%EF%BC%88PC%E7%AB%AF%EF%BC%89/%E4%B8%8A%E6%B5%B7%E5%9C%B0%E5%8C%BA%E9%80%9A%E8%BF%87%E6%89%8B%E6%9C%BAAPP%E6%A0%B8%E9%AA%8C%E7%BD%91%E7%AB%99%E8%B4%9F%E8%B4%A3%E4%BA%BA.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): verifying the website’s responsible person with the mobile app in Shanghai',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Shan-xi.md':
    'JD Cloud filing docs: Shanxi filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Sichuan.md':
    'JD Cloud filing docs: Sichuan filing rules',
  'https://github.com/alipannu12121/icp/blob/5b49ebf57819a691d7b82bacf81923edabafe0b1/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%A5%BF%E5%8D%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%9B%9B%E5%B7%9D%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Sichuan filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/tianjin.md':
    'JD Cloud filing docs: Tianjin filing rules',
  'https://github.com/alipannu12121/icp/blob/5cc0c5cfdd7454deebb71f68f37b48b6eac08018/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E5%8C%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%A4%A9%E6%B4%A5%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Tianjin filing rules',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Xinjiang.md':
    'JD Cloud filing docs: Xinjiang filing rules',
  'https://github.com/huaweicloud/huaweicloud-skills/blob/c54c1bccd55f9af238819168a954d4c6771e2389/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87%E5%92%A8%E8%AF%A2.md':
    'Huawei Cloud ICP filing knowledge base: questions about preparing a filing (bureaus’ special requirements)',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Yunnan.md':
    'JD Cloud filing docs: Yunnan filing rules',
  'https://github.com/alipannu12121/icp/blob/bf2ebe5a476555830a3f9a694d8fb3ea1bddd668/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E8%A5%BF%E5%8D%97%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E4%BA%91%E5%8D%97%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Yunnan filing rules',
  'https://github.com/tencentyun/qcloud-documents/blob/master/product/%E5%9F%9F%E5%90%8D%E4%B8%8E%E7%BD%91%E7%AB%99/%E7%BD%91%E7%AB%99%E5%A4%87%E6%A1%88/0.%E5%BC%83%E7%94%A8%E6%96%87%E6%A1%A3/%E5%A4%87%E6%A1%88%E6%97%B6%E9%95%BF2.md':
    'Tencent Cloud docs (deprecated old version): how long filing takes (bureau review at most 20 working days, Zhejiang 30 working days)',
  'https://github.com/jdcloudcom/cn/blob/edit/documentation/Domain-Name-%26-License/ICP-License-Service/Getting-Started/Management-specification/Zhejiang.md':
    'JD Cloud filing docs: Zhejiang filing rules',
  'https://github.com/alipannu12121/icp/blob/6bbc6d23774b38a9c815ff8b42f392a8682f9082/cn.zh-CN/ICP%E5%A4%87%E6%A1%88%E5%89%8D%E5%87%86%E5%A4%87/%E5%AD%A6%E4%B9%A0%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E5%8D%8E%E4%B8%9C%E5%90%84%E7%9C%81%E7%AE%A1%E5%B1%80%E8%A7%84%E5%88%99/%E6%B5%99%E6%B1%9F%E5%A4%87%E6%A1%88%E8%A7%84%E5%88%99.md':
    'Alibaba Cloud filing docs (old version, third-party archive, second-hand): Zhejiang filing rules',
  'https://github.com/tencentyun/intlcloud-documents/blob/0127ddcf2fe3ff8772d341af25779538fd4b7511/product/%E5%9F%9F%E5%90%8D%E4%B8%8E%E7%BD%91%E7%AB%99/%E7%BD%91%E7%AB%99%E5%A4%87%E6%A1%88/%E4%BA%A7%E5%93%81%E7%AE%80%E4%BB%8B/%E7%BD%91%E7%AB%99%E5%91%BD%E5%90%8D%E8%A6%81%E6%B1%82_intl.md':
    'Tencent Cloud docs: website naming requirements (Tencent Cloud International documentation, English version)',
  'https://github.com/yunify/qingcloud-docs/blob/2714027158eef37c1a47b1bf8bc119337fb4e4a1/content/site/record/intro/limit.md':
    'QingCloud docs: filing restrictions (website naming rules)',
  'https://github.com/huaweicloud/huaweicloud-skills/blob/f127b26da0b127466bc641fa9b8b3c5d26d0713d/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/%E5%A4%87%E6%A1%88%E9%A9%B3%E5%9B%9E%E5%92%A8%E8%AF%A2.md':
    'Huawei Cloud ICP filing knowledge base: questions about rejected filings (website names that do not meet the requirements, sectors that need pre-approval)',
  'http://www.bkzhishi.com/sh/1644.html':
    'How to name a personal website whose name does not pass ICP filing review (bkzhishi.com, retelling Alibaba Cloud’s preliminary-review naming rules and the provinces’ restricted words)',
};

// ── The dictionary ──────────────────────────────────────────────────────────────────────────────────────────────

const en: Dictionary = {
  lang: 'en',
  links,
  pages,
  common,
  smsCheck,
  messageDecoder,
  deadlines,
  siteName,
  provincePicker,
  domainCheck,
  footerCheck,
  provincePage,
  timeline,
  sourceTitles,
};

export default en;
