/**
 * English (en): every sentence the tools show on the English pages (/en/…), for a reader who does not read Chinese
 * but will see Chinese in the provider console, on the MIIT pages and in the SMS: where the reader has to find
 * something on a Chinese screen, the Chinese words stand beside the English, in parentheses or quotes. The English
 * words follow the English glossary (/en/guide/glossary/); facts as in zh-CN.ts. Typed as {@link Dictionary}, so a
 * missing key fails `astro check`; every `{placeholder}` of a zh-CN sentence is kept.
 */
import type { Dictionary } from './index';
import zhCN from './zh-CN';

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
    'code.tooLong':
      'Too long (over {limit} characters). This box takes only the 6-digit verification code from the SMS.',
    'code.empty':
      'The verification code cannot be empty (the page says “短信验证码不能为空”). Enter the 6 digits that follow “验证码：” in the SMS.',
    'code.pastedSms': 'Enter only the 6-digit code here, not the whole SMS.',
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
    'tail.lowerX': 'Use a capital letter (x becomes X).',
    'tail.strayChars':
      'Contains “{chars}”, which is not part of an ID number: enter only digits, letters and brackets.',
    'tail.tooMany':
      'Enter only the last 6 characters; this has {count} (the box keeps only the first 6). The last 6 are: {value}',
    'tail.tooFew': 'Exactly 6 characters are needed (brackets count); this has only {count}.',
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
    'document.foreignPassport':
      'This is not the format of a Chinese passport (E or G followed by 8 digits, or E, a letter and 7 digits), so it is treated as a foreign passport: only its length and characters were checked.',
    'document.passportFormat': 'A passport number is 6–20 letters and digits, such as E12345678.',
    'document.otherTooShort': 'An ID number has at least 6 characters; this has only {count}.',
    'document.otherUnchecked':
      'The format of this kind of document cannot be checked: compare the last six characters with the document (spaces and dashes have been removed).',
    'sms.noCode': 'No 6-digit verification code found: paste the whole MIIT SMS.',
    'sms.notMiit':
      'It does not mention MIIT (工信部) or beian.miit.gov.cn, so it does not look like the MIIT verification SMS.',
    'sms.otherHost':
      'Contains another address ({host}), so it may be a fake SMS: MIIT SMS verification happens only at beian.miit.gov.cn. Do not enter anything anywhere else.',
    'sms.otherHosts':
      'Contains other addresses ({host}, {host2}), so it may be a fake SMS: MIIT SMS verification happens only at beian.miit.gov.cn. Do not enter anything anywhere else.',
    'sms.cancelAccess':
      'Cancelling access (取消接入) needs no MIIT SMS verification; if you receive a verification SMS that claims to be for cancelling access, check with your access provider first.',
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
    calculatorLinkText: 'Work out the exact time with the deadline calculator',
    notesTitle: 'Note',
    closestTitle: 'The closest kinds (compare them with the text to decide):',
    foundWordsTitle: 'The text mentions:',
    guideLinksTitle: 'In detail: ',
    listSeparator: ', ',
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
        "The access provider's preliminary review has passed and the order has been submitted to the provincial Communications Administration Bureau (管局, the bureau). MIIT SMS verification still has to be done, then bureau review.",
      steps: [
        'The SMS comes from 12381 (or 106…12381); when it arrives, open the verification page on beian.miit.gov.cn and enter the verification code, the mobile number and the last six characters of the ID number.',
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
      title: 'Access has been cancelled',
      now: 'If you still use this website, file new access (新增接入) with your current provider.',
      meaning:
        'This access provider no longer provides access for this website; a website without access becomes a shell website, and its filing may be deregistered.',
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
      'The part after “ICP备” has the wrong format: it should be the province abbreviation, “ICP备”, 8 or 10 digits and “号”, such as “粤ICP备2026012345号-1”.',
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
    smsFirst:
      "First filing or adding a website: the entity's responsible person and the website's responsible person may each get an SMS (one SMS when they share a number); everyone who gets one must verify.",
    smsSite:
      'Applications that add something: the SMS goes to the responsible people concerned; everyone who gets one must verify.',
    smsAccess:
      "New access: the SMS goes to the mobile number of the website's responsible person registered in the existing filing; if that number has changed, first file a change (变更) at the original access provider.",
    smsChange: 'Change: the SMS goes to the responsible person whose information changed.',
    smsCancel:
      "Deregistering a website or a filing entity: Huawei Cloud's and the WeChat open platform's instructions include MIIT SMS verification, while JD Cloud's table lists none; if you get an SMS, verify in time.",
    smsNone:
      'Cancelling access needs no MIIT SMS verification; if you get a verification SMS that claims to be for cancelling access, check with your access provider first.',
    othersPendingToo: 'The text also says a responsible person has not finished verifying.',
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
  },
};

// ── The dictionary ──────────────────────────────────────────────────────────────────────────────────────────────

const en: Dictionary = {
  lang: 'en',
  links,
  pages,
  common,
  smsCheck,
  messageDecoder,
  deadlines: zhCN.deadlines, // replaced at merge
  siteName: zhCN.siteName, // replaced at merge
  provincePicker: zhCN.provincePicker, // replaced at merge
  domainCheck: zhCN.domainCheck, // replaced at merge
  footerCheck: zhCN.footerCheck, // replaced at merge
};

export default en;
