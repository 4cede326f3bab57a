import type { Translate } from './i18n';

/** What every view needs: the document to build in, the translator, the UI locale and a clock. */
export interface ViewContext {
  doc: Document;
  t: Translate;
  locale: string;
  now: () => number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Decorative icons (aria-hidden), built as DOM nodes. */
const ICONS = {
  warning: 'M12 2 1 21h22L12 2zm0 5.5 7.5 12.5h-15L12 7.5zM11 10v5h2v-5h-2zm0 6v2h2v-2h-2z',
  check:
    'M12 1 3 5v6c0 5.5 3.8 10.7 9 12 5.2-1.3 9-6.5 9-12V5l-9-4zm-1.5 16L6 12.5l1.4-1.4 3.1 3.1 6.1-6.1L18 9.5 10.5 17z',
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
  stop: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2zM11 6.5v7h2v-7h-2zm0 9v2h2v-2h-2z',
} as const;

/** The extension's own mark and name ("who says so"), on every warning and in the popup. */
export function brandMark(ctx: ViewContext, className = 'brandmark'): HTMLElement {
  const { doc } = ctx;
  const wrap = doc.createElement('div');
  wrap.className = className;
  const img = doc.createElement('img');
  img.setAttribute('src', '/icon/48.png');
  img.setAttribute('alt', '');
  img.setAttribute('width', '24');
  img.setAttribute('height', '24');
  const name = doc.createElement('span');
  name.className = 'brandmark-name';
  name.textContent = ctx.t('extName');
  wrap.append(img, name);
  return wrap;
}

export function icon(doc: Document, name: keyof typeof ICONS, className = 'icon'): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.appendChild(path);
  return svg;
}
