/**
 * English (en), part 2: the sections of the tools 期限计算, 网站名称自查, 管局与材料查询, 域名能不能备案 and
 * 页脚备案号代码, for a foreign filer who reads English but meets Chinese in the provider console, the MIIT pages and
 * the bureau's notices: the Chinese term stays beside the English where the reader must recognise it on screen.
 * Website names and filing numbers stay Chinese (they are checked as Chinese), quoted. Same facts and caveats as
 * zh-CN.ts; the words of the English glossary (/en/guide/glossary/). Each section is typed by the zh-CN dictionary's
 * shape, so a missing key fails `astro check`. These sections move into en.ts when the English dictionary lands.
 */
import type { Dictionary } from './index';

/** 期限计算 (src/components/deadlines), and the SMS deadline 短信核验信息自查 shows. */
export const deadlines: Dictionary['deadlines'] = {
  common: {
    day: '{weekday} {day} {monthName} {year}',
    dateTime: '{weekday} {day} {monthName} {year}, {hour}:{minute}',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
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
    ],
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
    note: 'Until then it is normal for the provider console to still show “待核验” (awaiting verification). MIIT sends no further SMS after a successful verification.',
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
    provinceOption: '{name} ({n} working days)',
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
export const siteName: Dictionary['siteName'] = {
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
  errorsHeading: 'Must change',
  warningsHeading: 'Should change',
  submitted: 'The name actually submitted: ',
  provinceChecked: '{province}: this province’s restricted words were added to the check: {words}',
  provinceNoWords:
    '{province}: no published restricted words were found for this province; only the nationwide rules were checked.',
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
      'The name contains {words}: this looks like a {sector} information service. Under Article 5 of the Measures for the Administration of Internet Information Services (《互联网信息服务管理办法》) and other rules, such services first need pre-approval (前置审批) from the competent authority; without the approval documents the provider’s preliminary review rejects the filing and the bureau returns it (Huawei Cloud lists {sector} among the sectors that need pre-approval). If the site does not offer such a service, remove {words}; if it does, obtain the pre-approval first, see',
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
    'symbols.special':
      'The name contains the special symbols {words}: Tencent Cloud’s naming rules say a website name may not contain special symbols, and most access providers accept only Chinese characters, letters and digits. Remove these symbols.',
  },
};

/** 管局与材料查询 (src/components/province-picker): the picker, the /provinces/ table and its sources. */
export const provincePicker: Dictionary['provincePicker'] = {
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
    hint: 'Type the province’s name in pinyin (guangdong) or in Chinese (广东), its one-character abbreviation (粤, 苏), a city in Chinese (深圳) or a filing number (苏ICP备…).',
    chosen: {
      name: 'Chosen: {province}',
      abbr: 'Chosen: {province} (abbreviation “{query}”)',
      bureau: 'Chosen: {province}',
      number: 'Chosen: {province} (“{abbr}” at the start of the filing number)',
      slug: 'Chosen: {province}',
      city: 'Chosen: {province} (the province {city} is in)',
    },
    several: '{count} provinces match “{query}”; choose one:',
    option: '{province}',
    optionCity: '{province} ({city})',
    none: 'No province found for “{query}”. Hong Kong, Macao and Taiwan have no bureau for ICP filing; try another spelling, or choose from the list.',
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
  head: ' ({basis})',
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
  ruleText: '“{text}”',
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
    some: ' ({provinces})',
    all: ' (all provinces)',
  },
};

/** 域名能不能备案 (src/components/domain-check). */
export const domainCheck: Dictionary['domainCheck'] = {
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
      'The domain holder must match the filing entity: for an individual’s filing, the domain is registered in the person’s own name; for an organisation’s filing, in the organisation’s name. The tool cannot see who the holder is.',
    'domain.registrar':
      'The domain must be registered with a registrar in mainland China approved by MIIT; a domain bought from a foreign registrar must first be transferred to a domestic one. The tool cannot see which registrar your domain is with.',
  },
};

/** 页脚备案号代码 (src/components/footer-check). Filing numbers stay as the bureau writes them, quoted. */
export const footerCheck: Dictionary['footerCheck'] = {
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
    'icp.oldLink':
      '{number} links to the old address {href}: miibeian.gov.cn is no longer in use; change it to https://beian.miit.gov.cn/.',
    'icp.wrongLink':
      '{number} links to {href}; it should link to the MIIT filing system at https://beian.miit.gov.cn/ (an address starting with http is fine too).',
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
    'footer.cut':
      'What you pasted is too long: only the last {max} characters were checked (the footer is at the end of the page).',
    'footer.allGood': 'The filing number is written correctly and links to the MIIT filing system.',
  },
};
