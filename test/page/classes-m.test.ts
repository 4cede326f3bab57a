import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author M's half (frozen-m, scored once), its classes fixed with pages written apart from it; next to each honest
 * page the kit that shares its words, which must still be caught.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string) => scan(html).reasons.map((r) => r.code);

describe("author M's classes", () => {
  it("a course's sentence that lists a company line's labels as its topics is no company line", () => {
    const course = (last: string) =>
      page(
        '쿠팡 윙 입점 첫걸음 (6주) - 온라인셀러아카데미',
        '<header><b>온라인셀러아카데미</b></header><h1>쿠팡 윙 입점 첫걸음 (6주)</h1>' +
          '<p>처음 판매를 시작하는 분을 위한 실습 과정입니다.</p>' +
          '<h2>수강생 로그인</h2><form><input name="uid" placeholder="아이디"><input type="password" name="upw" placeholder="비밀번호"><button>로그인</button></form>' +
          // the course's last sentences are where the page guard looks for the page's small print
          `<p>${last}</p><footer>온라인셀러아카데미 · 본 과정은 쿠팡과 관계가 없습니다.</footer>`,
      );
    const honest = course(
      '이 과정은 쿠팡 마켓플레이스에 입점하려는 판매자를 위해 사업자 등록, 통신판매업 신고, 상품 등록 순서로 진행됩니다.',
    );
    expect(codes(honest)).not.toContain('brand-copyright');
    expect(scan(honest).verdict).toBe('clean');
    // the brand's company line copied under the same login, labels with their values, is still the brand's
    const kit = course('상호명: 쿠팡 주식회사 | 대표이사: 홍길동 | 통신판매업 신고: 제2026-서울송파-0001호');
    expect(codes(kit)).toContain('brand-copyright');
    expect(scan(kit).verdict).toBe('suspicious-page');
  });
});
