import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author AA's half (tune-aa, scored once after page27's first commits), taken by class with pages written apart
 * from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
describe('dialog questions kept in a list and asked one by one', () => {
  it('are fields the reader fills in', () => {
    const kit = page(
      '환불 계좌 등록',
      '<div class="logo">coupang</div><h1>환불 처리 오류</h1><p>환불금이 보류되었습니다. 계좌를 다시 등록하세요.</p><div id="go">환불 계좌 등록</div>' +
        '<script>document.getElementById("go").onclick=function(){var Q=["\\uc774\\ub984\\uc744 \\uc785\\ub825\\ud558\\uc138\\uc694","계좌번호를 입력하세요","주민등록번호 13자리를 입력하세요"];for(var i=0;i<Q.length;i++){if(prompt(Q[i])===null)return;}};</script>',
    );
    expect(scan(kit, 'https://refund-fix.example/').verdict).toBe('suspicious-page');
  });
  it('a quiz that asks a nickname through a list of prompts stays clean', () => {
    const quiz = page(
      '퀴즈 | 누리몰',
      '<div class="logo">누리몰</div><h1>주말 퀴즈</h1><p>쿠팡보다 싼 상품 맞히기</p><div id="go">시작</div>' +
        '<script>document.getElementById("go").onclick=function(){var Q=["닉네임을 입력하세요","좋아하는 색을 입력하세요"];for(var i=0;i<Q.length;i++)prompt(Q[i]);};</script>',
    );
    expect(scan(quiz, 'https://nuri-mall.example/quiz').verdict).toBe('clean');
  });
});

describe("an installer's path on the page's own host, assembled in script", () => {
  const go = (pieces: string) =>
    `<div id="d" class="btn">보안 프로그램 설치 (Windows)</div><script>document.getElementById("d").onclick=function(){location.href=[${pieces}].join("");};</script>`;
  it('is an app download like an APK', () => {
    const kit = page(
      '보안 프로그램 안내',
      `<div class="logo">coupang</div><h1>PC에서 쿠팡을 이용하려면 보안 프로그램이 필요합니다</h1><p>유출 사고 후 PC 로그인 시 보안 프로그램 설치가 의무화되었습니다.</p>${go(`'/f','iles/',"CpSaf","eSetup_x64",'.exe'`)}`,
    );
    const r = scan(kit, 'https://cp-safe.example/');
    expect(r.reasons.map((x) => x.code)).toContain('app-download');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a bank naming its own program and the brand in passing stays clean', () => {
    const bank = page(
      '보안 프로그램 설치 | 한울은행',
      `<div class="logo">한울은행</div><h1>한울은행 보안 프로그램 설치</h1><p>쿠팡 등 쇼핑몰 결제 전에 설치를 권장합니다.</p>${go(`'/dl/','HanulSafe','.exe'`)}<footer>(주)한울은행</footer>`,
    );
    expect(scan(bank, 'https://www.hanul-bank.example/security').verdict).toBe('clean');
  });
});

describe('a page its script writes behind a "not a robot" box', () => {
  const qr = `data:image/svg+xml;base64,${'PHN2Zz48L3N2Zz4'.repeat(400)}`;
  const kit = page(
    '보안 확인',
    '<div id="gate"><input type="checkbox" id="hc"><span>로봇이 아닙니다</span></div><div id="app"></div>' +
      `<script>document.getElementById("hc").onchange=function(){document.getElementById("app").innerHTML="<div class=\\"logo\\">coupang</div><h1>\\ud734\\ub300\\ud3f0\\uc73c\\ub85c QR\\uc744 \\uc2a4\\uce94\\ud574 \\ubcf4\\uc0c1 \\uc2e0\\uccad\\uc744 \\uc774\\uc5b4\\uac00\\uc138\\uc694</h1><p>PC에서는 신청을 완료할 수 없습니다. 휴대폰 카메라로 아래 QR 코드를 스캔하면 앱 인증 화면으로 이동합니다.</p><img alt=\\"QR\\" src=\\"${qr}\\">";};</script>`,
  );
  it('opens the gate, and its markup is read even past a long picture in the same string', () => {
    expect(pageMayConcernBrand(parse(kit), 'https://qr-next.example/')).toBe(true);
    expect(scan(kit, 'https://qr-next.example/').verdict).toBe('suspicious-page');
  });
  it('a small page with no script writing markup keeps the gate shut', () => {
    const plain = page(
      '보안 확인',
      '<div><input type="checkbox"><span>로봇이 아닙니다</span></div><script>console.log(1)</script>',
    );
    expect(pageMayConcernBrand(parse(plain), 'https://plain.example/')).toBe(false);
  });
});
