import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page40 (tune-ak's misses), taken by class with pages written apart from the corpus: a suit's page that asks
 * a shop's password, a signing certificate's password asked in a table form's row header, a one-time code the brand
 * sent asked back off the brand, and the membership's mark alone atop a login. Next to each, the honest pages of the
 * same shape that stay clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string) => scan(html, 'https://claims.example/apply').verdict;

describe("a page about a leak's damages that asks a shop's password", () => {
  const suit = (rows: string, note = '') =>
    page(
      '개인정보 유출 집단소송 참여 | 법률사무소 바른길',
      '<div id="top"><b>법률사무소 바른길</b></div><h3>온라인 쇼핑몰 개인정보 유출 집단소송 참가자 모집</h3>' +
        '<p>회원 여부 확인 후 위자료 청구 소송을 대리합니다. 쿠팡 회원이었던 분은 누구나 참여할 수 있습니다.</p>' +
        `<table>${rows}</table><button>참가 신청</button>${note}`,
    );
  const row = (th: string, input = '<input>') => `<tr><th>${th}</th><td>${input}</td></tr>`;

  it("flags it when a box asks the shop's login beside a resident number, with or without a disclaimer", () => {
    const rows =
      row('쇼핑몰 아이디') +
      row('쇼핑몰 비밀번호', '<input type="password">') +
      row('주민등록번호') +
      row('위자료 입금 계좌');
    expect(verdict(suit(rows))).toBe('suspicious-page');
    expect(verdict(suit(rows, '<p><small>※ 본 사이트는 쿠팡과 무관합니다.</small></p>'))).toBe(
      'suspicious-page',
    );
    // (the label in the box itself)
    const boxes =
      '<tr><td><input placeholder="쇼핑몰 계정 비밀번호" type="password"></td></tr>' +
      row('주민등록번호') +
      row('계좌번호');
    expect(verdict(suit(boxes))).toBe('suspicious-page');
  });

  it('leaves the firm clean when it asks who the applicant is and a purchase record', () => {
    const rows = row('성명') + row('생년월일') + row('휴대폰 번호') + row('주문번호 (회원 확인용)');
    expect(verdict(suit(rows))).toBe('clean');
  });

  it("leaves a seller tool's marketplace link clean: no leak, no suit", () => {
    const html = page(
      '셀러허브 - 쇼핑몰 연동',
      '<div id="top"><b>셀러허브</b></div><h3>판매 채널 연동</h3><p>쿠팡, 11번가, G마켓 주문을 한 화면에서 관리하세요.</p>' +
        '<table><tr><th>쇼핑몰 아이디</th><td><input></td></tr><tr><th>쇼핑몰 비밀번호</th><td><input type="password"></td></tr></table>' +
        '<button>연동하기</button>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it('leaves a news story that quotes the trick clean', () => {
    const html = page(
      '"쇼핑몰 비밀번호 입력하라"…가짜 집단소송 사이트 주의',
      '<div>한빛일보</div><h1>"쇼핑몰 비밀번호 입력하라"…가짜 집단소송 사이트 주의</h1>' +
        '<p>쿠팡 개인정보 유출 이후 위자료 소송을 내세워 쇼핑몰 비밀번호와 주민등록번호를 요구하는 사이트가 등장했다.</p>' +
        '<p>경찰은 소송 참여에 쇼핑몰 비밀번호는 필요하지 않다고 밝혔다.</p>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("a signing certificate's password in a table form's row header", () => {
  const form = (head: string, th: string) =>
    page(
      '서류 제출',
      `<div><b>${head}</b></div><p>정산금 지급을 위해 사업자 확인이 필요합니다.</p>` +
        `<table><tr><th>사업자등록번호</th><td><input></td></tr><tr><th>${th}</th><td><input type="password"></td></tr></table>` +
        '<button>제출</button>',
    );

  it('flags it under the brand, as the same label in the box is', () => {
    expect(verdict(form('쿠팡 판매자 정산 심사', '공동인증서 비밀번호'))).toBe('suspicious-page');
    expect(verdict(form('쿠팡 판매자 정산 심사', '홈택스 비밀번호'))).toBe('suspicious-page');
  });

  it('leaves a plain password row and a row that forbids it as before', () => {
    expect(verdict(form('쿠팡 판매자 정산 심사', '비밀번호'))).toBe('clean');
    expect(verdict(form('쿠팡 판매자 정산 심사', '공동인증서 비밀번호는 입력하지 마세요'))).toBe('clean');
  });

  it('leaves a tax firm that names itself clean', () => {
    const html = page(
      '세무법인 온담 - 전자신고 대행',
      '<header><b>세무법인 온담</b></header><h2>전자신고 위임 등록</h2><p>쿠팡, 스마트스토어 판매자의 부가세 신고를 대행합니다.</p>' +
        '<table><tr><th>사업자등록번호</th><td><input></td></tr><tr><th>홈택스 비밀번호</th><td><input type="password"></td></tr></table>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe('a one-time code the brand sent, asked back off the brand', () => {
  const relay = (line: string) =>
    page(
      '메일 인증',
      `<div class="card"><h3>코드 입력</h3><p>${line}</p>` +
        '<input placeholder="이메일"><input placeholder="인증 코드 (6자리)"><button>제출</button></div>',
    );

  it('flags the box for the code the brand sent by text or mail', () => {
    for (const line of [
      '쿠팡에서 보낸 인증번호 6자리를 입력하면 처리가 완료됩니다.',
      'help@coupang.com 에서 발송된 확인 코드를 입력해 주세요.',
      '방금 쿠팡이 문자로 보낸 6자리 번호를 상담원에게 알려주세요.',
    ])
      expect(verdict(relay(line)), line).toBe('suspicious-page');
  });

  it("leaves a page's own code and a warning about the brand's codes clean", () => {
    const own = page(
      '배송알리미 - 번호 인증',
      '<header><b>배송알리미</b></header><h3>휴대폰 번호 인증</h3>' +
        '<p>쿠팡, 11번가 주문의 배송 상태를 알려드립니다. 입력하신 번호로 발송된 인증번호를 입력하세요.</p>' +
        '<input placeholder="휴대폰 번호"><input placeholder="인증번호 6자리"><button>확인</button>',
    );
    expect(verdict(own)).toBe('clean');
    const warning = page(
      '스미싱 주의 안내 | 경찰청',
      '<div>경찰청 사이버수사국</div><h2>택배·쇼핑몰 사칭 주의</h2>' +
        '<p>쿠팡에서 보낸 인증번호는 누구에게도 알려주지 마세요. 상담원은 인증번호를 묻지 않습니다.</p>' +
        '<p>피해 신고</p><input placeholder="연락처"><input placeholder="받은 문자 내용">',
    );
    expect(verdict(warning)).toBe('clean');
  });
});

describe("the membership's mark alone atop a login", () => {
  const mark = (top: string, line: string, box = '<input type="password" placeholder="비밀번호">') =>
    page(
      '회원 혜택',
      `<div class="logo" style="font-weight:800">${top}</div><p>${line}</p><input placeholder="이메일">${box}<button>확인</button>`,
    );

  it("flags it when the page's sentences name the membership", () => {
    expect(verdict(mark('WOW', '로켓와우 회원님께 회비 환급이 결정되었습니다. 로그인 후 받으세요.'))).toBe(
      'suspicious-page',
    );
    expect(verdict(mark('🚀 와우', '와우회원 전용 혜택 페이지입니다.'))).toBe('suspicious-page');
  });

  it('leaves a site called WOW that names no membership, and a page asking nothing, clean', () => {
    expect(verdict(mark('WOW', '게임 계정으로 로그인하고 이벤트 보상을 받으세요.'))).toBe('clean');
    expect(verdict(mark('WOW', '로켓와우 회비가 다음 달부터 바뀝니다.', ''))).toBe('clean');
  });

  it('leaves a shop that shows its own name clean', () => {
    const html = page(
      '와우마트 로그인',
      '<header><b>와우마트</b></header><p>로켓와우처럼 빠른 배송, 와우마트 회원 전용 혜택.</p>' +
        '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe('a chat that has the reader leave their data for the agent', () => {
  const chat = (top: string, line: string) =>
    page(
      '상담',
      `<div><b>${top}</b></div><div class="msg">안녕하세요 고객님, 상담을 시작합니다.</div>` +
        `<div class="msg">${line}</div><textarea placeholder="메시지 입력"></textarea><button>전송</button>`,
    );

  it('flags it when the agent asks a resident number or a card to be left in the chat', () => {
    expect(
      verdict(chat('쿠팡 고객센터 상담원', '주민번호와 카드번호를 남겨주시면 확인해드리겠습니다.')),
    ).toBe('suspicious-page');
  });

  it("leaves a shop's own chat asking a phone number, and a warning about the trick, clean", () => {
    expect(
      verdict(chat('누리꽃집 상담', '연락처를 남겨주시면 쿠팡 주문 건도 확인해 연락드리겠습니다.')),
    ).toBe('clean');
    const warning = page(
      '사칭 상담 주의 | 한국소비자원',
      '<div><b>한국소비자원</b></div><h2>고객센터 사칭 채팅 주의</h2>' +
        '<p>쿠팡 고객센터를 사칭해 카드번호를 남겨달라는 채팅이 늘고 있습니다. 주민번호는 남기지 마세요.</p>' +
        '<textarea placeholder="의견을 남겨주세요"></textarea>',
    );
    expect(verdict(warning)).toBe('clean');
  });
});

describe('an SVG favicon that writes the brand', () => {
  const icon = (words: string) =>
    `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg"><text y="14">${words}</text></svg>`)}`;
  const withIcon = (words: string, body: string) =>
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>멤버십 안내</title>` +
    `<link rel="icon" href="${icon(words)}"></head><body>${body}</body></html>`;
  const ask =
    '<h3>멤버십 해지 예정</h3><p>해지를 원치 않으시면 결제 정보를 확인하세요.</p>' +
    '<input placeholder="가입 이메일"><input placeholder="결제 카드 번호"><button>확인</button>';

  it('flags a card asked under it, as a favicon file named for the brand is', () => {
    expect(verdict(withIcon('coupang play', ask))).toBe('suspicious-page');
  });

  it("leaves a site's own icon clean, and the brand's icon over a page that asks nothing", () => {
    expect(verdict(withIcon('OTT365', ask))).toBe('clean');
    expect(
      verdict(withIcon('coupang', '<h3>쿠팡 플레이 신작 소식</h3><p>이번 주 공개작을 정리했습니다.</p>')),
    ).toBe('clean');
  });
});

describe("a translating wrapper's title", () => {
  it("no longer reads the wrapper's word as another site's name over the brand's login", () => {
    const html = page(
      'Coupang — Translated',
      '<div>원문: English → 한국어 · 번역됨</div><h2>Coupang</h2><p>계정 확인이 필요합니다. 로그인하세요.</p>' +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>계속</button>',
    );
    expect(verdict(html)).toBe('suspicious-page');
  });

  it('leaves a translated article about the brand clean', () => {
    const html = page(
      'Coupang 4분기 실적 — 번역',
      '<div>글로벌뉴스 번역</div><h2>Coupang 4분기 실적 발표</h2><p>쿠팡은 매출이 늘었다고 밝혔다.</p>' +
        '<form><textarea placeholder="댓글"></textarea><input type="password" placeholder="비밀번호"><button>등록</button></form>',
    );
    expect(verdict(html)).toBe('clean');
  });
});

describe("a drawn keypad under a stranger's sign-in caught on the brand's account", () => {
  const pad = (top: string, line: string) =>
    page(
      '계정 보안',
      `${top}<h3>계정 보안 확인</h3><p>${line}</p><input placeholder="아이디"><p>간편 비밀번호 6자리</p>` +
        '<div id="pad"></div><button>확인</button>' +
        "<script>[4,8,1,0,6,3,9,2,7,5].forEach(function(n){var b=document.createElement('button');b.textContent=n;pad.appendChild(b)})</script>",
    );

  it("flags the keys as the brand's password", () => {
    for (const line of [
      '고객님의 쿠팡 계정에서 해외 로그인 시도가 감지되었습니다. 본인이 아니면 확인해 주세요.',
      '쿠팡 계정에 비정상 접속이 2회 감지되어 보호 조치가 필요합니다.',
    ])
      expect(verdict(pad('', line)), line).toBe('suspicious-page');
  });

  it('leaves a bank that shows its own name, and a page that names no account of the brand, clean', () => {
    expect(
      verdict(
        pad(
          '<header><b>한빛저축은행</b></header>',
          '한빛저축은행 계정에서 해외 로그인 시도가 감지되었습니다. 쿠팡 결제 내역도 함께 확인하세요.',
        ),
      ),
    ).toBe('clean');
    expect(verdict(pad('', '해외 로그인 시도가 감지되었습니다. 쿠팡 주문 알림도 받아보세요.'))).toBe('clean');
  });
});

describe('a document viewer drawn in the page, opened only after a sign-in', () => {
  const viewer = (title: string, doc: string, top = '') =>
    page(
      title,
      `${top}<div style="filter:blur(4px)">${doc}</div><div class="modal"><b>문서를 열람하려면 로그인하세요</b>` +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>열기</button></div>',
    );

  it("flags a sign-in over a document in the brand's name", () => {
    expect(verdict(viewer('환불확인서.pdf', '쿠팡 주문 환불 확인서 … 환불 금액 …'))).toBe('suspicious-page');
    expect(verdict(viewer('정산내역.xlsx', 'Coupang 판매 정산 내역 … 지급 예정액 …'))).toBe(
      'suspicious-page',
    );
  });

  it("leaves a drive that shows its own name, and a document that is no one's, clean", () => {
    expect(
      verdict(viewer('견적서.pdf', '쿠팡 납품 견적서 … 단가 …', '<header><b>누리드라이브</b></header>')),
    ).toBe('clean');
    expect(verdict(viewer('회의록.docx', '3분기 회의록 … 참석자 …'))).toBe('clean');
  });
});

describe('an SEO page: the brand only in the description a search shows', () => {
  const seo = (description: string, body: string) =>
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>피해 조회</title>` +
    `<meta name="description" content="${description}"></head><body>${body}</body></html>`;
  const card =
    '<h3>내 정보 유출 확인</h3><input placeholder="이름"><p>부정사용 차단을 위해 카드를 등록하세요</p>' +
    '<input placeholder="카드번호"><input placeholder="CVC"><button>차단 신청</button>';

  it("flags a card asked under a description that promises the brand's look-up", () => {
    expect(verdict(seo('쿠팡 정보유출 조회, 쿠팡 피해 보상 확인', card))).toBe('suspicious-page');
  });

  it('leaves a news page, a shop that names itself, and a description without the lure clean', () => {
    expect(
      verdict(
        seo(
          '쿠팡 정보유출 피해 조회 방법 정리',
          '<h1>유출 조회 방법</h1><p>공식 안내 페이지에서만 조회하세요.</p>',
        ),
      ),
    ).toBe('clean');
    expect(verdict(seo('쿠팡 피해 보상 이벤트', `<header><b>한빛카드</b></header>${card}`))).toBe('clean');
    expect(verdict(seo('쿠팡 최저가 모음, 로켓배송 상품 비교', card))).toBe('clean');
  });
});
