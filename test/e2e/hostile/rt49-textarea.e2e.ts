import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { KEYLOGGER, first, honestTypes, stolen, victimTypes } from './kit';

/**
 * Red team 49: a textarea's code. A courier's "address error" kit that claims the brand's delivery and asks the
 * entrance code in a <textarea> (a memo box, not an input), under a line that speaks of the address and the way in;
 * the page's own script logs every key. Honest twin: a parcel company's own delivery-note textarea asking the same,
 * with no brand claimed: every key reaches it.
 */
const doc = (title: string, body: string) =>
  first(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    KEYLOGGER,
  );
const form = (top: string) =>
  `${top}<div><p>정확한 주소와 출입 방법을 남겨주세요.</p><input name="a1" placeholder="받는 주소" style="width:320px">` +
  '<input name="a2" placeholder="연락처" style="width:320px"><textarea id="memo" name="m" ' +
  'placeholder="공동현관 비밀번호 / 출입 방법 (예: #0000 호출)" style="width:320px;height:60px"></textarea>' +
  '<button>저장</button></div>';

const KIT = doc(
  '배송 정보 확인',
  form(
    '<div>안녕하세요 쿠팡 배송기사입니다. 고객님 주소 오류로 로켓배송 상품이 보류 중입니다. 오늘 안에 주소를 다시 적어 주세요.</div>',
  ),
);
const HONEST = doc(
  '배송 메모',
  form(
    '<header>한빛택배 배송 메모</header><div>한빛택배 고객센터 1588-0000. 배송기사가 참고할 메모를 남겨 주세요.</div>',
  ),
);

forEachBrowser("hostile page: red team 49, an entrance code asked in a courier's textarea", (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('the kit: warned before the page gets a key', async () => {
    const host = 'rt49-kit.example.test';
    ctx.server.page(host, '/p', KIT);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const { got, warned } = await victimTypes(s, ctx.server, tab, host, '#memo');
    expect({ got, warned, input: stolen(ctx.server, host, 'input').length }).toEqual({
      got: 0,
      warned: true,
      input: 0,
    });
  });

  test("the courier's own delivery note: keeps every key, no warning", async () => {
    const host = 'rt49-honest.example.test';
    ctx.server.page(host, '/p', HONEST);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    expect(await honestTypes(s, ctx.server, tab, host, '#memo')).toEqual({ value: 'hunter2', warned: false });
  });
});
