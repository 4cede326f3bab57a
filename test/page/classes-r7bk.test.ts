import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Author BK's half (tune-bk, scored once on integ), its misses taken by class (round page-r7-bk) with pages written
 * apart from it: each kit fails on integ and is caught here; each honest twin stays unwarned. `warned` is the
 * browser's answer: flagged, or warned at the first key into a secret box.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('the brand’s name with a syllable blanked out by a mark', () => {
  it('warns an installer page that names the delivery service as "쿠●이츠"', () => {
    expect(
      warned(
        page(
          '배달비 환급',
          '<h2>쿠●이츠 배달비 전액 환급</h2><p>환급은 전용 앱에서만 받을 수 있어요. 오늘 안에 설치하세요.</p>' +
            '<a href="/dl/refund_eats.apk" download>환급 앱 받기</a>',
        ),
        'https://refund-dlv.example/e',
      ),
    ).toBe(true);
  });

  it('warns a "summons" about the masked firm’s leak that asks the certificate’s password', () => {
    expect(
      warned(
        page(
          '사이버수사대 사건 안내',
          '<h3>사건 통지</h3><p>온라인 쇼핑몰(쿠○○) 고객정보 유출 사건과 관련하여 귀하 명의 계좌가 확인되었습니다.</p>' +
            '<p>피해자 확인을 위해 아래 정보를 제출하세요.</p>' +
            '이름 <input><br>주민등록번호 <input><br>인증서 암호 <input type="password"><button>제출</button>',
        ),
        'https://cyber-case.example/n',
      ),
    ).toBe(true);
  });

  it('leaves a news article on the masked firm’s leak unwarned (no ask)', () => {
    expect(
      warned(
        page(
          '유출 사태 3주째 — 오늘경제',
          '<article><h1>쿠○ 유출 사태 3주째, 집단소송 잇따라</h1><p>오늘경제 김기자 · 2026-12-01</p>' +
            '<p>전자상거래업체 쿠○의 고객정보 유출 사태가 3주째 이어지고 있다. 피해자들은 소송을 준비 중이다.</p></article>' +
            '<input placeholder="검색"><button>검색</button>',
        ),
        'https://news.oneul.example/a/1',
      ),
    ).toBe(false);
  });

  it('leaves a quiz page with a masked answer unwarned ("쿠*" as a blank to fill, no ask)', () => {
    expect(
      warned(
        page(
          '초성 퀴즈',
          '<h2>오늘의 퀴즈</h2><p>빈칸을 채우세요: 쿠* 만들기 (힌트: 오븐)</p><input placeholder="정답"><button>확인</button>',
        ),
        'https://quiz.example/q/1',
      ),
    ).toBe(false);
  });
});

describe('the Latin name cut to its initial or to its family’s word', () => {
  it('warns a prize page named "C-PLAY" that asks the card', () => {
    expect(
      warned(
        page(
          '연간 이용권 당첨',
          '<h2>C-PLAY 연간 이용권 당첨</h2><p>이용권 등록을 위해 본인 카드 인증이 필요합니다 (0원 결제).</p>' +
            '<input placeholder="카드번호"><input placeholder="유효기간"><button>등록</button>',
        ),
        'https://cp-pass.example/w',
      ),
    ).toBe(true);
  });

  it('warns a code relay signed with the family’s word and errand words only ("Rocket Order Center")', () => {
    expect(
      warned(
        page(
          '주문 확인',
          '<h2>주문 취소 확인</h2><p>문자로 받은 인증번호 6자리를 입력해야 취소가 완료됩니다.</p>' +
            '<input placeholder="인증번호 6자리" inputmode="numeric"><button>확인</button><p>Rocket Order Center</p>',
        ),
        'https://ord-check.example/c',
      ),
    ).toBe(true);
  });

  it('leaves an English page’s "C-Pay" checkout unwarned (an English page’s initials are any company’s)', () => {
    expect(
      warned(
        '<!doctype html><html lang="en"><head><title>Checkout</title></head><body><h2>Pay with C-Pay</h2>' +
          '<p>Enter your card to finish the order.</p><input placeholder="Card number"><button>Pay</button></body></html>',
        'https://shop.cstore.example/checkout',
      ),
    ).toBe(false);
  });

  it('leaves a Korean startup page called "Rocket" with its own words unwarned', () => {
    expect(
      warned(
        page(
          'Rocket Lab 코딩 캠프',
          '<h2>Rocket Lab 코딩 캠프 신청</h2><p>겨울방학 4주 과정 · 수강료 30만원</p>' +
            '<input placeholder="이름"><input placeholder="이메일"><button>신청</button>',
        ),
        'https://rocketlab.example/camp',
      ),
    ).toBe(false);
  });
});

describe('a chat the page hands the reader to, asked photos of the ID card and the bankbook', () => {
  it('warns the brand’s "consultation" on a LINE ID that wants both photos', () => {
    expect(
      warned(
        page(
          '상담 연결',
          '<h3>로켓와우 회원 피해보상 상담</h3><p>상담은 LINE 으로만 진행됩니다.</p><p>LINE ID</p><p>@rw-help-7</p>' +
            '<p>친구 추가 후 주민등록증 앞면 사진과 통장 사본을 보내주시면 보상금이 입금됩니다.</p>',
        ),
        'https://rw-care.example/l',
      ),
    ).toBe(true);
  });

  it('leaves a warning notice that tells readers never to send them unwarned', () => {
    expect(
      warned(
        page(
          '사기 주의 안내',
          '<h3>쿠팡 사칭 주의</h3><p>LINE ID @cp-fake-12 로 연락해 신분증 사진을 요구하는 사례가 있습니다.</p>' +
            '<p>신분증 사진이나 통장 사본은 절대 보내지 마세요.</p>',
        ),
        'https://www.police-notice.example/n/3',
      ),
    ).toBe(false);
  });
});

describe('a shop picker naming the brand among others, above an id and its current password', () => {
  const checker = (lead: string) =>
    page(
      '계정 점검',
      `<h3>쇼핑몰 계정 점검</h3><p>${lead}</p>` +
        '<select><option>쿠팡</option><option>11번가</option><option>옥션</option></select>' +
        '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>점검</button>',
    );

  it('warns the "leak check" that asks the chosen shop’s password', () => {
    expect(
      warned(
        checker('최근 쇼핑몰 해킹으로 계정이 노출되었는지 대조해 드립니다.'),
        'https://leak-scan.example/c',
      ),
    ).toBe(true);
  });

  it('leaves a seller tool linking marketplaces unwarned (it talks of no leak)', () => {
    expect(
      warned(
        checker('판매 채널을 연결하면 주문을 한 화면에서 관리할 수 있습니다.'),
        'https://sellhub.example/link',
      ),
    ).toBe(false);
  });
});

describe('a keypad its script makes from one string of keys, digits and other keys mixed', () => {
  const pad = (line: string, keys: string) =>
    page(
      '쿠팡 배송 안내',
      `<h2>쿠팡 배송 안내</h2><p>${line}</p><div id="d"></div><div id="k"></div>` +
        `<script>var v='';'${keys}'.split(' ').forEach(function(t){var b=document.createElement('div');` +
        `b.textContent=t;b.onclick=function(){v+=t;document.getElementById('d').textContent=v};` +
        `document.getElementById('k').appendChild(b)})</script>`,
    );

  it('warns a keypad that takes the building’s entrance code', () => {
    expect(
      warned(
        pad(
          '공동현관 출입번호를 아래 키패드로 눌러 주시면 기사님께 전달됩니다.',
          '1 2 3 4 5 6 7 8 9 ⌫ 0 확인',
        ),
        'https://dlv-door.example/k',
      ),
    ).toBe(true);
  });

  it('leaves a page whose script splits a hex alphabet for ids unwarned', () => {
    expect(
      warned(
        page(
          '쿠팡 배송 조회 후기',
          '<h2>쿠팡 배송 조회 후기</h2><p>공동현관 비밀번호는 절대 알려주지 마세요.</p>' +
            "<script>var a='0123456789abcdef'.split('');var id='';for(var i=0;i<8;i++)id+=a[i];</script>",
        ),
        'https://blog.example/p/9',
      ),
    ).toBe(false);
  });
});

describe('the brand spelt with a Greek lunate capital sigma for its C', () => {
  it('warns a re-sign-in headed "Ϲοսрαոɡ" (every letter another script’s; Ϲ is C to the eye, NFKC makes it Σ)', () => {
    expect(
      warned(
        page(
          'Ϲοսрαոɡ 계정 보호',
          '<h2>Ϲοսрαոɡ 계정 보호</h2><p>새 기기에서 로그인이 감지되었습니다. 본인이 아니라면 다시 로그인하세요.</p>' +
            '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button>',
        ),
        'https://acct-guard.example/r',
      ),
    ).toBe(true);
  });

  it('warns a prize form that names the brand with the Armenian ղ and ք for its n and p ("couքaղg")', () => {
    expect(
      warned(
        page(
          '감사 이벤트',
          '<h2>감사 이벤트 당첨</h2><p>couքaղg 회원 전용 · 배송비만 결제하면 발송됩니다.</p>' +
            '<input placeholder="이름"><input placeholder="카드번호"><input placeholder="CVC"><button>결제</button>',
        ),
        'https://thanks-gift.example/w',
      ),
    ).toBe(true);
  });

  it('leaves an Armenian shop’s sign-in with those letters in its own words unwarned', () => {
    expect(
      warned(
        '<!doctype html><html lang="hy"><head><title>Մուտք</title></head><body><h2>Բարի գալուստ, Նաղաշ խանութ</h2>' +
          '<p>Մուտք գործեք ձեր հաշիվ, քաղաքի առաքում</p><input placeholder="Էլ. փոստ"><input type="password"><button>Մուտք</button></body></html>',
        'https://naghash.example/login',
      ),
    ).toBe(false);
  });

  it('leaves a travel club’s sign-in whose name is written in that letter unwarned', () => {
    expect(
      warned(
        page(
          'ϹΟΣΜΟΣ 여행클럽 로그인',
          '<h2>ϹΟΣΜΟΣ 여행클럽</h2><p>회원 로그인 후 예약 내역을 확인하세요.</p>' +
            '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button>',
        ),
        'https://kosmos-travel.example/login',
      ),
    ).toBe(false);
  });
});

describe('letters a stylesheet puts in order by their place in a box (`.x b:nth-child(2){order:1}`)', () => {
  const sheet = '<style>.m{display:flex}.m i:nth-child(1){order:2}.m i:nth-child(2){order:1}</style>';

  it('warns a refund form under the brand’s name so ordered', () => {
    expect(
      warned(
        page(
          '환불 안내',
          '<div class="m"><i>팡</i><i>쿠</i></div><h3>주문 취소 환불 접수</h3><p>환불 받을 계좌를 입력하세요.</p>' +
            '<input placeholder="은행명"><input placeholder="계좌번호"><input type="password" placeholder="계좌 비밀번호">' +
            '<button>접수</button>',
          sheet,
        ),
        'https://refund-desk.example/r',
      ),
    ).toBe(true);
  });

  it('leaves a shop’s menu so ordered unwarned (its words name no brand)', () => {
    expect(
      warned(
        page(
          '한빛문구 주문',
          '<div class="m"><i>문구</i><i>한빛</i></div><h3>주문서</h3><p>받는 분 정보를 입력하세요.</p>' +
            '<input placeholder="이름"><input placeholder="주소"><button>주문</button>',
          sheet,
        ),
        'https://hanbit-mungu.example/order',
      ),
    ).toBe(false);
  });
});
