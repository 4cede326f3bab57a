import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { KEYLOGGER, first, stolen, victimTypes } from './kit';

/**
 * Round page57 (issue #11, the class of tune-av's av092): a sign-in with no field at all — each "box" a focusable
 * <div> holding only a <canvas>, the page's own key listener keeping the keys and painting dots, the password box
 * saying what it takes only in the placeholder it paints ("비밀번호"). The second chance sees typing aimed at no
 * box; the scanner reads the drawn box's placeholder by its pixels (lib/page/drawn-box.ts) and warns before the
 * page gets the first key.
 * The honest twins, on pages that name the brand (the scanner is loaded) and keep the keys themselves: a canvas game
 * (a focusable canvas of a game's shape) and a shopping-list app whose memo box is drawn on a canvas. Their keys
 * reach the page and no warning comes.
 */
const drawnBoxes = (boxes: [id: string, placeholder: string, mask: boolean][]) =>
  boxes
    .map(
      ([id]) =>
        `<div id="${id}" tabindex="0" style="border:1px solid #bbb;width:322px;height:46px;margin:6px 0"><canvas width="320" height="44"></canvas></div>`,
    )
    .join('') +
  `<script>${JSON.stringify(boxes)}.forEach(function (b) {
  var el = document.getElementById(b[0]), g = el.firstChild.getContext('2d'), t = '';
  function paint() { g.clearRect(0, 0, 320, 44); g.font = '17px sans-serif'; g.fillStyle = t ? '#000' : '#999';
    g.fillText(t ? (b[2] ? t.replace(/./g, '\\u25cf') : t) : b[1], 10, 29); }
  paint();
  el.addEventListener('keydown', function (e) { if (e.key.length === 1) { t += e.key; steal('kept', t); paint(); e.preventDefault(); } });
});</script>`;

const doc = (title: string, body: string) =>
  first(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    KEYLOGGER,
  );

const KIT = doc(
  '로그인',
  `<header style="font:bold 30px Arial;color:#e52528">coupang</header><p>새 기기에서 접속이 확인되었습니다. 다시 로그인해 주세요.</p>` +
    drawnBoxes([
      ['id', '아이디(이메일)', false],
      ['pw', '비밀번호', true],
    ]) +
    '<button style="width:324px;padding:12px">로그인</button>',
);

const GAME = doc(
  '배송 트럭 달리기',
  `<h1>배송 트럭 달리기</h1><p>쿠팡, 택배 트럭을 닮은 트럭으로 골목을 달리는 작은 게임입니다. 스페이스 대신 아무 키나 눌러 점프하세요.</p>
<canvas id="game" tabindex="0" width="480" height="270" style="border:1px solid #333"></canvas>
<p>이름을 남기면 순위표에 올라갑니다.</p><input placeholder="닉네임">
<script>var g = document.getElementById('game').getContext('2d'), n = 0;
function paint() { g.clearRect(0, 0, 480, 270); g.font = '20px sans-serif'; g.fillText('SCORE ' + n, 16, 30); g.fillRect(40, 200, 60, 30); }
paint(); document.getElementById('game').addEventListener('keydown', function (e) { n++; steal('kept', n); paint(); e.preventDefault(); });</script>`,
);

const MEMO = doc(
  '장보기 메모',
  `<h1>장보기 메모</h1><p>쿠팡, 마트, 시장에서 살 것을 한곳에 적어 두세요. 메모는 이 기기에만 저장됩니다.</p>` +
    drawnBoxes([['memo', '살 것을 적어 주세요', false]]) +
    '<input placeholder="메모 제목">',
);

/**
 * The whole form drawn on a canvas by the page's script, bare boxes laid over it (the class of tune-au's au090): each
 * box's label only pixels just above it. A box with no words of its own reads the label the canvas draws there
 * (drawn-box.ts `drawnLabelKind`). The honest twin: a savings chart drawn on a canvas with a bare box over it whose
 * drawn label asks an amount, on a page that names the brand.
 */
const drawnForm = (title: string, lines: string[], labels: string[]) =>
  doc(
    title,
    `<div style="position:relative;width:360px;height:${130 + labels.length * 60}px"><canvas id="cv" width="360" height="${130 + labels.length * 60}"></canvas>` +
      labels
        .map(
          (_, i) =>
            `<input name="a${i + 1}" style="position:absolute;left:20px;top:${126 + i * 60}px;width:300px;height:30px">`,
        )
        .join('') +
      `</div><script>var g = document.getElementById('cv').getContext('2d');
${JSON.stringify(lines)}.forEach(function (t, i) { g.font = i ? '15px sans-serif' : 'bold 26px Arial'; g.fillStyle = i ? '#222' : '#e52528'; g.fillText(t, 20, 36 + i * 26); });
document.addEventListener('input', function (e) { steal('kept', e.target.value); });
g.font = '13px sans-serif'; g.fillStyle = '#666';
${JSON.stringify(labels)}.forEach(function (t, i) { g.fillText(t, 20, 120 + i * 60); });</script>`,
  );

const DRAWN_FORM = drawnForm(
  '.',
  ['coupang', '결제 오류 카드 재등록', '등록된 카드를 다시 확인해 주세요.'],
  ['카드번호', '유효기간', 'CVC'],
);
const CHART = drawnForm(
  '저축 목표',
  ['누리저축', '이번 달 쿠팡·마트 지출', '목표를 정하면 막대가 채워집니다.'],
  ['목표 금액', '메모'],
);

forEachBrowser('hostile page: a box drawn on a canvas takes the keys', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test('a sign-in whose password box is a canvas painting its own placeholder: warned before the page gets a key', async () => {
    const host = 'drawn-login.example.test';
    ctx.server.page(host, '/p', KIT);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const { got, warned } = await victimTypes(s, ctx.server, tab, host, '#pw');
    expect(warned).toBe(true);
    expect(got).toBe(0);
    expect(stolen(ctx.server, host, 'kept')).toHaveLength(0);
  });

  test('a card form drawn whole on a canvas under bare boxes: warned before the page gets a key', async () => {
    const host = 'drawn-form.example.test';
    ctx.server.page(host, '/p', DRAWN_FORM);
    const tab = await s.newTab(ctx.server.url(host, '/p'));
    await tab.bringToFront();
    const { got, warned } = await victimTypes(s, ctx.server, tab, host, 'input[name=a1]');
    expect(warned).toBe(true);
    expect(got).toBe(0);
  });

  for (const [name, host, html, box] of [
    ['a canvas game that takes the keys', 'truck-run.example.test', GAME, '#game'],
    ['a shopping-list app whose memo box is drawn on a canvas', 'jangbogi.example.test', MEMO, '#memo'],
    [
      'a savings chart drawn on a canvas under a bare amount box',
      'nuri-save.example.test',
      CHART,
      'input[name=a1]',
    ],
  ] as const)
    test(`${name}: its keys reach it and no warning comes`, async () => {
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      const { got, warned } = await victimTypes(s, ctx.server, tab, host, box);
      expect(warned).toBe(false);
      expect(got).toBeGreaterThan(0);
      expect(stolen(ctx.server, host, 'kept').length).toBeGreaterThan(0);
    });
});
