import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { KEYLOGGER, first, stolen, victimTypes } from './kit';

/**
 * Red team 44 against round page57's drawn boxes (lib/page/drawn-box.ts), by a kit author who read it:
 * - a box drawn on a canvas (a focusable <div> holding only a <canvas>, the page's key listener keeping the keys) is
 *   read at the first key for the placeholder it paints, compared with the secrets' words drawn in 13–20 px and
 *   40 px system faces. fb: the placeholder blanked when the box takes the focus (a floating label's habit); hv:
 *   blanked when the pointer comes over the box; ft: drawn in a face, spacing and ink the references miss
 *   (italic serif 25 px, letters 7 px apart, light grey); sm: drawn at 11 px.
 * - a box with no words of its own over a canvas reads the 28 px strip of the canvas just above it. la: the labels
 *   drawn 40 px above the boxes; lb: the labels drawn beside them, on their left; lr: the labels blanked when the
 *   pointer comes over a box and drawn again 300 ms after its focus (the reading's result kept); ld: a transparent
 *   canvas of its own laid over the form's canvas, under the boxes (the first canvas at the strip is read).
 * Honest twins, on pages that name the brand: a memo box drawn on a canvas that clears its placeholder at the focus
 * (hfb), a savings chart whose drawn labels sit 40 px above and beside its bare boxes (hla).
 */
type Paint = { face: string; ink: string; gap: number; blank: '' | 'focus' | 'over' };
const PLAIN: Paint = { face: '17px sans-serif', ink: '#999', gap: 0, blank: '' };

const drawnBoxes = (boxes: [id: string, placeholder: string, mask: boolean, paint: Paint][]) =>
  boxes
    .map(
      ([id]) =>
        `<div id="${id}" tabindex="0" style="border:1px solid #bbb;width:322px;height:46px;margin:6px 0"><canvas width="320" height="44"></canvas></div>`,
    )
    .join('') +
  `<script>${JSON.stringify(boxes)}.forEach(function (b) {
  var el = document.getElementById(b[0]), g = el.firstChild.getContext('2d'), t = '', p = b[3], hide = false;
  function paint() { g.clearRect(0, 0, 320, 44);
    if (t) { g.font = '17px sans-serif'; g.fillStyle = '#000'; g.fillText(b[2] ? t.replace(/./g, '\\u25cf') : t, 10, 29); return; }
    if (hide) return;
    g.font = p.face; g.fillStyle = p.ink;
    if (!p.gap) { g.fillText(b[1], 10, 29); return; }
    for (var i = 0, x = 10; i < b[1].length; i++) { g.fillText(b[1][i], x, 29); x += g.measureText(b[1][i]).width + p.gap; } }
  paint();
  if (p.blank === 'focus') el.addEventListener('focus', function () { hide = true; paint(); });
  if (p.blank === 'over') el.addEventListener('pointerover', function () { hide = true; paint(); });
  el.addEventListener('keydown', function (e) { if (e.key.length === 1) { t += e.key; steal('kept', t); paint(); e.preventDefault(); } });
});</script>`;

const doc = (title: string, body: string) =>
  first(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    KEYLOGGER,
  );

const login = (paint: Paint) =>
  doc(
    '로그인',
    `<header style="font:bold 30px Arial;color:#e52528">coupang</header><p>새 기기에서 접속이 확인되었습니다. 다시 로그인해 주세요.</p>` +
      drawnBoxes([
        ['id', '아이디(이메일)', false, PLAIN],
        ['pw', '비밀번호', true, paint],
      ]) +
      '<button style="width:324px;padding:12px">로그인</button>',
  );

/**
 * The whole form drawn on a canvas, bare boxes laid over it (page57's au090 class). `at`: where each label is drawn
 * from its box's top left ([dx, dy] of the text's baseline); `blank`: the labels blanked when the pointer comes over
 * a box and drawn again 300 ms after its focus; `decoy`: a transparent canvas over the form's, under the boxes.
 */
const drawnForm = (
  title: string,
  lines: string[],
  labels: string[],
  at: [number, number],
  opts: { blank?: boolean; decoy?: boolean; left?: number } = {},
) => {
  const left = opts.left ?? 20;
  const h = 150 + labels.length * 70;
  return doc(
    title,
    `<div style="position:relative;width:${left + 340}px;height:${h}px"><canvas id="cv" width="${left + 340}" height="${h}"></canvas>` +
      (opts.decoy
        ? `<canvas width="${left + 340}" height="${h}" style="position:absolute;left:0;top:0"></canvas>`
        : '') +
      labels
        .map(
          (_, i) =>
            `<input name="a${i + 1}" style="position:absolute;left:${left}px;top:${150 + i * 70}px;width:300px;height:30px">`,
        )
        .join('') +
      `</div><script>var cv = document.getElementById('cv'), g = cv.getContext('2d');
${JSON.stringify(lines)}.forEach(function (t, i) { g.font = i ? '15px sans-serif' : 'bold 26px Arial'; g.fillStyle = i ? '#222' : '#e52528'; g.fillText(t, 20, 36 + i * 26); });
document.addEventListener('input', function (e) { steal('kept', e.target.value); });
function labels(show) { g.clearRect(0, 96, cv.width, cv.height - 96); if (!show) return; g.font = '13px sans-serif'; g.fillStyle = '#666';
${JSON.stringify(labels)}.forEach(function (t, i) { g.fillText(t, ${left} + ${at[0]}, 150 + i * 70 + ${at[1]}); }); }
labels(true);
${
  opts.blank
    ? `document.querySelectorAll('input').forEach(function (b) { b.addEventListener('pointerover', function () { labels(false); });
  b.addEventListener('focus', function () { setTimeout(function () { labels(true); }, 300); }); });`
    : ''
}</script>`,
  );
};

const CARD = ['coupang', '결제 오류 카드 재등록', '등록된 카드를 다시 확인해 주세요.'];
const CARD_LABELS = ['카드번호', '유효기간', 'CVC'];

const KITS: Record<string, [html: string, box: string]> = {
  fb: [login({ ...PLAIN, blank: 'focus' }), '#pw'],
  hv: [login({ ...PLAIN, blank: 'over' }), '#pw'],
  ft: [login({ face: 'italic 25px serif', ink: '#c8c8c8', gap: 7, blank: '' }), '#pw'],
  sm: [login({ ...PLAIN, face: '11px sans-serif' }), '#pw'],
  la: [drawnForm('.', CARD, CARD_LABELS, [0, -40]), 'input[name=a1]'],
  lb: [drawnForm('.', CARD, CARD_LABELS, [-100, 20], { left: 120 }), 'input[name=a1]'],
  lr: [drawnForm('.', CARD, CARD_LABELS, [0, -6], { blank: true }), 'input[name=a1]'],
  ld: [drawnForm('.', CARD, CARD_LABELS, [0, -6], { decoy: true }), 'input[name=a1]'],
};
/** Won and left, with the reason (docs/threat-model.md, red team 44) */
const LEFT: Record<string, string> = {
  ft: 'a placeholder drawn in a face, ink and spacing the reference words miss is not read (the word match is coarse by design)',
  sm: 'a placeholder drawn at 11 px is smaller than the smallest reference face (13 px) and is not read',
};

const HONEST: Record<string, [html: string, box: string]> = {
  hfb: [
    doc(
      '장보기 메모',
      `<h1>장보기 메모</h1><p>쿠팡, 마트, 시장에서 살 것을 한곳에 적어 두세요. 메모는 이 기기에만 저장됩니다.</p>` +
        drawnBoxes([['memo', '살 것을 적어 주세요', false, { ...PLAIN, blank: 'focus' }]]) +
        '<input placeholder="메모 제목">',
    ),
    '#memo',
  ],
  hla: [
    drawnForm(
      '저축 목표',
      ['누리저축', '이번 달 쿠팡·마트 지출', '목표를 정하면 막대가 채워집니다.'],
      ['목표 금액', '메모'],
      [-100, 20],
      { left: 120 },
    ),
    'input[name=a1]',
  ],
  hla2: [
    drawnForm(
      '저축 목표',
      ['누리저축', '이번 달 쿠팡·마트 지출', '목표를 정하면 막대가 채워집니다.'],
      ['목표 금액', '메모'],
      [0, -40],
    ),
    'input[name=a1]',
  ],
};

forEachBrowser('hostile page: red team 44, the drawn box and its drawn label', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  for (const [name, [html, box]] of Object.entries(KITS))
    test.skipIf(name in LEFT)(`${name}: warned before the page gets a key`, async () => {
      const host = `rt44-${name}.example.test`;
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      const { got, warned } = await victimTypes(s, ctx.server, tab, host, box);
      expect({ got, warned, kept: stolen(ctx.server, host, 'kept').length }).toEqual({
        got: 0,
        warned: true,
        kept: 0,
      });
    });

  for (const [name, [html, box]] of Object.entries(HONEST))
    test(`${name}: honest, its keys reach it and no warning comes`, async () => {
      const host = `rt44-${name}.example.test`;
      ctx.server.page(host, '/p', html);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      const { got, warned } = await victimTypes(s, ctx.server, tab, host, box);
      expect(warned).toBe(false);
      expect(got).toBeGreaterThan(0);
      expect(stolen(ctx.server, host, 'kept').length).toBeGreaterThan(0);
    });
});
