import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page29 (tune-ac's leftovers): a wallet drainer under the brand's name (connect a crypto wallet and sign to
 * receive an airdrop; no field at all), and a statement of non-affiliation written in Chinese or Japanese, which
 * counts as the Korean and English ones do. Next to each kit an honest page of the same shape.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url: string) => scan(html, url).reasons.map((r) => r.code);

describe('a wallet drainer under the brand', () => {
  it('is caught with buttons that only name the wallet apps', () => {
    const kit = page(
      '쿠팡 회원 감사 에어드랍',
      '<header><div class="logo">쿠팡</div></header><main><h1>회원 감사 토큰 에어드랍</h1>' +
        '<p>쿠팡 와우 회원님께 감사 토큰 300개를 드립니다. 지갑을 연결하고 서명 한 번이면 바로 지급됩니다.</p>' +
        '<div><button>MetaMask</button><button>Phantom</button><button>WalletConnect</button></div></main>',
    );
    const verdict = scan(kit, 'https://cp-airdrop.example/claim');
    expect(verdict.verdict).toBe('suspicious-page');
    expect(verdict.reasons.map((r) => r.code)).toContain('wallet-lure');
  });
  it('is caught in English with one "Connect wallet" button', () => {
    const kit = page(
      'Coupang Eats Rewards',
      '<header><b class="logo">Coupang Eats</b></header><h1>Claim your Eats Rewards NFT</h1>' +
        '<p>Thank you for ordering with Coupang Eats. Connect your wallet and sign the message to receive your reward NFT.</p>' +
        '<a href="#c" class="btn">Connect wallet</a>',
      'en',
    );
    expect(codes(kit, 'https://eats-rewards.example/')).toContain('wallet-lure');
    expect(scan(kit, 'https://eats-rewards.example/').verdict).toBe('suspicious-page');
  });
  it("an exchange's own wallet page, which does not claim the brand, stays clean", () => {
    const exchange = page(
      '한빛코인 - 지갑 연결',
      '<header><b class="logo">한빛코인</b></header><h1>외부 지갑 연결</h1><p>지갑을 연결하면 입출금 주소를 자동으로 불러옵니다. 서명 요청은 로그인 확인용이며 자산을 옮기지 않습니다.</p>' +
        '<button>MetaMask</button><button>WalletConnect</button><footer>㈜한빛코인 · 사업자등록번호 214-88-10293</footer>',
    );
    expect(scan(exchange, 'https://www.hanbitcoin.example/wallet').verdict).toBe('clean');
  });
  it('a page naming a wallet app with nothing to receive gives no wallet lure', () => {
    const help = page(
      '쿠팡 고객센터 - 결제 수단 안내',
      '<header><div class="logo">쿠팡</div></header><h1>결제 수단 안내</h1><p>암호화폐 결제는 지원하지 않습니다. 지갑을 연결하라는 안내는 모두 사칭입니다.</p><a href="/faq/metamask">MetaMask 결제가 되나요?</a>',
    );
    expect(codes(help, 'https://help.shop.example/faq')).not.toContain('wallet-lure');
  });
});

describe('a wallet drainer however its wallets and words are drawn (red team 29)', () => {
  const drop = (body: string, title = '쿠팡 회원 감사 에어드랍', lang = 'ko') =>
    page(title, `<header><div class="logo">쿠팡</div></header><main>${body}</main>`, lang);
  it('reads wallet names on tiles that are no buttons, and in a picture’s alt text', () => {
    const tiles = drop(
      '<h1>감사 토큰 에어드랍</h1><p>지갑을 고르고 연결한 뒤 서명하면 토큰 500개가 바로 지급됩니다.</p>' +
        '<div role="button" onclick="go(1)">MetaMask</div><div role="button" onclick="go(2)">Kaia Wallet</div>',
    );
    expect(codes(tiles, 'https://thanks-drop.example/')).toContain('wallet-lure');
    const pictures = drop(
      '<h1>감사 토큰 에어드랍</h1><p>아래 지갑 그림을 눌러 연결하고 서명하면 토큰 500개가 바로 지급됩니다.</p>' +
        '<a href="#m"><img src="data:image/png;base64,AA==" alt="MetaMask"></a><a href="#t"><img src="data:image/png;base64,AA==" alt="Trust Wallet"></a>',
    );
    expect(codes(pictures, 'https://thanks-drop.example/p')).toContain('wallet-lure');
  });
  it('reads a QR for the wallet app’s scanner, confirmed rather than signed', () => {
    const qr = drop(
      '<h1>감사 NFT</h1><p>휴대폰의 비트겟 월렛 앱 스캐너로 위 코드를 읽고, 앱에 뜨는 요청에서 컨펌을 누르면 NFT가 지급됩니다.</p>',
    );
    expect(codes(qr, 'https://thanks-drop.example/qr')).toContain('wallet-lure');
  });
  it('reads it in Chinese and Japanese', () => {
    const zh = drop(
      '<h1>週年慶 NFT 空投</h1><p>請點擊下方按鈕連接錢包並簽署訊息，即可立即領取。</p><button>MetaMask</button>',
      '酷澎 週年慶 NFT 空投',
      'zh-Hant',
    );
    expect(codes(zh, 'https://tw-drop.example/')).toContain('wallet-lure');
    const ja = drop(
      '<h1>記念NFTエアドロップ</h1><p>ボタンからウォレットを接続し、メッセージに署名するとすぐに受け取れます。</p><button>Phantom</button>',
      'Coupang 記念NFT',
      'ja',
    );
    expect(codes(ja, 'https://jp-drop.example/')).toContain('wallet-lure');
  });
  it('reads it at the top of a page whose terms below run long', () => {
    const terms = Array.from(
      { length: 40 },
      (_, i) =>
        `<p>제${i + 1}조 본 이벤트의 참여 조건과 지급 일정은 회사 사정에 따라 변경될 수 있으며, 변경 시 공지합니다.</p>`,
    ).join('');
    const long = drop(
      `<h1>감사 토큰 에어드랍</h1><p>지갑 연결 후 서명하시면 즉시 수령됩니다.</p><button>MetaMask 지갑 연결</button><h2>유의사항</h2>${terms}`,
    );
    expect(codes(long, 'https://thanks-drop.example/t')).toContain('wallet-lure');
  });
  it('"sign in" and "design" are no signature', () => {
    const help = page(
      'Coupang Help - Coupons',
      '<header><div class="logo">Coupang</div></header><h1>Coupon FAQ</h1><p>Sign in to receive your welcome coupon. Our new design shows it under My Coupang. We do not accept MetaMask or any crypto token.</p><a href="/login">Sign in</a>',
      'en',
    );
    expect(codes(help, 'https://help.shop.example/coupons')).not.toContain('wallet-lure');
  });
  it('a payment wallet linked on the brand’s own kind of page (no coin, no token) is no drainer', () => {
    const pay = drop(
      '<h1>삼성 월렛 연결 혜택</h1><p>삼성 월렛에 결제 카드를 연결하면 이번 달 결제 금액의 1%가 캐시로 적립됩니다.</p><button>월렛 연결하기</button>',
      '쿠팡 결제 혜택',
    );
    expect(codes(pay, 'https://pay-benefit.example/')).not.toContain('wallet-lure');
  });
});

describe('field words of the red team 29 kits', () => {
  const kind = (label: string, placeholder = '') =>
    codes(
      page(
        '쿠팡 결제 확인',
        `<header><div class="logo">쿠팡</div></header><h1>쿠팡 결제 확인</h1><form><label>${label}<input name="q" placeholder="${placeholder}"></label><button>확인</button></form>`,
      ),
      'https://pay-check.example/',
    );
  it('card numbers, expiry and check codes as Taiwanese and Japanese forms word them', () => {
    expect(kind('卡片號碼')).toContain('asks-card');
    expect(kind('檢查碼', '卡片背面 3 碼')).toContain('asks-card');
    expect(kind('クレジット番号')).toContain('asks-card');
    expect(kind('セキュリティ番号（裏面3桁）')).toContain('asks-card');
  });
  it('a code named by the channel it came by, a recovery phrase called backup words', () => {
    expect(kind('알림톡 6자리')).toContain('asks-otp');
    expect(kind('카카오톡으로 도착한 6자리 숫자')).toContain('asks-otp');
    expect(kind('백업 단어 (영문 소문자, 순서대로)')).toContain('asks-seed-phrase');
  });
  it('a gift card’s PIN grouped like a card number stays a voucher, a birth date stays a birth date', () => {
    expect(kind('상품권 PIN', '0000-0000-0000-0000')).not.toContain('asks-card');
    expect(kind('生年月日')).not.toContain('asks-card');
    // (a label beside the box, not around it, and a placeholder in four groups: the label says what it takes)
    const fee = codes(
      page(
        '보상금 수령',
        '<h1>쿠팡 보상금 수령 수수료 안내</h1><p>쿠팡 피해 보상금 수령을 위해 수수료를 기프트카드로 납부해 주세요.</p><label>기프트카드 코드</label><input placeholder="XXXX-XXXX-XXXX-XXXX"><button>납부</button>',
      ),
      'https://relief-fee.example/f',
    );
    expect(fee).toContain('asks-gift-pin');
    expect(fee).not.toContain('asks-card');
  });
});

describe('non-affiliation written in Chinese or Japanese', () => {
  const checkout = (lang: string, shop: string, line: string, card: string) =>
    page(
      shop,
      `<header><b>${shop}</b></header><main><h1>${shop}</h1><p>${line}</p><form><label>${card}<input name="c" type="tel"></label><label>CVC<input name="v" type="tel"></label><button>OK</button></form></main>`,
      lang,
    );
  it('a Taiwanese proxy-buying checkout that says it has no tie to 酷澎 stays clean', () => {
    const shop = checkout(
      'zh-Hant',
      '韓貨小舖 結帳',
      '我們代您在韓國酷澎購買商品並寄到台灣。本店並非酷澎官方，與酷澎沒有任何關係。',
      '信用卡號',
    );
    expect(scan(shop, 'https://hanhuo-shop.example/checkout').verdict).toBe('clean');
  });
  it('a simplified-Chinese and a Japanese one too', () => {
    const cn = checkout(
      'zh-Hans',
      '韩货代购 结算',
      '本店代购韩国 Coupang 商品，与 Coupang 无关。',
      '银行卡号',
    );
    expect(codes(cn, 'https://hanhuo-cn.example/pay')).toContain('context-not-affiliated');
    const jp = checkout(
      'ja',
      '韓国代行ショップ お支払い',
      '当店は韓国のクーパンで商品を代理購入します。当店はクーパンとは一切関係ありません。',
      'カード番号',
    );
    expect(codes(jp, 'https://kankoku-daikou.example/pay')).toContain('context-not-affiliated');
  });
  it('does not excuse a card asked under the brand’s own logo and title', () => {
    const kit = page(
      '酷澎 Coupang 會員付款',
      '<header><div class="logo">酷澎 Coupang</div></header><h1>酷澎會員 付款資料更新</h1><p>您的會員付款失敗，請重新輸入信用卡資料。</p>' +
        '<form><label>信用卡號<input name="c" type="tel"></label><label>安全碼<input name="v" type="tel"></label><button>確認</button></form><footer>本站與酷澎無關</footer>',
      'zh-Hant',
    );
    expect(scan(kit, 'https://tw-pay.example/update').verdict).toBe('suspicious-page');
  });
});
