import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';
import { kitSet } from './saved-set';

/**
 * Round page62: the fakes the tuning halves still miss, by class (docs/page-guard.md). The one static class a sound
 * rule could take — work its worker pays for first, the task scam's deposit — got kits of this round's own writing
 * (test/fixtures/pages-kits-r62/: Korean and English, each missed on main a3e2aaaa) and an honest twin, scored as
 * `check --page` scores them: every kit caught, every twin clean. Below them, the class written again apart from the
 * set, a kit and an honest page of the same shape.
 */
const DIR = new URL('../fixtures/pages-kits-r62/', import.meta.url);
kitSet('page62 kits of the classes the halves still miss', DIR);

const verdict = (html: string, url = 'https://notice-desk.example/a') => scan(html, url).verdict;

describe('work its worker pays for first (the task scam’s deposit)', () => {
  // a seller's "ranking" job whose next batch of tasks opens only after a deposit sent in, the brand its client
  const kit = (who: string) =>
    page(
      '작업 안내',
      `<h3>순위 올리기 작업반</h3><p>${who} 상위노출 작업입니다. 다음 작업 10건은 선입금 150,000원 확인 후 배정됩니다.</p><p>입금 후 입금자명을 남겨 주세요.</p><input placeholder="입금자명"><input placeholder="정산 계좌번호"><button>확인 요청</button>`,
    );
  it('flags it where the brand is the work’s client', () =>
    expect(verdict(kit('쿠팡 셀러 상품'))).toBe('suspicious-page'));
  it('leaves the same page naming no brand to the other guards', () =>
    expect(verdict(kit('스마트 스토어 상품'))).toBe('clean'));
  // an honest page that says the same words to warn of them and asks nothing
  it('leaves a forum warning of it clean', () =>
    expect(
      verdict(
        page(
          '쿠팡 리뷰 알바 주의 - 자유게시판',
          `<header>생활정보 카페 · 자유게시판</header><h1>쿠팡 리뷰 미션 알바 조심하세요</h1><p>처음엔 수당을 주다가 VIP 미션은 선입금 30만원을 입금해야 배정된다고 합니다. 쿠팡은 그런 작업을 맡기지 않습니다. 절대 송금하지 마세요.</p><textarea placeholder="댓글"></textarea><button>등록</button><footer>생활정보 카페</footer>`,
        ),
        'https://cafe.life-info.kr/free/88120',
      ),
    ).toBe('clean'));
  // a studio's deposit is no task's: "작업실 보증금" on a rental ad near the brand's warehouse
  it('leaves a studio rental ad clean', () =>
    expect(
      verdict(
        page(
          '작업실 임대',
          `<h2>쿠팡 물류센터 인근 작업실 임대</h2><p>작업실 보증금 300만원, 월세 35만원. 계약금 입금 후 입주 가능합니다.</p><input placeholder="연락처"><button>문의하기</button>`,
        ),
        'https://room.rent-board.kr/v/551',
      ),
    ).toBe('clean'));
});
