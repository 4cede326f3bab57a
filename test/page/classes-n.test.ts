import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author N's half (frozen-n, scored once): its false alarms fixed by class with pages written apart from it; next
 * to each honest page the kit that shares its words, which must still be caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);

describe("author N's classes", () => {
  it("an apartment's notice gives its own office's number; a lure's number is the brand's \"centre\"", () => {
    const notice = (line: string) =>
      page(
        '푸른숲 3단지 공지',
        '<h1>[공지] 현관 비밀번호 변경</h1><p>쿠팡 정보 유출 사고 이후 공동현관 번호를 바꿉니다. 문자로 새 번호를 알리지 않습니다.</p>' +
          `<p>${line}</p>`,
      );
    const honest = notice('문의: 관리사무소 032-555-0147');
    expect(codes(honest)).not.toContain('callback-lure');
    expect(scan(honest).verdict).toBe('clean');
    const kit = notice('쿠팡 유출 보상 상담: 전화 070-4321-8765 (오늘 마감)');
    expect(codes(kit)).toContain('callback-lure');
  });

  it('a blog comment box drawn without a form asks a password to delete the comment, not a login', () => {
    const post = (box: string) =>
      page(
        '쿠팡플레이 한 달 써본 후기',
        '<h1>쿠팡플레이 한 달 써본 후기</h1><p>쿠팡 와우 회원이면 추가 요금 없이 볼 수 있어요. 화질은 괜찮았습니다.</p>' +
          box,
      );
    const honest = post(
      '<h3>댓글</h3><div><input placeholder="이름"><input type="password" placeholder="비밀번호 (삭제용)"><textarea placeholder="댓글을 남겨 주세요"></textarea><button>등록</button></div>',
    );
    expect(codes(honest)).not.toContain('asks-password');
    expect(scan(honest).verdict).toBe('clean');
    // the same post with a login box and no comment: the page asks for the brand's password
    const kit = post(
      '<h3>와우 회원 확인</h3><div><input placeholder="쿠팡 아이디"><input type="password" placeholder="비밀번호"><button>확인</button></div>',
    );
    expect(codes(kit)).toContain('asks-password');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it("a price tracker's title reports a price at the brand, and an instant discount is no deadline", () => {
    const tracker = (title: string) =>
      page(
        title,
        '<header><b>가격도우미</b></header><h1>다이슨 V15 무선청소기</h1><p>쿠팡 현재가 812,000원 · 카드 즉시할인 적용 시 789,000원</p>' +
          '<div><b>로그인하고 가격 알림 받기</b><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>',
      );
    const honest = tracker('다이슨 V15 가격 변동 - 쿠팡 최저가');
    expect(codes(honest)).not.toContain('urgency');
    expect(scan(honest).verdict).toBe('clean');
    // the brand's name as the page's own, with a deadline, over the same login: the brand's login page
    const kit = page(
      '쿠팡 | 로그인',
      '<header><b>쿠팡</b></header><h1>보안 확인</h1><p>즉시 로그인하지 않으면 계정이 정지됩니다.</p>' +
        '<div><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('the brand given as one example among shops, or sent to its own app, is no claim of the page', () => {
    const customs = (line: string) =>
      page(
        '개인통관고유부호 등록',
        '<h1>통관정보 관리</h1><p>배송대행 신청서에 자동으로 들어갈 개인통관고유부호를 등록하세요.</p>' +
          '<form><input placeholder="수취인 이름"><input placeholder="개인통관고유부호 (P로 시작)"><button>저장</button></form>' +
          `<p>${line}</p>`,
      );
    for (const line of [
      '쿠팡, 네이버 등 다른 쇼핑몰과 같은 번호를 써도 됩니다.',
      'Overseas orders at Korean shops such as Coupang need this code too.',
      '해외 주문 내역은 쿠팡 앱에서 직접 확인하세요.',
    ]) {
      expect(codes(customs(line)), line).not.toContain('brand-body-claim');
      expect(scan(customs(line)).verdict, line).toBe('clean');
    }
    // the brand as the one asking: its customers' codes "re-checked"
    const kit = customs('쿠팡 고객님의 통관부호가 유출되어 재등록이 필요합니다.');
    expect(codes(kit)).toContain('brand-body-claim');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });

  it('an installer or a messenger address the script spells from reversed pieces or base64 is read as a link', () => {
    const reversed = (url: string) =>
      JSON.stringify(url.match(/.{1,9}/g)!.map((p) => [...p].reverse().join('')));
    const notice = (script: string) =>
      page(
        '쿠팡 보안센터',
        '<header><b>쿠팡</b> 보안센터</header><h1>개인정보 보호 프로그램 안내</h1><p>유출 피해 방지를 위해 아래 버튼을 눌러 주세요.</p>' +
          `<a id="go" class="btn">계속</a><script>${script}</script>`,
      );
    const installer = notice(
      `var p=${reversed('https://dl.safe-cp.example/CP_Shield_Setup.exe')};document.getElementById('go').href=p.map(function(s){return s.split('').reverse().join('')}).join('')`,
    );
    expect(codes(installer)).toContain('app-download');
    expect(scan(installer).verdict).toBe('suspicious-page');
    const chat = notice(
      `document.getElementById('go').onclick=function(){location.href=atob('${Buffer.from('https://open.kakao.com/o/sCpDesk77').toString('base64')}')}`,
    );
    expect(codes(chat)).toContain('sends-to-messenger');
    expect(scan(chat).verdict).toBe('suspicious-page');
    // a seller tool's own installer, linked in the open on its download page that names the brand once
    const tool = page(
      '셀러도우미 PC 버전 다운로드',
      '<header><b>셀러도우미</b></header><h1>셀러도우미 3.2 (Windows)</h1><p>쿠팡, 11번가 주문을 한 화면에서 관리하세요.</p>' +
        '<a href="https://dl.sellerdoumi.example/SellerDoumi_Setup_3.2.exe">다운로드</a>',
    );
    expect(scan(tool).verdict).toBe('clean');
  });

  it('a "verification" that has the reader run a copied command (ClickFix) is an ask; a how-to is not', () => {
    const steps = (title: string, frame: string) =>
      page(
        title,
        `<h1>${title}</h1><p>${frame}</p><ol><li>Windows 키 + R 을 누르세요</li><li>Ctrl + V 로 붙여 넣으세요</li><li>Enter</li></ol>` +
          '<button id="b">복사</button><script>document.getElementById("b").onclick=function(){navigator.clipboard.writeText("cmd /c echo x")}</script>',
      );
    const kit = steps('쿠팡 보상 조회', '로봇이 아닙니다 · 추가 보안 확인 단계');
    expect(codes(kit)).toContain('asks-run-command');
    expect(scan(kit).verdict).toBe('suspicious-page');
    const howto = steps(
      '쿠팡 PC 앱 지우는 법',
      '설정이 안 보이면 프로그램 추가/제거 창을 바로 여는 방법도 있습니다.',
    );
    expect(codes(howto)).not.toContain('asks-run-command');
  });
});
