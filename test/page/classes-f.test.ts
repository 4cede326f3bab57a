import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * The false alarms of author F's half (frozen-f, scored once), fixed as a class with pages written apart from
 * it: the brand's own service names in a list of other shops are one shop among many, like the brand itself;
 * next to each honest page, the same ask under the service name alone must still be warned.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string) => scanPage(parse(html), 'https://x.example/join');
const payout =
  '<form><input placeholder="이름"><input placeholder="생년월일 6자리"><input placeholder="휴대폰 번호"><input placeholder="정산 받을 계좌번호"><button>신청</button></form>';

describe("author F's classes", () => {
  it("a service name listed with other platforms' names is a list, not the page's voice", () => {
    expect(
      scan(
        page(
          '라이더 모집',
          `<h1>번개배송 라이더</h1><p>요기요·쿠팡이츠 배달도 함께 하실 수 있습니다.</p>${payout}`,
        ),
      ).verdict,
    ).toBe('clean');
    expect(
      scan(
        page('라이더 모집', `<h1>번개배송 라이더</h1><p>쿠팡이츠, 배민 라이더도 동시 가입 가능</p>${payout}`),
      ).verdict,
    ).toBe('clean');
    expect(
      scan(
        page(
          '통관번호 안내',
          `<h1>해외직구 도우미</h1><p>쇼핑몰(쿠팡 로켓직구, 알리익스프레스 등)에 등록해 두세요.</p><form><input placeholder="개인통관고유부호"><input placeholder="휴대폰"><button>확인</button></form>`,
        ),
      ).verdict,
    ).toBe('clean');
  });

  it('the same asks under the service name alone are still warned', () => {
    expect(
      scan(
        page(
          '라이더 정산',
          `<h1>정산 계좌 재확인</h1><p>쿠팡이츠 배달파트너님, 정산 계좌를 다시 등록해 주세요.</p>${payout}`,
        ),
      ).verdict,
    ).toBe('suspicious-page');
    expect(
      scan(
        page(
          '통관번호 확인',
          `<h1>통관번호 불일치</h1><p>쿠팡 로켓직구 주문의 통관번호가 일치하지 않습니다.</p><form><input placeholder="개인통관고유부호"><input placeholder="주민등록번호 앞자리"><button>확인</button></form>`,
        ),
      ).verdict,
    ).toBe('suspicious-page');
  });
});
