import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author BC's half (tune-bc, scored once on main), taken by class (round page-r4-bc) with pages written apart from
 * it: first the honest pages it flagged, each next to a kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('a lesson that shows a sample text and asks what gives it away', () => {
  const sample =
    '<div class="sample">[국외발신] 쿠팡 결제 412,000원 승인 완료. 본인 결제가 아니면 즉시 070-4812-3390 으로 전화</div>';
  const answers =
    '<p>이 메시지에서 의심스러운 곳을 고르세요.</p><label><input type="radio" name="a"> 국외발신</label>' +
    '<label><input type="radio" name="a"> 낯선 번호</label><label><input type="radio" name="a"> 둘 다</label>' +
    '<button>정답 확인</button>';

  it('leaves the quiz clean: the brand and the number are the sample’s', () => {
    const html = page('임직원 정보보호교육 — 모의훈련 2회차', `<h1>모의훈련 2회차</h1>${sample}${answers}`);
    expect(verdict(html, 'https://learn.hanbit-corp.example/sec/drill2')).toBe('clean');
    const en = page('Security quiz: is this text real?', `<h1>Quiz 4</h1>${sample}${answers}`);
    expect(verdict(en, 'https://learn.hanbit-corp.example/sec/q4')).toBe('clean');
  });

  it('flags the same text sent as the page itself, and a prize quiz that hands out the number', () => {
    const kit = page('결제 확인', `<h1>결제 승인 안내</h1>${sample}<button>상담 연결</button>`);
    expect(verdict(kit, 'https://pay-check.example/a')).toBe('suspicious-page');
    const prize = page('쿠팡 퀴즈 이벤트', `<h1>퀴즈 이벤트 당첨</h1>${sample}${answers}`);
    expect(verdict(prize, 'https://pay-check.example/q')).toBe('suspicious-page');
  });
});

describe('a public body’s own form on the government’s host that names the brand as the business complained of', () => {
  const form = (extra: string) =>
    page(
      '공정거래위원회 소비자 분쟁 접수',
      '<h2>분쟁 접수</h2><p>대상 업체: 쿠팡(주) · 환불 거부</p><form method="post"><label>신청인 성명</label><input>' +
        `<label>주문번호</label><input><label>환불 받을 계좌번호 (조정 성립 시)</label><input>${extra}<textarea></textarea>` +
        '<button>접수</button></form>',
    );

  it('leaves the form clean on the body’s own host', () => {
    expect(verdict(form(''), 'https://adr.ftc-like.example.go.kr/apply')).toBe('clean');
  });

  it('flags the same form on a bought host, and on the body’s host when it takes a card', () => {
    expect(verdict(form(''), 'https://ftc-adr-apply.example/apply')).toBe('suspicious-page');
    const card = '<label>카드번호</label><input><label>CVC</label><input>';
    expect(verdict(form(card), 'https://adr.ftc-like.example.go.kr/apply')).toBe('suspicious-page');
  });
});

describe('a headline that reports a rush on the brand’s desk, "쿠팡 환불 문의 폭주"', () => {
  const post = (heading: string) =>
    page(
      heading,
      `<h2>${heading}</h2><p>유출 뒤로 사칭 문자가 돌면서 진짜 문의까지 몰려 상담원들 퇴근을 못 합니다</p>` +
        '<div>이어서 읽으려면 직장 메일로 로그인<form method="post"><label>직장 메일</label><input type="email">' +
        '<label>비밀번호</label><input type="password"><button>로그인</button></form></div>',
    );

  it('leaves the community post clean', () => {
    expect(verdict(post('쿠팡 상담센터 환불 문의 폭주'), 'https://www.jikjang-talk.example/p/8812')).toBe(
      'clean',
    );
    expect(verdict(post('쿠팡 CS 환불 항의 빗발'), 'https://www.jikjang-talk.example/p/8813')).toBe('clean');
  });

  it('flags the brand’s refund offered as the heading over the same login', () => {
    expect(verdict(post('쿠팡 환불 신청'), 'https://www.jikjang-talk.example/p/8814')).toBe(
      'suspicious-page',
    );
  });
});

describe('a second step named by its steps, "COUPANG · 2-step verification"', () => {
  const check = (heading: string) =>
    page(
      'Verify',
      `<h2>${heading}</h2><p>We blocked a sign-in from a new device.</p>` +
        '<form method="post"><label>Verification code</label><input name="code"><button>Confirm</button></form>',
    );

  it('flags the brand’s name with the check’s words as the heading over a code box', () => {
    expect(verdict(check('COUPANG · 2-step verification'), 'https://verify-gate.example/')).toBe(
      'suspicious-page',
    );
    expect(verdict(check('Coupang Pay 2-factor authentication'), 'https://verify-gate.example/')).toBe(
      'suspicious-page',
    );
  });

  it('leaves clean a how-to whose heading tells the reader to turn it on', () => {
    expect(
      verdict(
        check('How to turn on 2-step verification for your Coupang and bank apps'),
        'https://tips.example/',
      ),
    ).toBe('clean');
  });
});

describe('a service’s word drawn a letter per colour in the mark’s opening colours', () => {
  const svg = (word: string, colors: string[], shapes: string[] = []) =>
    `data:image/svg+xml;base64,${Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 30">${shapes
        .map((c, i) => `<rect x="${i * 4}" width="4" height="4" fill="${c}"/>`)
        .join('')}<text x="2" y="22">${[...word]
        .map((c, i) => `<tspan fill="${colors[i]}">${c}</tspan>`)
        .join('')}</text></svg>`,
    ).toString('base64')}`;
  const login = (src: string) =>
    page(
      '로그인',
      `<img src="${src}" alt="" height="22"><p>계속하려면 계정으로 로그인해 주세요.</p>` +
        '<form method="post"><label>이메일</label><input><label>비밀번호</label><input type="password">' +
        '<button>로그인</button></form>',
    );
  const mark = ['#7a2e14', '#e3262b', '#f1a516', '#80b52e'];

  it('flags "eats" in brown, red, orange and a green picked by eye atop a login', () => {
    expect(verdict(login(svg('eats', mark)), 'https://e-login.example/')).toBe('suspicious-page');
  });

  it('leaves clean the word in a café’s own colours, and a picture of more colours than its word’s letters', () => {
    const own = ['#1f4e79', '#2e86c1', '#117a65', '#7d3c98'];
    expect(verdict(login(svg('eats', own)), 'https://e-login.example/')).toBe('clean');
    const picture = svg('eats', mark, ['#123456', '#0a0a0a']);
    expect(verdict(login(picture), 'https://e-login.example/')).toBe('clean');
  });
});

describe('a refund form that asks in English for a bank, then an account', () => {
  const form = (before: string) =>
    page(
      'Membership refund',
      '<h2>Coupang WOW membership refund</h2><p>Members affected by the incident get three months back.</p>' +
        `<form method="post"><label>Name</label><input name="n"><label>${before}</label><input name="b">` +
        '<label>Account</label><input name="a"><button>Claim refund</button></form>',
    );

  it('flags the pair under the brand’s heading: the account is the bank’s', () => {
    expect(verdict(form('Bank'), 'https://wow-back.example/en')).toBe('suspicious-page');
  });

  it('leaves clean the same page whose "Account" follows a username', () => {
    expect(verdict(form('Username'), 'https://wow-back.example/en')).toBe('clean');
  });
});
