import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page32 (tune-ae's one miss and two false alarms), taken by class with pages written apart from the corpus:
 * a call-back lure worded in Chinese or Japanese (the brand's Taiwanese and Japanese customers are called too), and
 * a rival's page that names the brand as what the reader leaves. Next to each an honest page or a kit of the same
 * shape.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url: string) => scan(html, url).reasons.map((r) => r.code);

describe('a call-back lure in Chinese or Japanese', () => {
  it('flags a Taiwanese refund notice under the brand that sends the reader to a number and an ATM', () => {
    const kit = page(
      '退款通知',
      '<div class="logo">酷澎 Coupang</div><h2>訂單重複扣款 退款處理</h2>' +
        '<p>您的訂單因系統錯誤被重複扣款 NT$2,380，請立即撥打退款專線 <b>02-2718-6604</b>，專員將協助您至 ATM 辦理退款。</p>' +
        '<a href="tel:0227186604">撥打專線</a>',
      'zh-Hant',
    );
    const v = scan(kit, 'https://tw-refund-desk.example/notice');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('callback-lure');
    // the number stays out of the evidence
    expect(JSON.stringify(v.reasons)).not.toContain('2718-6604');
  });

  it('flags a Japanese account-freeze notice under Rocket Now that asks for a call', () => {
    const kit = page(
      'アカウント停止のお知らせ',
      '<header><b>Coupang ロケットナウ</b></header><h1>不正利用のためアカウントを停止しました</h1>' +
        '<p>解除をご希望の方は、下記のサポートセンターまでお電話ください：03-6821-4407（24時間受付）</p>',
      'ja',
    );
    expect(codes(kit, 'https://rn-support-jp.example/stop')).toContain('callback-lure');
  });

  it('leaves alone a Taiwanese anti-fraud notice that names the brand and gives only the 165 line', () => {
    const honest = page(
      '假冒電商退款詐騙提醒',
      '<header><b>反詐騙宣導站</b></header><h1>接到「酷澎退款」電話？先掛斷</h1>' +
        '<p>近期有歹徒假冒酷澎客服，以重複扣款、分期設定錯誤為由要求民眾至 ATM 操作。ATM 無法解除分期付款。</p>' +
        '<p>有疑問請撥打 165 反詐騙專線查證。</p>',
      'zh-Hant',
    );
    expect(scan(honest, 'https://antifraud-notes.example/coupang-refund').verdict).toBe('clean');
  });

  it('leaves alone a Taiwanese bank page with its own service line that does not name the brand', () => {
    const honest = page(
      '信用卡退款說明',
      '<header><b>和信銀行</b></header><h1>信用卡退款入帳時間</h1>' +
        '<p>商店退款後約 7–14 個工作天入帳。如有疑問請撥打本行客服專線 02-8751-3300。</p>',
      'zh-Hant',
    );
    expect(scan(honest, 'https://www.hexin-bank.example/card/refund').verdict).toBe('clean');
  });
});

describe("a rival's page that names the brand as what the reader leaves", () => {
  const top = (name: string) => `<div class="hdr"><b>${name}</b><span>홈 · 이벤트</span></div>`;
  const footer = (name: string) =>
    `<footer><b>${name}</b><br>대표 이서윤 · 사업자등록번호 214-87-30519 · 고객센터 1600-4172</footer>`;
  const signup =
    '<form action="/join" method="post"><input name="email" type="email" placeholder="이메일">' +
    '<input type="password" name="pw" placeholder="비밀번호 (영문·숫자 8자 이상)">' +
    '<input type="tel" name="hp" placeholder="휴대폰 번호"><button>가입하고 쿠폰 받기</button></form>';

  it('leaves alone a shop whose sign-up page welcomes those who leave the brand', () => {
    const honest = page(
      '다온마켓 - 쿠팡 대신 다온마켓',
      `${top('다온마켓')}<h2>쿠팡 떠나신 분들, 첫 주문 배송비 무료</h2>` +
        `<p>다온마켓은 당일 출고와 무료 반품을 드립니다. 쿠팡 와우 회원이셨다면 첫 달 멤버십이 무료예요.</p>${signup}${footer('다온마켓')}`,
    );
    expect(scan(honest, 'https://daonmarket.example/event/welcome').verdict).toBe('clean');
  });

  it('leaves alone the same in English: "cheaper than Coupang"', () => {
    const honest = page(
      'Brightcart | Cheaper than Coupang, every day',
      `${top('Brightcart')}<h1>Cheaper than Coupang, every day</h1><p>Join Brightcart and get free returns.</p>` +
        signup.replace('비밀번호 (영문·숫자 8자 이상)', 'Choose a password (8+ characters)') +
        footer('Brightcart'),
      'en',
    );
    expect(scan(honest, 'https://brightcart.example/join').verdict).toBe('clean');
  });

  it('still flags a kit that acts on the brand\'s behalf ("쿠팡을 대신해") under its own name', () => {
    const kit = page(
      '보상지원단 - 쿠팡을 대신해 보상금을 지급합니다',
      `${top('보상지원단')}<h1>쿠팡 개인정보 유출 피해 보상금 신청</h1>` +
        '<p>쿠팡 고객님, 보상금 지급을 위해 본인 확인이 필요합니다.</p>' +
        '<form><input name="name" placeholder="이름"><input name="rrn" placeholder="주민등록번호 13자리">' +
        '<input name="acct" placeholder="환급받을 계좌번호"><button>보상금 신청</button></form>',
    );
    expect(scan(kit, 'https://cp-bosang-help.example/apply').verdict).toBe('suspicious-page');
  });

  it("still flags a rival's page that asks for the brand's own id and password", () => {
    const kit = page(
      '다온마켓 - 쿠팡 대신 다온마켓',
      `${top('다온마켓')}<h2>쿠팡 떠나신 분들, 와우 회원 인증하고 한 달 무료</h2>` +
        '<form><input name="cid" placeholder="쿠팡 아이디"><input type="password" name="cpw" placeholder="쿠팡 비밀번호">' +
        `<button>와우 회원 인증</button></form>${footer('다온마켓')}`,
    );
    expect(scan(kit, 'https://daonmarket.example/wow-verify').verdict).toBe('suspicious-page');
  });

  it('does not read the contrast where the page has no name of its own at its top', () => {
    const kit = page(
      '쿠팡 떠나기 전에 꼭 확인하세요',
      '<div class="logo">coupang</div><h1>쿠팡 떠나기 전에 미환급 보상금 확인</h1>' +
        '<form><input name="name" placeholder="이름"><input name="card" placeholder="카드번호 16자리" inputmode="numeric">' +
        '<input name="cvc" placeholder="CVC"><button>조회</button></form>',
    );
    expect(scan(kit, 'https://refund-check-now.example/').verdict).toBe('suspicious-page');
  });
});
