import { describe, expect, it } from 'vitest';
import { classifyField, scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author G's half (frozen-g, scored once), its classes fixed with pages written apart from it; next to each
 * honest page the kit that reuses its words, or the other way round.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') => scanPage(parse(html), url);
const codes = (html: string) => scan(html).reasons.map((r) => r.code);

describe("author G's classes", () => {
  it('Japanese and Chinese pages write the brand in kana and ideographs: no disguise', () => {
    const jp = page(
      '韓国でクーパンを使う方法 | 暮らしガイド',
      '<h2>クーパン(쿠팡)の登録</h2><p>外国人登録番号で会員登録できます。</p>',
    );
    expect(codes(jp)).not.toContain('brand-obfuscated');
    // a Latin name in Cyrillic letters still is one
    expect(codes(page('Сoupаng 로그인', '<h2>Сoupаng</h2>'))).toContain('brand-obfuscated');
  });

  it('a short common word is not a misspelling of a longer brand name ("셀러" is not "윙셀러")', () => {
    const course = page(
      '쿠팡 셀러 입문반 — 한빛셀러스쿨',
      '<div class="top"><b>한빛셀러스쿨</b></div><h2>쿠팡 셀러 입문반</h2><p>수강 결제</p><input placeholder="카드번호"><input placeholder="CVC">',
    );
    expect(codes(course)).toContain('context-other-site');
    expect(scan(course).verdict).toBe('clean');
  });

  it('a unit number box ("동-호") is not the entrance code a sentence beside it talks about', () => {
    expect(classifyField('text', '', ['동-호 (예: 304-1201)'])).not.toBe('entrance');
    const notice = page(
      '[공지] 출입번호 변경',
      '<p>쿠팡 유출 뒤 공동현관 출입번호를 바꿉니다. 쇼핑몰 배송 메모의 출입번호는 각 세대에서 고쳐 주세요.</p><form><input placeholder="동-호 (예: 304-1201)"><input type="password" placeholder="입주민 비밀번호"><button>입주민 로그인</button></form>',
    );
    expect(codes(notice)).not.toContain('asks-entrance-code');
  });

  it('a form described in past tense is not asked for; the same words as a request are', () => {
    const told = (s: string) =>
      page(
        '쿠팡 환불 문자 열어봤습니다',
        `<p>쿠팡 환불 문자 링크를 열어 보니 ${s}</p><input placeholder="검색어">`,
      );
    expect(codes(told('계좌번호와 예금주를 입력하는 폼이 나오더군요.'))).not.toContain('asks-bank-account');
    expect(codes(told('계좌번호와 예금주를 입력해 주세요.'))).toContain('asks-bank-account');
  });

  it('market talk about the listed company is reported, not the brand speaking', () => {
    const board = page(
      '종목토론',
      '<h2>종목토론</h2><p>쿠팡 보상 쿠폰 비용까지 하면 4분기 적자 전환 가능성이 있어 보입니다.</p><input placeholder="휴대폰 번호"><input placeholder="인증번호">',
    );
    expect(scan(board).verdict).toBe('clean');
  });

  it('an open chat the page sends the reader to, in a link or joined in script, sends the talk to a messenger', () => {
    for (const a of [
      `<a href="https://open.kakao.com/o/sAb12cD">상담 바로가기</a>`,
      `<a href="#" onclick="location.href='kakao'+'open://'+'join?l=x1';return false">상담 바로가기</a>`,
      `<a href="https://t.me/cp_care_bot">텔레그램 상담</a>`,
    ]) {
      const lure = page(
        '피해 보상',
        `<div class="logo">쿠팡</div><h2>쿠팡 유출 피해 보상 전담팀</h2><p>보상금 신청은 1:1 상담으로 진행됩니다.</p>${a}`,
      );
      expect(codes(lure), a).toContain('sends-to-messenger');
      expect(scan(lure).verdict, a).toBe('suspicious-page');
    }
    // a shop's channel (pf.kakao.com) is the shop's own customer service
    expect(codes(page('문의', '<a href="https://pf.kakao.com/_xAbc">카카오톡 채널 상담</a>'))).not.toContain(
      'sends-to-messenger',
    );
  });

  it('an APK address in base64 in a button’s data- attribute is an app download', () => {
    const html = page(
      '배송 조회',
      `<h3>쿠팡이츠 배송조회</h3><button data-u="${btoa('/app/track_v2.apk')}" onclick="location.href=atob(this.dataset.u)">앱으로 보기</button>`,
    );
    expect(codes(html)).toContain('app-download');
    const plain = page(
      '배송 조회',
      `<button data-u="${btoa('/track/view?id=7')}" onclick="location.href=atob(this.dataset.u)">보기</button>`,
    );
    expect(codes(plain)).not.toContain('app-download');
  });

  it('the brand named as a past incident to learn from, or as the shop readers switch from, is not its voice', () => {
    const login =
      '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>';
    const tip = page(
      '택배 예약',
      `<h2>방문 택배 예약</h2><p>주소록에 현관 비밀번호를 적지 마세요. 최근 쿠팡 사고처럼 새어 나갈 수 있습니다.</p>${login}`,
    );
    expect(warnAtRisk(scan(tip), 'password')).toBe(false);
    const lure = page(
      '택배 예약',
      `<h2>방문 택배 예약</h2><p>쿠팡 고객님 주소 확인이 필요합니다.</p>${login}`,
    );
    expect(warnAtRisk(scan(lure), 'password')).toBe(true);
  });

  it('a scam warning in Chinese or Japanese is a warning too', () => {
    const login = '<form><input type="password" placeholder="密码"><button>登录</button></form>';
    const zh = page('韩侨新闻', `<p>警方提醒：冒充酷澎的"赔偿"短信都是诈骗。</p>${login}`);
    expect(warnAtRisk(scan(zh), 'password')).toBe(false);
    const zhLure = page('赔偿申请', `<p>酷澎会员您好，请登录领取赔偿金。</p>${login}`);
    expect(warnAtRisk(scan(zhLure), 'password')).toBe(true);
  });
});
