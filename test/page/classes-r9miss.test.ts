import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { codesOf, koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Authors BM's and BN's halves (tune-bm, tune-bn), their misses taken by class (round page-r9-miss) with pages written
 * apart from them: each kit fails on integ 0b360f4e and is caught here; each honest twin stays unwarned on both.
 * `warned` is the browser's answer: flagged, or warned at the first key into a secret box.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('the brand in its Latin short spelling or its Hangul slang (page names in the brand lexicon)', () => {
  it('warns a refund notice headed "C-PANG" that asks the account’s password', () => {
    expect(
      warned(
        page(
          '보상 안내',
          '<h1>C-PANG 회원 보상 접수</h1><p>로켓배송 이용 고객 대상 보상입니다. 기존 계정으로 로그인해 주세요.</p>' +
            '<input name="id" placeholder="아이디"><input type="password" name="p" placeholder="비밀번호">' +
            '<button>보상 받기</button>',
        ),
        'https://bosang-desk.example/',
      ),
    ).toBe(true);
  });

  it('warns a redelivery desk headed "ㅋ팡" that takes a card’s digits', () => {
    expect(
      warned(
        page(
          '반송 예정 안내',
          '<h2>ㅋ팡 반송 접수 창구</h2><p>주소 확인이 되지 않아 상품이 반송될 예정입니다.</p>' +
            '<input placeholder="받는 분 휴대폰"><input placeholder="결제 카드번호 16자리"><button>접수</button>',
        ),
        'https://bansong-desk.example/',
      ),
    ).toBe(true);
  });

  it('leaves another brand’s C-name and a chat’s laughter before 팡팡 unwarned', () => {
    expect(
      warned(
        page(
          'C-Mall 로그인 - 씨몰',
          '<h1>C-Mall 로그인</h1><p>씨몰 회원님 환영합니다 ㅋㅋ팡팡 이벤트 진행 중!</p>' +
            '<input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
        ),
        'https://cmall-login.example/',
      ),
    ).toBe(false);
  });

  it('reads no brand in laughter run into 팡팡 ("ㅋㅋ팡팡"), where "ㅋ팡" alone is the brand', () => {
    const said = (line: string) =>
      codesOf(page('이벤트', `<p>${line}</p>`)).filter((c) => c.startsWith('brand-'));
    expect(said('오늘 이벤트 ㅋㅋ팡팡 터진다')).toEqual([]);
    expect(said('ㅋ팡 반송 접수 창구 안내입니다')).not.toEqual([]);
  });
});

describe('a parcel’s small fee, by any name, sent to an account on a held parcel’s page', () => {
  it('warns a tracking page that wants an "address check fee" paid by transfer before it ships', () => {
    expect(
      warned(
        page(
          '배송 현황',
          '<h1>배송 현황</h1><p>판매처: 쿠팡 · 로켓배송</p><p>주소 확인 실패로 배송이 보류되었습니다. ' +
            '주소 확인 수수료 2,300원을 아래 계좌로 입금하신 뒤 입금자명을 적어 주세요.</p>' +
            '<p>입금 계좌: 국민 441-22-0091-338 (예금주: 한빛물류)</p>' +
            '<input placeholder="입금자명"><input placeholder="연락처"><button>입금 완료</button>',
        ),
        'https://parcel-status.example/t/1',
      ),
    ).toBe(true);
  });

  it('leaves a courier’s own page that names itself and its fee unwarned', () => {
    expect(
      warned(
        page(
          '배송 현황 - 한빛택배',
          '<header>한빛택배</header><h1>배송 현황</h1><p>주소 확인 실패로 배송이 보류되었습니다. ' +
            '고객센터로 연락 주시면 재배송해 드립니다. 재배송 요금은 없습니다.</p>' +
            '<input placeholder="송장번호"><button>조회</button>',
        ),
        'https://hanbit-courier.example/track',
      ),
    ).toBe(false);
  });
});

describe('a text message pasted whole, the box named for the message, the paste asked by the page', () => {
  it('warns a refund step that asks the bank’s verification text copied in full', () => {
    expect(
      warned(
        page(
          '환불 확인',
          '<p>환불 2단계</p><h1>받으신 문자를 그대로 붙여넣어 주세요</h1>' +
            '<p>쿠팡 환불금 지급을 위해 카드사에서 온 인증 문자 전체를 복사해 아래에 붙여넣어 주세요.</p>' +
            '<textarea placeholder="메시지 전문"></textarea><button>확인</button>',
        ),
        'https://refund-step.example/2',
      ),
    ).toBe(true);
  });

  it('leaves a smishing report box for a suspect text unwarned', () => {
    expect(
      warned(
        page(
          '스미싱 문자 신고',
          '<h1>의심 문자 신고</h1><p>쿠팡을 사칭한 문자를 받으셨다면 문자 전체를 복사해 아래에 붙여넣어 주세요. ' +
            '인증번호가 포함된 문자는 보내지 마세요.</p><textarea placeholder="문자 내용 전체"></textarea><button>신고</button>',
        ),
        'https://report-sms.example/',
      ),
    ).toBe(false);
  });
});

describe('a wizard asking one question a screen from a list in its script', () => {
  const wizard = (qs: string[]) =>
    page(
      '설문',
      '<div><h2 id="q"></h2><input id="a"><button id="n">다음</button></div>' +
        `<script>var L=${JSON.stringify(qs)},k=0;function show(){document.getElementById('q').textContent=L[k];` +
        `document.getElementById('a').value=''}show();document.getElementById('n').onclick=function(){k++;show()}</script>`,
    );

  it('warns a claim wizard whose later questions take the resident number and the account’s PIN', () => {
    expect(
      warned(
        wizard([
          '쿠팡 회원이신가요?',
          '이름을 입력해 주세요',
          '주민등록번호 13자리를 입력하세요',
          '환급받을 은행과 계좌번호',
          '계좌 비밀번호 4자리',
        ]),
        'https://claim-quiz.example/',
      ),
    ).toBe(true);
  });

  it('leaves a shop’s satisfaction survey asked the same way unwarned', () => {
    expect(
      warned(
        wizard(['배송은 만족스러우셨나요?', '다시 구매하실 의향이 있나요?', '하고 싶은 말씀을 적어 주세요']),
        'https://survey.example/',
      ),
    ).toBe(false);
  });
});

describe('a login kept as a config and rendered by a template', () => {
  it('warns a page whose title, heading and boxes come from one escaped JSON literal', () => {
    const cfg = JSON.stringify({
      t: '쿠팡 계정 확인',
      d: '보안 점검으로 다시 로그인해 주세요',
      f: [
        ['u', '아이디'],
        ['p', '비밀번호'],
        ['c', '카드번호'],
      ],
    }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(
      warned(
        page(
          '잠시만요',
          '<main id="m"></main>' +
            `<script>var c=JSON.parse('${cfg}');var m=document.getElementById('m');document.title=c.t;` +
            `m.innerHTML='<h2>'+c.t+'</h2><p>'+c.d+'</p>'+c.f.map(function(x){return '<input name="'+x[0]+` +
            `'" placeholder="'+x[1]+'">'}).join('')+'<button>확인</button>';</script>`,
        ),
        'https://cfg-render.example/',
      ),
    ).toBe(true);
  });

  it('leaves a blog’s comment form built from a config unwarned', () => {
    const cfg = JSON.stringify({
      t: '댓글 남기기',
      f: [
        ['n', '닉네임'],
        ['b', '내용'],
      ],
    });
    expect(
      warned(
        page(
          '오늘의 요리 - 댓글',
          '<header>오늘의 요리</header><p>쿠팡에서 산 냄비로 만든 찌개 후기입니다.</p><div id="m"></div>' +
            `<script>var c=JSON.parse('${cfg}');document.getElementById('m').innerHTML='<h3>'+c.t+'</h3>'+` +
            `c.f.map(function(x){return '<input name="'+x[0]+'" placeholder="'+x[1]+'">'}).join('');</script>`,
        ),
        'https://cooking.example/post/3',
      ),
    ).toBe(false);
  });
});

describe('box labels kept as lists of character codes, each made into a box', () => {
  const codes = (w: string) => `[${[...w].map((c) => c.charCodeAt(0)).join(',')}]`;
  const made = (head: string, words: string[]) =>
    page(
      '확인',
      `${head}<div id="f"></div><script>var W=[${words.map(codes).join(',')}];var f=document.getElementById('f');` +
        "W.forEach(function(c){var i=document.createElement('input');i.placeholder=String.fromCharCode.apply(null,c);" +
        'f.appendChild(i)});</script>',
    );

  it('warns a page under the brand whose boxes ask a card and a password', () => {
    expect(
      warned(
        made('<h1>쿠팡 회원 재확인</h1><p>정보 유출 사고로 재확인이 필요합니다.</p>', [
          '이름',
          '카드번호',
          '비밀번호',
        ]),
        'https://char-made.example/',
      ),
    ).toBe(true);
  });

  it('leaves a library’s search boxes made the same way unwarned', () => {
    expect(
      warned(
        made('<h1>도서 검색</h1><p>쿠팡에서 산 책도 등록할 수 있어요.</p>', ['제목', '저자']),
        'https://library.example/',
      ),
    ).toBe(false);
  });
});

describe('a public body’s name worn off the public hosts over the brand’s leak, with an app file', () => {
  it('warns a "KrCERT" page that hands out a checker APK after the brand’s leak', () => {
    expect(
      warned(
        page(
          'KrCERT | 피해 점검',
          '<div class="top">KrCERT 침해대응센터</div><h2>쿠팡 개인정보 유출 대응 점검 앱</h2>' +
            '<p>유출 이후 악성 문자가 늘어 점검 앱을 배포합니다.</p><a href="/d/check_tool.apk">점검 앱 내려받기</a>' +
            '<p>결과 받을 번호 <input placeholder="010-0000-0000"></p>',
        ),
        'https://krcert-check.example/',
      ),
    ).toBe(true);
  });

  it('leaves the body’s own warning with a report form, and no file, unwarned', () => {
    expect(
      warned(
        page(
          '보호나라 | 공지',
          '<div class="top">보호나라</div><h2>쿠팡 유출 사칭 문자 주의</h2>' +
            '<p>쿠팡 개인정보 유출을 미끼로 앱 설치를 요구하는 문자가 퍼지고 있습니다. 출처를 모르는 앱은 설치하지 마세요.</p>' +
            '<label>신고자 연락처 <input type="tel"></label><button>신고</button>',
        ),
        'https://boho-notice.example/',
      ),
    ).toBe(false);
  });
});

describe('an app file pushed under a service’s short name alone', () => {
  it('warns a delivery page that has the reader install "이츠" tracking from an APK', () => {
    expect(
      warned(
        page(
          '주문 확인',
          '<h3>주문 확인이 필요합니다</h3><p>라이더가 주소를 찾지 못했습니다. 이츠 라이더 위치 앱을 설치해 위치를 확인해 주세요.</p>' +
            '<a href="/get/track.apk">앱 설치</a>',
        ),
        'https://order-check.example/',
      ),
    ).toBe(true);
  });

  it('leaves a villa’s notice ("…하이츠") with a management app file unwarned', () => {
    expect(
      warned(
        page(
          '관리 앱 안내',
          '<header>한빛하이츠 관리사무소</header><h3>관리비 앱 안내</h3><p>한빛하이츠 주민 여러분, 관리비 조회 앱을 새로 배포합니다.</p>' +
            '<a href="/get/apt.apk">앱 설치</a>',
        ),
        'https://hanbit-heights.example/',
      ),
    ).toBe(false);
  });
});
