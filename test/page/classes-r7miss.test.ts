import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Authors BI's and BJ's halves (tune-bi, tune-bj, scored once on integ), their misses taken by class (round
 * page-r7-miss) with pages written apart from them: each kit next to an honest page of the same shape that stays
 * unwarned. `warned` is the browser's answer: flagged, or warned at typing.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

describe('a box that has the reader paste a text message whole, the code inside it', () => {
  const pastePage = (brand: string, line: string, box: string) =>
    page(
      '본인 확인',
      `<div class="top">${brand} 고객 확인 센터</div><h3>본인 확인</h3><p>${line}</p>` +
        `<textarea rows="4" placeholder="${box}"></textarea><button>보내기</button>`,
    );

  it('warns a kit in the brand’s name that wants the text with its code pasted', () => {
    const kit = page(
      '보상 접수 3단계',
      '<div class="top">쿠팡 보상 접수</div><h3>수신 확인</h3><p>조금 전 도착한 인증문자를 그대로 복사해 주세요. ' +
        '보상금은 그 뒤에 지급됩니다.</p><textarea rows="4" placeholder="받은 메시지 붙여넣기"></textarea><button>다음</button>',
    );
    expect(warned(kit, 'https://cp-refund-desk.example/step2')).toBe(true);
    const en = pastePage(
      'Coupang',
      'Copy the whole text we just sent you, including the verification code, and put it below.',
      'Paste the SMS here',
    );
    expect(warned(en, 'https://cp-owner-check.example/verify')).toBe(true);
  });

  it('leaves a smishing checker that reads a suspect text unwarned', () => {
    const checker = page(
      '의심 문자 검사',
      '<div class="top">누리 문자 검사</div><h3>의심 문자 검사</h3><p>쿠팡을 사칭한 스미싱 문자를 받으셨나요? 인증번호를 ' +
        '요구하는 문자인지 알려 드립니다. 받은 문자를 복사해 아래에 넣어 주세요.</p>' +
        '<textarea rows="4" placeholder="받은 문자 내용을 붙여넣으세요"></textarea><button>검사하기</button>',
    );
    expect(warned(checker, 'https://smishing-check.example/')).toBe(false);
  });

  it('leaves a bank’s own text-paste step unwarned: it names no one but itself', () => {
    const bank = pastePage(
      '누리은행',
      '방금 보내드린 인증문자 전체를 복사해 아래에 붙여넣으면 기기 등록이 끝납니다.',
      '문자 내용을 붙여넣으세요',
    );
    expect(warned(bank, 'https://www.nuribank.example/device')).toBe(false);
  });
});

describe('a human check whose step pastes into Windows’ Run box, with no copying script on the page', () => {
  const check = (step: string, foot: string) =>
    page(
      '접속 확인',
      `<div><label><input type="checkbox"> 사람인지 확인합니다</label></div><p>${step}</p>` +
        `<footer>${foot}</footer>`,
    );

  it('warns the check under the brand’s name', () => {
    const kit = check(
      '마지막 단계: 윈도우키+R 을 누른 뒤 Ctrl+V 로 붙여넣고 엔터를 눌러 주세요.',
      '© Coupang Corp.',
    );
    expect(warned(kit, 'https://cp-human-check.example/')).toBe(true);
  });

  it('leaves a help page’s Run-box steps unwarned: no human check asks them', () => {
    const help = page(
      '임시 파일 지우기',
      '<h2>임시 파일 지우기</h2><p>Win+R 을 누르고 위에서 복사한 %temp% 를 Ctrl+V 로 붙여넣은 뒤 Enter 를 누르세요.</p>' +
        '<p>쿠팡 앱이 느릴 때도 도움이 됩니다.</p><footer>© 누리 PC 도움말</footer>',
    );
    expect(warned(help, 'https://pc-help.example/temp')).toBe(false);
  });
});

describe('a parcel’s fee named by the notice’s heading, its sum sent to an account in the body', () => {
  const notice = (body: string) =>
    page(
      '배송 안내',
      `<div class="logo">coupang</div><h3>로켓배송 보관료 안내</h3><p>${body}</p>` +
        '<p>신한 110-482-771902 (예금주 박*호)</p><input placeholder="연락처"><button>송금 완료</button>',
    );

  it('warns the notice that has the sum paid into the account it shows', () => {
    const kit = notice(
      '주소 확인이 되지 않아 3,200원이 청구되었습니다. 아래 계좌로 송금해 주시면 오늘 출고됩니다.',
    );
    expect(warned(kit, 'https://parcel-fee.example/r')).toBe(true);
  });

  it('leaves a courier’s own fee notice unwarned when its sentence warns of the trick', () => {
    const honest = page(
      '반송료 안내',
      '<header>누리택배</header><h3>반송료 안내</h3><p>쿠팡 주문 반품 시 3,200원은 앱에서만 결제됩니다. 계좌로 입금하라는 문자는 사기입니다.</p>',
    );
    expect(warned(honest, 'https://www.nuri-parcel.example/fee')).toBe(false);
  });
});

describe('a service’s name whose Latin half hides a Cyrillic letter, its other half in Hangul', () => {
  const tracking = (name: string) =>
    page(
      `${name} 조회`,
      `<header>${name} · 조회</header><p>수취인 정보 오류로 보류 중입니다. 보정 비용 2,000원은 출금 계좌에서 빠져나갑니다.</p>` +
        '<form><input placeholder="출금 계좌번호"><input placeholder="생년월일 6자리"><input type="submit" value="보정 신청"></form>',
    );

  it('warns "Rосket프레시" (Cyrillic о and с) over an account and birth-date form', () => {
    expect(warned(tracking('Rосket프레시'), 'https://parcel-fix.example/t')).toBe(true);
  });

  it('leaves a Russian-speaking courier’s page unwarned: its Cyrillic word is no brand’s', () => {
    const ru = page(
      'Посылка 조회',
      '<header>Посылка배송 · 누리익스프레스</header><p>러시아행 택배의 통관 상태를 확인하세요.</p>' +
        '<form><input placeholder="송장번호"><input type="submit" value="조회"></form>',
    );
    expect(warned(ru, 'https://nuri-express.example/ru')).toBe(false);
  });
});

describe('a "fraud alert" that is the reader’s own charge, a number to call under the brand', () => {
  const alert = (brand: string, extra: string) =>
    page(
      'Payment notice',
      `<h2>Fraud Alert</h2><p>A purchase of KRW 312,000 has been approved on your ${brand} account. ` +
        `If this was not you, call our fraud team now.</p><p>02-3141-5926</p>${extra}`,
    );

  it('warns the alert when the brand is worn in a slot', () => {
    expect(warned(alert('C0upang', ''), 'https://acct-alert.example/n')).toBe(true);
  });

  it('leaves a warning about such texts unwarned: it names the trick', () => {
    const warning = page(
      'Fraud Alert',
      '<h2>Fraud Alert</h2><p>Fake texts say a purchase has been approved on your C0upang account and give a number ' +
        'to call. It is a scam: do not call 02-3141-5926.</p>',
    );
    expect(warned(warning, 'https://consumer-watch.example/alerts')).toBe(false);
  });

  it('leaves a card issuer’s own alert unwarned: the brand is the merchant in a sentence', () => {
    const issuer = page(
      'Nuri Card | Fraud Alert',
      '<header>Nuri Card</header><h2>Fraud Alert</h2><p>A purchase at Coupang of KRW 312,000 has been approved on ' +
        'your Nuri card. If this was not you, call our fraud team now.</p><p>1588-4411</p>',
    );
    expect(warned(issuer, 'https://www.nuricard.example/alert')).toBe(false);
  });
});

describe('a run of boxes that each take one character: a code, whatever the line before calls it', () => {
  const cells = (n: number) => '<input maxlength="1">'.repeat(n);

  it('warns six cells under the brand’s logo that take the number a caller reads out', () => {
    const kit = page(
      '환불 진행',
      `<div class="logo">coupang</div><h2>환불 진행 확인</h2><p>상담원이 불러 드린 숫자를 칸마다 하나씩 넣어 주세요.</p>` +
        `<div>${cells(6)}</div><button>환불 받기</button>`,
    );
    expect(warned(kit, 'https://refund-step.example/3')).toBe(true);
  });

  it('leaves a customs broker’s and a bank’s own cells unwarned: each names itself', () => {
    const broker = page(
      '개인통관고유부호 확인 | 누리관세사무소',
      '<header>누리관세사무소</header><h2>개인통관고유부호 확인</h2><p>해외직구 통관을 위해 부호(P로 시작하는 13자리)를 ' +
        `한 칸에 한 글자씩 적어 주세요. 쿠팡 로켓직구, 알리 등 어느 쇼핑몰 주문이든 같습니다.</p><form action="/check">${cells(13)}` +
        '<button>확인</button></form>',
    );
    expect(warned(broker, 'https://www.nuri-customs.example/')).toBe(false);
    const bank = page(
      '누리은행 | 기기 등록',
      '<header>누리은행</header><h2>기기 등록</h2><p>방금 보낸 숫자를 칸마다 하나씩 넣어 주세요. 쿠팡페이 등 간편결제 ' +
        `연결에도 이 기기가 쓰입니다.</p><form action="/device">${cells(6)}<button>등록</button></form>`,
    );
    expect(warned(bank, 'https://www.nuribank.example/device')).toBe(false);
  });
});

describe('a wallet to "verify" before an NFT or a token gift is claimed', () => {
  it('warns the drop in the brand’s name', () => {
    const kit = page(
      '쿠팡 와우 NFT 에어드랍',
      '<h1>쿠팡 와우 10주년 NFT 에어드랍</h1><p>와우 회원께 NFT 1개와 쿠팡캐시 3만원을 드립니다. 지갑 소유 인증 후 ' +
        '바로 받으세요.</p><button>지갑 인증하기</button>',
    );
    expect(warned(kit, 'https://wow-nft-drop.example/')).toBe(true);
  });

  it('leaves a wallet’s help page that warns of such drops unwarned', () => {
    const help = page(
      '누리월렛 도움말',
      '<header>누리월렛</header><h2>NFT 에어드랍 사기 주의</h2><p>쿠팡 등을 사칭해 지갑 소유 인증 후 토큰을 받으라는 ' +
        '페이지는 사기입니다. 누리월렛은 복구 문구를 묻지 않습니다.</p>',
    );
    expect(warned(help, 'https://help.nuriwallet.example/nft')).toBe(false);
  });
});
