/**
 * English-language notices (issue 24): what foreign filers paste — Alibaba Cloud and Tencent Cloud International, AWS
 * China's "ICP Recordal" (Sinnet, NWCD), Azure China (21Vianet), machine translations of the MIIT SMS and page, and
 * their own English descriptions. Each case is a realistic sentence with the kind it must get; the corpus set
 * tests/fixtures/messages/en-a.jsonl holds more. Negations, conditions and questions in English state nothing.
 */
import { describe, expect, test } from 'vitest';
import { interpretMessage, type MessageKind } from '../../src/lib/messages';
import { parseMiitSms } from '../../src/lib/miit-sms';

const kind = (text: string) => interpretMessage(text).kind;
const each = (cases: readonly (readonly [string, MessageKind])[]) =>
  test.each(cases.map(([text, want]) => [want, text] as const))('%s: %s', (want, text) =>
    expect(kind(text)).toBe(want),
  );

describe('never an approval that is not one', () => {
  each([
    [
      'UCloud emailed: 初审通过，已提交管局审核，请留意工信部短信。\nMy colleague says that means we are approved, is that right?',
      'submitted-to-bureau',
    ],
    ['【腾讯云】您的备案已通过初审并提交至管局审核。\nSo it is approved, right?', 'submitted-to-bureau'],
    [
      'Your application will be submitted to the Communications Administration once approved by Alibaba Cloud.',
      'unknown',
    ],
    ['Submitted to the bureau. The filing has not been approved yet.', 'submitted-to-bureau'],
    ['Our filing has not been approved yet.', 'unknown'],
    ['Is it approved?', 'unknown'],
    ['Has the MIIT approved our filing yet?', 'unknown'],
    ['I think the filing was approved but I am not sure, can you check?', 'unknown'],
    ['If the bureau approves it, the number will be sent to you.', 'unknown'],
    ['Once approved, you will receive the ICP number by SMS.', 'unknown'],
    ['The filing is approved only after the bureau review.', 'unknown'],
    ['The ICP number will be issued after the bureau review.', 'unknown'],
    ["We haven't received our ICP number yet.", 'unknown'],
    ['Approval is expected next week.', 'unknown'],
    ['Not approved yet.', 'unknown'],
    ['Your domain name real-name verification has been approved.', 'unknown'],
    [
      'Preliminary review passed. Once approved by the Communications Administration, you will receive your filing number.',
      'first-review-passed',
    ],
    [
      "Huawei Cloud's reviewer called yesterday, today the console says 'Huawei Cloud review passed'. Nothing about the bureau yet.",
      'first-review-passed',
    ],
    ['Your ICP filing application has been approved by Alibaba Cloud.', 'first-review-passed'],
    ['Tencent Cloud approved our application yesterday. Nothing from the bureau yet.', 'first-review-passed'],
    [
      'Your ICP filing has been approved by Tencent Cloud and submitted to the Communications Administration.',
      'submitted-to-bureau',
    ],
    [
      'Your application has been submitted to the MIIT for review. You will receive an SMS verification within 24 hours.',
      'submitted-to-bureau',
    ],
    ['Preliminary review: passed. Communications Administration review: in progress.', 'submitted-to-bureau'],
    ['Status: Communications Administration review', 'submitted-to-bureau'],
  ]);
});

describe('approvals by the Communications Administration, and numbers granted', () => {
  each([
    [
      'Your ICP filing application has been approved by the Shanghai Communications Administration.\nICP filing number: 沪ICP备2026018834号-1',
      'approved',
    ],
    ['ICP Recordal number issued: 京ICP备2026012345号-1. Please display it in the footer of your website.', 'approved'],
    ['Your ICP filing number has been issued: 沪ICP备2026001234号-1', 'approved'],
    ['Your ICP Recordal has been completed. Recordal number: 京ICP备2026031560号-1.', 'approved'],
    ['Good news: we have got the ICP number 苏ICP备2026012345号-1 for the website.', 'approved'],
    [
      '12-01 preliminary review passed\n12-02 submitted to bureau\n12-10 approved by bureau, number 粤ICP备2026012345号-1',
      'approved',
    ],
  ]);

  test('both numbers of an English notice', () => {
    const r = interpretMessage(
      'Your ICP filing has been approved.\nWebsite filing number: 沪ICP备2026018834号-1\nEntity filing number: 沪ICP备2026018834号',
    );
    expect(r.kind).toBe('approved');
    expect(r.filingNumber).toBe('沪ICP备2026018834号-1');
    expect(r.subjectNumber).toBe('沪ICP备2026018834号');
  });
});

describe('the provider’s review and the bureau’s', () => {
  each([
    [
      'Your ICP Recordal application has been received and is under initial review by Beijing Sinnet Technology Co., Ltd. Our reviewer will contact the website’s responsible person by phone.',
      'first-review',
    ],
    ['Status: Initial review in progress', 'first-review'],
    ['Preliminary review failed: the website name contains prohibited words.', 'rejected'],
    [
      'Alibaba Cloud returned your ICP filing order for modification. Reason: the uploaded ID photo is blurry.',
      'rejected',
    ],
    ['Your ICP Recordal application has been rejected by Sinnet. Reason: the website name is not allowed.', 'rejected'],
    ['The bureau sent it back saying the website name was wrong.', 'returned'],
    [
      'Unfortunately, your ICP filing was not approved by the Shanghai Communications Administration. Reason: incomplete information.',
      'returned',
    ],
    ['Your filing application is now pending review by the Communications Administration.', 'submitted-to-bureau'],
    ["Our filing passed Alibaba Cloud's review today and they forwarded it to the bureau.", 'submitted-to-bureau'],
    [
      'The Communications Administration did not approve our application because the website name was too general.',
      'returned',
    ],
    [
      'Dear customer,\nYour ICP filing application did not pass the preliminary review.\nReason for rejection:\n1. The website name does not match the website content.\n2. The uploaded photo is unclear.\nPlease modify the application and submit it again.',
      'rejected',
    ],
    ['The application is now with the bureau for review, which can take up to 20 working days.', 'submitted-to-bureau'],
  ]);
});

describe('materials', () => {
  each([
    [
      'Tencent Cloud ICP Filing: The verification photo of the person in charge was not accepted. Reason: the background is not plain white. Please retake the photo.',
      'materials-needed',
    ],
    ['Your verification photo was rejected because the background is not white. Please retake it.', 'materials-needed'],
    [
      'Please upload the Website Filing Information Authenticity Verification Form signed by the legal representative.',
      'materials-needed',
    ],
    [
      'Additional documents required: please provide a pre-approval document from the health authority.',
      'materials-needed',
    ],
  ]);
});

describe('the MIIT page, translated', () => {
  each([
    [
      'Dear ICP user: your SMS verification has all been completed, the request will be submitted to the bureau for review.',
      'verified',
    ],
    [
      'Huawei Cloud ICP Filing\nMIIT SMS verification: completed by all verifiers\nNext step: Communications Administration review (1-20 working days).',
      'verified',
    ],
    [
      'Dear ICP user: your SMS verification failed, please contact your access provider to query the verification result.',
      'failed-contact-provider',
    ],
    ['SMS verification failed. Please enter the correct information.', 'failed-wrong-info'],
    ['Your SMS verification failed. Please verify again.', 'failed-retry'],
    ['This verification cannot be found in the database or the verification has already been completed.', 'no-record'],
    ['Your SMS verification has been completed, there is no need to submit it again.', 'already-verified'],
    [
      'You currently have no filing application awaiting SMS verification, no need to resend the SMS.',
      'resend-none-pending',
    ],
    ['A new verification code has been sent to your phone.', 'resend-sent'],
    [
      'The number of resends has reached the upper limit. If you cannot complete the SMS verification in time, your filing application will be returned.',
      'resend-limit',
    ],
    ['The code doesn’t match, the page says.', 'code-wrong'],
    ['The page says a new SMS has been sent to my phone.', 'resend-sent'],
    ["It won't let me resend anymore, says the limit has been reached.", 'resend-limit'],
    ['The verification code has expired.', 'code-expired'],
  ]);
});

describe('never all verified while someone else still has to', () => {
  each([
    [
      'You have completed the SMS verification successfully. However the other person in charge (website) still needs to verify with the code sent to his phone. The application can only proceed to the Communications Administration Bureau after both verifications are complete.',
      'verified-others-pending',
    ],
    [
      'Website administrator (Li Wei): Validated\nEntity leader (Zhang Min): Pending validation',
      'verified-others-pending',
    ],
    [
      'My verification went through but the entity’s responsible person has not verified yet.',
      'verified-others-pending',
    ],
    ['I completed my SMS verification but my colleague hasn’t received his SMS yet.', 'verified-others-pending'],
    ['SMS verification: 1 of 2 people completed. Pending: entity leader.', 'verified-others-pending'],
  ]);
});

describe('codes that are not the MIIT code', () => {
  each([
    [
      'Your Alibaba Cloud verification code is 284610. You are logging on to your account. Do not share this code with anyone.\n-- is this the filing code the bureau wants?',
      'not-a-filing-code',
    ],
    [
      '[Bank of China] OTP 739102 for online payment of RMB 1,290.00 to Huawei Cloud. Valid for 5 minutes.',
      'not-a-filing-code',
    ],
    ['AWS China: Your verification code is 339102. Enter this code to verify your email address.', 'not-a-filing-code'],
    [
      '[JD Cloud] Your verification code is 114209, you are verifying the mobile number in the ICP filing form. Valid for 5 minutes.',
      'not-a-filing-code',
    ],
    [
      'Your verification code for changing the password is 778102. If you did not request this, ignore it.',
      'not-a-filing-code',
    ],
    [
      '[MIIT] Verification code: 604218. Your first filing has been submitted. Verification link: beian.miit.gov.cn, valid for 1 day.',
      'miit-sms',
    ],
  ]);

  test('a bare English "verification code" is not taken for the MIIT SMS', () => {
    expect(parseMiitSms('Your verification code is 480375.').isMiitSms).toBe(false);
    expect(kind('[Alibaba Cloud] Your ICP filing verification code is 553201.')).not.toBe('miit-sms');
    expect(kind('Your verification code is 604218. Please complete the SMS verification within 24 hours.')).toBe(
      'miit-sms',
    );
    expect(parseMiitSms('[MIIT] Verification code: 5 5 0 9 2 8. Verification link: beian.miit.gov.cn').code).toBe(
      '550928',
    );
  });
});

describe('scams in English, and advice against them', () => {
  each([
    [
      "Got a call from the 'Communications Administration': our ICP filing must be renewed every year for 1,500 yuan, bank transfer to 'Beijing Xinke Information Service Co.'.",
      'scam',
    ],
    [
      'Dear customer, your ICP license requires annual review. Pay the annual review fee (CNY 980) to avoid your website being blocked.',
      'scam',
    ],
    ['ICP filing renewal notice: your filing must be renewed each year. Renewal fee: 1,200 yuan.', 'scam'],
    ['Guaranteed ICP approval in 5 days, no photo needed. Fee: 2000 RMB.', 'scam'],
    [
      'Please reply to this message with the 6-digit verification code you received so that we can complete the ICP filing for you.',
      'scam',
    ],
    [
      'Reminder from Alibaba Cloud: ICP filing is free of charge. Never pay anyone who asks for an annual ICP fee.',
      'unknown',
    ],
    [
      'Please note that ICP filing is free of charge. Your application has been submitted to the Communications Administration.',
      'submitted-to-bureau',
    ],
  ]);
});

describe('after approval', () => {
  each([
    [
      'Your request to cancel the website filing has been completed. The ICP filing number 津ICP备12009914号-1 has been cancelled.',
      'cancelled',
    ],
    ['Your website filing has been successfully cancelled.', 'cancelled'],
    ['The access for www.example-shop.cn has been removed from Alibaba Cloud.', 'access-cancel'],
    ['Access cancellation completed: your website is no longer connected to our ICP access service.', 'access-cancel'],
    // Access about to be cancelled is the same notice, before its date.
    [
      'Notice: the access of your website shop-demo.cn will be cancelled on 20 December 2026 because the server expired.',
      'access-cancel',
    ],
    ['Your website access is scheduled to be removed on 2027-01-10.', 'access-cancel'],
    [
      'Your domain example-shop.cn has expired. The ICP filing for it may be cancelled. Please renew the domain.',
      'info-check',
    ],
    [
      'The identity document of the entity leader expires on 2027-01-15. Please update the ICP filing information before the document expires.',
      'info-check',
    ],
    [
      'Your website has been identified as an empty shell website. Please fix it before 2026-12-31 or the filing will be cancelled.',
      'shell-warning',
    ],
    [
      "Our hosting company sent a reminder that we also need a 'public security' number from beian.mps.gov.cn.",
      'police-filing',
    ],
  ]);
});

test('an English text read as unknown says what it mentions, quoted from the text', () => {
  const r = interpretMessage('Is it approved? The bureau has had our filing number request for a week.');
  expect(r.kind).toBe('unknown');
  expect(r.found).toEqual(expect.arrayContaining(['approved', 'bureau', 'filing number']));
  for (const w of r.found)
    expect('Is it approved? The bureau has had our filing number request for a week.').toContain(w);
});

/**
 * The five misses of the held-out English set (tests/fixtures/messages/holdout-en.jsonl), each fixed as a family of
 * wordings, with probes of our own: varied wordings that must be read, and the same words in a negation, a question
 * or a condition that must not.
 */
describe('held-out misses, by wording family', () => {
  // "reached its maximum" (the resend tab), "sent back" (returned)
  each([
    ['Resend attempts have reached the maximum for today, the page says.', 'resend-limit'],
    ['The page says the number of SMS resends has hit its cap.', 'resend-limit'],
    ['The resend count has not reached its maximum yet.', 'unknown'],
    ['If the resend count reaches its maximum, wait until tomorrow.', 'unknown'],
    ['Our filing application was sent back by the Communications Administration.', 'returned'],
    ['Your filing application will be sent back if the SMS verification is not completed in time.', 'unknown'],
  ]);
  // "all complete … goes to the bureau" (status 3 in one's own words)
  each([
    ['Colleague: SMS verification fully complete and the filing has moved on to the bureau.', 'verified'],
    ['Verification all complete and now going to the MIIT for review.', 'verified'],
    ['The SMS verification is not all complete yet and nothing goes to the bureau until it is.', 'unknown'],
    ['Verification completed by the Communications Administration.', 'unknown'],
  ]);
  // "sign-in verification code … expires in N minutes" (a provider's name with digits between label and code)
  each([
    ['Your sign-in code for 51CTO Cloud is 402913, it expires in 5 minutes.', 'not-a-filing-code'],
    ['Login verification code for 263 Enterprise Mail: 771204 (expires in 15 minutes).', 'not-a-filing-code'],
    [
      '[MIIT] Your verification code for the filing of the site hosted by 21Vianet is 604218. Verification link: beian.miit.gov.cn, valid for 1 day.',
      'miit-sms',
    ],
  ]);
  test('the MIIT code is read past a name with digits', () => {
    expect(
      interpretMessage(
        '[MIIT] Your verification code for the filing of the site hosted by 21Vianet is 604218. Verification link: beian.miit.gov.cn, valid for 1 day.',
      ).code,
    ).toBe('604218');
  });
  // "has been deregistered", "注销… completed" (a console's Chinese label with English around it)
  each([
    ['注销网站 done: 京ICP备2020012345号-2 was deregistered today.', 'cancelled'],
    ['Console status for 沪ICP备2018004321号: 注销备案 successful', 'cancelled'],
    ['Our entity has been deregistered from the MIIT filing system.', 'cancelled'],
    ['京ICP备2020012345号-2 has not been deregistered yet.', 'unknown'],
    ['Has 甘ICP备2019002214号 been deregistered already?', 'unknown'],
  ]);
  // "record does not exist in the database" (status 4 in other words)
  each([
    ['The page said: verification record does not exist.', 'no-record'],
    ['Result: no such verification record in the database.', 'no-record'],
    ["The verification record doesn't exist in the system any more, the page says.", 'no-record'],
    ['If the page says the verification record does not exist, ask your provider to resend the SMS.', 'unknown'],
    ['Does that mean the verification record does not exist in the database?', 'unknown'],
  ]);
});

test('the code the reader typed, quoted twice (once with a slip), is still the one code', () => {
  const r = interpretMessage('The SMS says 482910 but I typed 4829 10 and the page said the code is incorrect.');
  expect(r.kind).toBe('code-wrong');
  expect(r.code).toBe('482910');
  expect(interpretMessage('I typed 482910, the SMS says 482911: the code is wrong.').code).toBeUndefined();
});
