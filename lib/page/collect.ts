/**
 * One bounded walk over a Document that gathers everything the scorer needs, tagged with WHERE it was seen:
 * the page's own identity slots (head, site header, logo, footer) versus article prose, quotes and comments.
 * Works on any DOM (browser, linkedom): only firstChild/nextSibling, getAttribute, textContent and localName.
 */

import {
  adoptedSheets,
  CSS_CONTENT,
  CSS_DRAWN_PROPS,
  CSS_DRAWS_PROPS,
  styleText,
  contentStrings,
  CSS_IMPORT_DATA,
  CSS_VAR_STRING,
  cssUnescape,
  dataUrlText,
} from './css-text';

// Region bits, as plain constants so that the minifier writes them as numbers (the content script has a size
// budget); `Region` names them.
export const HEADER = 1;
export const FOOTER = 2;
export const ARTICLE = 4;
export const QUOTE = 8;
export const HIDDEN = 16;
export const LOGO = 32;
export const HEADING = 64;
export const ACTION = 128;
export const COMMENT = 256;
export const NAV = 512;
export const ASIDE = 1024;
export const FORM = 2048;
/** seen before the page's first heading, form or field: the top of the page */
export const TOP = 4096;
/**
 * Inside a quotation or comment region that is the page's own words (it asks for a secret, or it is nearly all
 * the page says): read as body, QUOTE and COMMENT never set under it. Internal to the walk.
 */
const OWNED = 8192;
/** a QUOTE region read as body (OWNED): its text still goes to codeText too, where a pasted command is looked for */
const CODE = 16384;
/**
 * A field only a page's own form asks for: no one quotes a live password box, and a comment form is a <textarea>
 * (with, on boards that take guests' comments, a password to edit it later)
 */
const SECRET_BOX =
  'input[type=password],input[autocomplete^=cc-],input[autocomplete=one-time-code],input[autocomplete$=-password]';

export const Region = {
  Header: HEADER,
  Footer: FOOTER,
  Article: ARTICLE,
  Quote: QUOTE,
  Hidden: HIDDEN,
  Logo: LOGO,
  Heading: HEADING,
  Action: ACTION,
  Comment: COMMENT,
  Nav: NAV,
  Aside: ASIDE,
  Form: FORM,
  Top: TOP,
} as const;

export interface ImageFact {
  src: string;
  /** alt, title, aria-label, SVG <title>/<text> */
  text: string;
  /** id/class/name of the element itself */
  ci: string;
  flags: number;
  /** href of the link around the image */
  link: string;
  /** colours an SVG mark is drawn with (inline <svg> or a data: SVG), "#rrggbb" space separated */
  colors?: string;
  /** the text right after the image in its parent (a caption), when the image has a text of its own */
  after?: string;
  /** the brand mark its pixels show (lib/page/logo-sig.ts, read by the scanner in the browser: LogoMarks) */
  mark?: string;
  /** the first line of a picture of text (a data: SVG of several lines of words), as a heading reads */
  head?: string;
  /** the picture heads a form: right before it in its box, with at most three short lines between (its face) */
  headsForm?: true;
}

/**
 * Elements and favicons whose pixels show a brand mark, found by the browser side (lib/page/logo-read.ts) before
 * the scan: the walk records where each sits, as it does for every image. Element → mark id; favicon href → id.
 */
export interface LogoMarks {
  elements: ReadonlyMap<Element, string>;
  icons: ReadonlyMap<string, string>;
  /** texts that say a brand name their web face draws as no letters of it (lib/page/drawn-text.ts): not read */
  undrawn?: ReadonlySet<Element>;
  /**
   * The browser's word on an element its markup hides (the `hidden` attribute, an inline `display:none` or
   * `visibility:hidden`): is it drawn after all? The page's stylesheet can show it (author CSS beats `hidden`; an
   * `!important` rule beats an inline style; a child sets `visibility:visible` again): red team 38, class A.
   * Without it (Node, linkedom) the markup is taken at its word.
   */
  shown?: (el: Element) => boolean;
  /**
   * The browser's word on an element hidden by an inline `visibility:hidden`: is any of its text drawn? (a child a
   * class of the sheet makes `visibility:visible` again: a call-only lure in plain paragraphs has no part the
   * `shown` asks reach; red team 39).
   */
  textShown?: (el: Element) => boolean;
}

/** Elements the markup hides that a scan asks the browser about; past it, the markup's hiding is not trusted. */
const MAX_SHOWN_CHECKS = 2000;

/** `LogoMarks.shown` in a browser: rendered and not invisible, by the cascade the page's sheets make */
export function styleShows(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const s = el.ownerDocument?.defaultView?.getComputedStyle(el);
  return !!s && s.display !== 'none' && s.visibility !== 'hidden';
}

/**
 * `LogoMarks.textShown` in a browser: `innerText` leaves out the text of boxes that are not visible, so a
 * wrapper's is not blank when a child draws (one layout read for the whole wrapper). An element not rendered at
 * all gives its whole text: read as shown, as text a stylesheet hides already is.
 */
export function textShows(el: Element): boolean {
  // (the prototype's own: a form's field named "innerText" shadows the member)
  const inner = typeof HTMLElement === 'function' ? get(HTMLElement.prototype, 'innerText') : null;
  return !!inner && /\S/.test(String(inner.call(el) ?? ''));
}

export interface HeadingFact {
  level: number;
  text: string;
  flags: number;
}

export interface FieldFact {
  type: string;
  autocomplete: string;
  /** raw hint strings: name, id, placeholder, aria-label, title, label text, nearby text */
  hints: string[];
  /** text just before an unlabelled field: read only when its own hints say nothing */
  near?: string;
  /** index into forms, or -1 outside any form */
  form: number;
  flags: number;
}

export interface FormFact {
  action: string;
  /** the form has a free-text box (comment, review, message) */
  textarea?: boolean;
  /** its buttons' and legend's text, for telling a comment form from a request (bounded) */
  words?: string;
}

export interface LinkFact {
  href: string;
  text: string;
  download: string;
  flags: number;
}

export interface PageFacts {
  title: string;
  meta: Map<string, string>;
  icons: string[];
  /** external stylesheet / script URLs */
  resources: string[];
  /** the addresses the page gives as its own: `<link rel=canonical>`, `<base href>` (bounded) */
  selfHrefs: string[];
  inlineScript: string;
  /** text shown as code or a quote (<pre>, <code>, <blockquote>): a command the reader is told to type (bounded) */
  codeText: string;
  jsonLd: string;
  images: ImageFact[];
  headings: HeadingFact[];
  headerText: string[];
  footerText: string[];
  logoText: string[];
  /** the first few text pieces before any heading, form or field (a text logo sits there) */
  topText: string[];
  /** visible text outside quotes and comments (includes header/footer text too) */
  prose: string[];
  proseChars: number;
  /** button / link / label texts */
  actionText: string[];
  articleChars: number;
  fields: FieldFact[];
  forms: FormFact[];
  links: LinkFact[];
  iframes: string[];
  /** ids/classes that look like copied structure (login/logo/member/brand words), space separated */
  structureTokens: string[];
  countdownAttr: boolean;
  /** strings drawn by CSS (`content: "\\CFE0\\D321"` on a logo's ::before), decoded */
  cssText: string[];
  /** runs of one-letter pieces read as one word (a wordmark drawn letter by letter) */
  letterRuns: string[];
  /** short texts a stylesheet shows in another order than the source's (flex order, a bidi override), as shown */
  reordered: string[];
  /**
   * Boxes whose text shows otherwise than it reads: letters a stylesheet rule or an inline style hides slipped
   * between their own ("c<i class=jk>x</i>o<i class=jk>q</i>u…" shows "cou…"), or words a class's ::before/::after
   * draws around an element ("cou<span class=cp></span>"): what they show, all their text, and whether at the top
   */
  unveiled: { seen: string; all: string; top: boolean }[];
  /** sentences a small page's script plays into it from a list (a chat's messages on a timer), not yet shown */
  played: string[];
  /** text of the site's navigation menus outside the footer (bounded) */
  navText: string[];
  /** title= tooltips and aria-label names of elements other than fields (bounded) */
  labelText: string[];
  /** single digits shown as clickable keys (a PIN keypad made of divs, no input element) */
  keypadKeys: number;
  elements: number;
  /** the mark the favicon's pixels show (LogoMarks) */
  iconMark?: string;
}

export interface CollectLimits {
  maxElements: number;
  maxTextChars: number;
  maxLinks: number;
  maxFields: number;
  maxImages: number;
  maxScriptChars: number;
}

export const DEFAULT_LIMITS: CollectLimits = {
  maxElements: 50_000,
  maxTextChars: 200_000,
  maxLinks: 2_000,
  maxFields: 200,
  maxImages: 400,
  maxScriptChars: 50_000,
};

/** how deep the walk recurses before it queues a subtree for later (each level is two frames of the stack) */
const MAX_DEPTH = 400;
/** the budget of one region read after the walk stopped at its own, and of all of them (readMissed) */
const REGION_ELEMENTS = 3_000;
const MISSED_ELEMENTS = 10_000;
/** `b` comes after `a` in document order, or inside it (linkedom's compareDocumentPosition compares depths only) */
function after(a: Node, b: Node): boolean {
  const up = (n: Node) => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const pa = up(a);
  const pb = up(b);
  if (pa[0] !== pb[0]) return false;
  let i = 1;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  // (b inside a: after; a inside b, or the same node: not)
  if (i === pa.length) return i < pb.length;
  if (i === pb.length) return false;
  for (let x = pa[i]!.nextSibling; x; x = x.nextSibling) if (x === pb[i]) return true;
  return false;
}
/** the walk's state at an element (readDeep) */
type WalkState = [
  number,
  HeadingFact | null,
  LinkFact | null,
  { text: string; pieces: number } | null,
  Element | null,
  string,
  string,
  boolean,
  boolean,
  number,
  number,
  Element[],
];
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Letters drawn as dots by CSS (`-webkit-text-security: disc`): a password box made of a plain one */
const MASKED = /text-security\s*:\s*(?:disc|circle|square)/i;
/** A stylesheet rule that draws a box's letters as dots: its selector */
const CSS_MASKED = /([^{}]{1,200})\{[^{}]*?text-security\s*:\s*(?:disc|circle|square)/gi;
/** An inline style that makes an element's letters unseen (`<i style="font-size:0">x</i>` between a name's letters) */
// (zero however written — "0", "0.0px", ".0", "0pt" —, a zero scale, a clip that leaves nothing, far off the screen)
const VEIL_DECL =
  'font-size\\s*:\\s*(?:0+(?:\\.0*)?|\\.0+)(?:px|em|rem|%|pt|vw|vh|ch|ex)?\\s*(?:[;!}]|$)|opacity\\s*:\\s*(?:0+(?:\\.0*)?|\\.0+)%?\\s*(?:[;!}]|$)|color\\s*:\\s*transparent|transform\\s*:\\s*scale[xy]?\\(\\s*0(?:\\.0*)?\\s*[,)]|clip-path\\s*:\\s*(?:inset\\(\\s*50%|circle\\(\\s*0)|(?:left|top|text-indent|margin-left)\\s*:\\s*-\\d{3,}';
const VEIL_STYLE = new RegExp(VEIL_DECL, 'i');
/** A rule that makes what it selects unseen: its selector (any selector: the page is asked which elements it selects) */
const CSS_VEIL_RULE = new RegExp(
  `([^{}]{1,200})\\{(?=[^{}]{0,400}?(?:${VEIL_DECL}|display\\s*:\\s*none))`,
  'gi',
);
/** A class whose ::before or ::after draws a string: the class, then the string (either quote) */
const CSS_DRAWN_BY =
  /\.([\w-]{1,60})::?(before|after)\s*\{[^{}]{0,300}?content\s*:\s*(?:"((?:[^"\\]|\\.){1,120})"|'((?:[^'\\]|\\.){1,120})')/g;
/** A class rule whose letters no one sees (no size, no colour, not shown, pushed off the screen): its class */
const CSS_VEILED = new RegExp(
  `\\.([\\w-]{1,60})\\s*\\{(?=[^{}]{0,300}?(?:${VEIL_DECL}|display\\s*:\\s*none|visibility\\s*:\\s*hidden))`,
  'gi',
);
/** Words that have the reader run or paste something (a run box, a shell, Ctrl + V): cheap, read before the handlers */
const RUN_WORDS =
  /(?:win|windows|윈도우|⊞)\s*(?:로고\s*)?(?:키|key)?\s*\+|powershell|명령\s*프롬프트|실행\s*창|붙여\s*넣|\bpaste\b|ctrl\s*\+\s*v/i;
/** The handler attributes a hidden element's reveal may be written in. */
const HANDLER_ATTRS = [
  'onclick',
  'onchange',
  'oninput',
  'onsubmit',
  'onmouseover',
  'onmousedown',
  'onmouseup',
  'onpointerdown',
  'onpointerup',
  'ontouchstart',
  'ontouchend',
  'onkeydown',
  'onkeyup',
  'onfocus',
];
/** A click handler that writes the next step's markup itself (`onclick="nx.innerHTML=atob('PGZvcm0…')"`) */
const WRITES_MARKUP = /innerHTML|insertAdjacentHTML|document\.write/;
const WRITES_SELECTOR =
  '[onclick*="innerHTML"], [onclick*="insertAdjacentHTML"], [onclick*="document.write"]';
/** Attributes that name the element a control shows (a wizard's next step, a toggle's panel). */
const NEXT_ATTRS = [
  'data-next',
  'data-target',
  'data-show',
  'data-step',
  'data-goto',
  'data-open',
  'data-bs-target',
  'aria-controls',
];
/** How much text under hidden elements is kept in case the page's script shows it (characters). */
const MAX_LATER_TEXT = 6000;
/** A script that shows something hidden: display set to other than none, the hidden property or attribute off */
// (… or the property set to another falsy value, `b.hidden=0` — a wizard's next step — page51)
// (… or a choice that shows it on a step, "b.style.display = location.hash == '#b' ? '' : 'none'": its first branch)
// (… or a wizard's step hidden unless it is the one asked for, `el.hidden = (i != n)` — page-r2-ax)
const SHOWS =
  /\.hidden\s*=\s*\(?\s*[\w$.]{1,20}\s*!==?\s*[\w$.]{1,20}\s*\)?\s*[;,)}\n]|\.style\.display\s*=\s*(?:[^;?:\n]{1,60}\?\s*)?['"](?!none)|\.style\.visibility\s*=\s*['"]visible|\.hidden\s*=\s*(?:false|!1|0(?![\w.])|null|![a-z_$][\w.$]{0,40})|removeAttribute\(\s*['"](?:hidden|style)|toggleAttribute\(\s*['"]hidden['"]\s*,\s*(?:false|!1)/;
/** A file box's words for an identity card's picture (tight, lower case; "Photo of your ID" — page60) */
const ID_PICTURE =
  /신분증|주민증|주민등록증|운전면허증|면허증|외국인등록증|여권|idcard|identitycard|driverslicen[cs]e|residentcard|passport|(?:photo|picture|image|scan|copy)of(?:your|the)?id(?:entification)?(?![a-z])/;
/**
 * … or for a picture of the text message a one-time code came in (tight, lower case): "인증 문자 화면을 캡처하여",
 * "받은 문자함 스크린샷" — the code relayed as a picture. A report's screenshot of a scam message names no code.
 */
export const CODE_PICTURE =
  /(?:인증|승인|보안)(?:번호|코드)?(?:문자|메시지|sms)(?:화면)?(?:을|를)?(?:캡처|캡쳐|스크린샷|찍어|촬영)|문자함(?:화면)?(?:을|를)?(?:캡처|캡쳐|스크린샷)|(?:verification|otp)(?:code)?(?:sms|text|message)screenshot/;
/** … or a payment barcode or QR, the one a till scans to charge the reader (tight, lower case) */
export const PAY_CODE = /(?:결제|페이|pay)용?(?:바코드|qr|barcode)|payment(?:barcode|qr)/;
/** A string a dialog asks with: "… 입력하세요", "… 알려 주세요", "Enter your …" */
const PROMPT_ASKS = /입력|알려\s?주|적어\s?주|기재|enter\s|type\s|provide/i;
/** Words that ask for a file to be given */
const UPLOAD = /올리|올려|업로드|첨부|촬영|찍어|선택|등록|제출|보내|upload|attach|choose|select|submit/i;
const SILENT_INPUT = /^(hidden|submit|button|reset|image|checkbox|radio|file|range|color)$/;

// What a tag means to the walk, looked up once per element (a Map hit is cheaper than several regex tests):
// the Region bits the tag sets by itself, plus these traits (above the Region bits).
const REGION_BITS = 0xffff;
const SKIP = 1 << 16;
/** leaf-like tags (links, images, list items, table cells, inline text) mark regions by class only */
const LEAF = 1 << 17;
/** the top of the page ends at the first heading, form or field */
const END_TOP = 1 << 18;
/** a class name that reads as a site header (applied outside articles only) */
const HEADER_WORD = 1 << 19;
/** a class name that reads as copied structure / a countdown */
const STRUCT_WORD = 1 << 20;
const COUNTDOWN_WORD = 1 << 21;
/** tags the walk does not enter (their children, if any, are not read as the page's) */
const NOT_ENTERED = 1 << 22;
const TAGS = new Map<string, number>();
for (const [names, bits] of [
  // (a ruby's reading, <rt>/<rp>, is a gloss over the letters: "<ruby>쿠<rt>cou</rt></ruby>" reads 쿠)
  ['noscript template embed canvas video audio map rt rp', SKIP],
  ['a img li td th tr b i u strong em small font option br sub sup dd dt', LEAF],
  ['h1 h2 h3 form input select textarea article main', END_TOP],
  ['article', ARTICLE],
  ['nav', NAV],
  ['aside', ASIDE],
  ['form', FORM],
  ['footer', FOOTER],
  ['blockquote q pre code del cite', QUOTE],
  ['button a label summary', ACTION],
  ['style meta link title script object iframe frame', NOT_ENTERED],
] as const)
  for (const n of names.split(' ')) TAGS.set(n, (TAGS.get(n) ?? 0) | bits);
/**
 * An element's localName → its lower-case tag and TAGS bits: one Map hit per element where toLowerCase() made a
 * new string and TAGS was asked besides (a page's names repeat: "div", "li", "a"). Bounded: past 500 names (a page
 * of invented custom elements) each further one is worked out as before.
 */
const TAG_OF = new Map<string, { tag: string; info: number }>();
function tagOf(name: string): { tag: string; info: number } {
  let t = TAG_OF.get(name);
  if (!t) {
    const tag = name.toLowerCase();
    t = { tag, info: TAGS.get(tag) ?? 0 };
    if (TAG_OF.size < 500) TAG_OF.set(name, t);
  }
  return t;
}

// class / id words: the region they mark, or a word the scorer counts
const CI_BITS = [
  [
    /article|post-?content|post-?body|entry-?content|news-?body|story-?body|view-?content|newsct|se-main-container|blog-?post/,
    ARTICLE,
  ],
  [/comment|reply|댓글|guestbook|disqus/, COMMENT],
  [/quote|인용/, QUOTE],
  [/logo|로고|brand|(?:^|[\s_-])(?:ci|bi)(?:[\s_-]|$)|symbol/, LOGO],
  [/footer|copyright|site-?info|company-?info|biz-?info|corp-?info|bottom-?info|\bfoot\b/, FOOTER],
  [/sidebar|side-bar|widget|(?:^|[\s_-])ads?(?:[\s_-]|$)|advert|promo|related/, ASIDE],
  [/header|gnb|masthead|topbar|top-bar|navbar|top_menu|topmenu/, HEADER_WORD],
  [/login|logo|member|coupang|쿠팡|pang/, STRUCT_WORD],
  [/countdown|count-down|timer|time-?left|remain/, COUNTDOWN_WORD],
] as const;
// one combined test first: most class names ("card", "price") match none of the words
const ANY_CI = new RegExp(CI_BITS.map(([re]) => re.source).join('|'));

/** Region bits and words of one lower-case class/id string. */
function ciBits(ci: string): number {
  let bits = 0;
  if (ci.length > 1 && ANY_CI.test(ci)) for (const [re, bit] of CI_BITS) if (re.test(ci)) bits |= bit;
  return bits;
}

/*
 * DOM clobbering: a form's fields shadow the form's own members (<input name="hasAttributes">), and named
 * images shadow the document's (<img name="childNodes">), so a fake page could make the scan throw or read
 * nothing. In a browser the members are taken from the prototypes, which page markup cannot shadow; in Node
 * (linkedom, no named access) plain member access is the same thing.
 */
const EP = typeof Element === 'function' ? Element.prototype : null;
const get = (p: object | null, k: string) => p && Object.getOwnPropertyDescriptor(p, k)?.get;
const LOCAL_NAME = get(EP, 'localName');
const NP = typeof Node === 'function' ? Node.prototype : null;
const FIRST_CHILD = get(NP, 'firstChild');
const CHILD_NODES = get(NP, 'childNodes');
const NEXT_SIBLING = get(NP, 'nextSibling');
const PARENT_NODE = get(NP, 'parentNode');
const PREV_ELEMENT = get(EP, 'previousElementSibling');
const NEXT_ELEMENT = get(EP, 'nextElementSibling');
const FIRST_ELEMENT = get(EP, 'firstElementChild');
const prevElement = (el: Element) =>
  (PREV_ELEMENT ? PREV_ELEMENT.call(el) : el.previousElementSibling) as Element | null;
const nextElement = (el: Element) =>
  (NEXT_ELEMENT ? NEXT_ELEMENT.call(el) : el.nextElementSibling) as Element | null;
const firstElement = (el: Element) =>
  (FIRST_ELEMENT ? FIRST_ELEMENT.call(el) : el.firstElementChild) as Element | null;
/** el holds an element sel selects (Element.prototype's querySelector: a <form>'s field cannot shadow it) */
const QUERY = EP?.querySelector;
const holds = (el: Element, sel: string) => !!(QUERY ? QUERY.call(el, sel) : el.querySelector(sel));
/** A button in a step that shows the step after it (page-r2-ay) */
const NEXT_BUTTON = '[onclick*=nextElementSibling]';
/** The next step a button shows by itself (`onclick="this.nextElementSibling.style.display='block'"`) */
const SHOWS_NEXT =
  /nextElementSibling\s*\.\s*(?:style\s*\.\s*display\s*=\s*['"](?!none)|hidden\s*=\s*(?:false|!1)|removeAttribute\(\s*['"](?:hidden|style))/;
/**
 * The length of an element's text once trimmed, `(el.textContent ?? '').trim().length`, exact up to `max` and some
 * number above `max` beyond it: it reads no more text than that, where textContent would join a whole <main> of
 * thousands of product cards (its descendant text nodes in document order, CDATA included, as textContent does).
 */
function trimmedLengthUpTo(el: Element, max: number): number {
  // characters from the first non-space one, and the spaces that end them (trim() drops both ends)
  let len = 0;
  let trail = 0;
  let node = (FIRST_CHILD ? FIRST_CHILD.call(el) : el.firstChild) as Node | null;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) {
      let d = (node as Text).data;
      if (!len) d = d.trimStart();
      if (d) {
        const end = d.trimEnd().length;
        len += d.length;
        trail = end ? d.length - end : trail + d.length;
        if (len - trail > max) return len - trail;
      }
    }
    let next = type === 1 ? ((FIRST_CHILD ? FIRST_CHILD.call(node) : node.firstChild) as Node | null) : null;
    while (!next && node && node !== el) {
      next = (NEXT_SIBLING ? NEXT_SIBLING.call(node) : node.nextSibling) as Node | null;
      if (!next) node = (PARENT_NODE ? PARENT_NODE.call(node) : node.parentNode) as Node | null;
    }
    node = next;
  }
  return len - trail;
}

/** No reflected members: the attributes are read instead (one shared object, not one per element) */
const NO_MEMBERS: Partial<HTMLElement> = Object.freeze({});

type Method = 'getAttribute' | 'hasAttribute' | 'hasAttributes' | 'getAttributeNode';
/** Element.prototype's own members, taken once */
const METHODS = EP && {
  getAttribute: EP.getAttribute,
  hasAttribute: EP.hasAttribute,
  hasAttributes: EP.hasAttributes,
  getAttributeNode: EP.getAttributeNode,
};
/**
 * el[k](...a), with k looked up on Element.prototype when there is one. (In Node each member is named: a computed
 * el[k] over the dozens of element classes of a big page is V8's slow generic lookup, a tenth of the scan.)
 */
const call = (el: Element, k: Method, a?: string): unknown => {
  if (METHODS) return (METHODS[k] as (this: Element, a?: string) => unknown).call(el, a);
  switch (k) {
    case 'getAttribute':
      return el.getAttribute(a!);
    case 'hasAttributes':
      return el.hasAttributes();
    case 'hasAttribute':
      return el.hasAttribute(a!);
    default:
      return el.getAttributeNode(a!);
  }
};

/**
 * A box inside a disabled fieldset is disabled too, as the browser makes it: a scam report's reproduced form
 * ("재현 화면(비활성)" around a fake refund form) takes nothing. Not inside the set's first legend, which the
 * browser leaves enabled (a kit's boxes put there still count).
 */
function inDisabledSet(el: Element): boolean {
  for (let c: Element = el, p = el.parentElement; p; c = p, p = p.parentElement) {
    if (p.localName !== 'fieldset' || !call(p, 'hasAttribute', 'disabled')) continue;
    let first: Element | null = p.firstElementChild;
    while (first && first.localName !== 'legend') first = first.nextElementSibling;
    if (c !== first) return true;
  }
  return false;
}

/**
 * A handler with what it reads of its own element written in, quoted: `atob(this.value)`, `'tel:'+this.dataset.n`,
 * `this.getAttribute('data-u')` — the script's text then says where it goes
 */
function ownValues(el: Element, code: string): string {
  if (!code.includes('this.')) return code;
  const q = (v: string) => `'${v.replace(/['\\\n]/g, '')}'`;
  return code
    .replace(/this\.value\b/g, () => q(attr(el, 'value')))
    .replace(/this\.dataset(?:\.([a-z]\w*)|\[\s*['"]([\w-]+)['"]\s*\])/gi, (_, a?: string, b?: string) =>
      q(attr(el, `data-${(a ?? b ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)),
    )
    .replace(/this\.getAttribute\(\s*['"]([\w-]+)['"]\s*\)/g, (_, n: string) => q(attr(el, n)));
}

/**
 * What a box's data attributes call it, which a script copies into its placeholder or a label at load
 * (`i.placeholder = i.dataset.ph`, `data-name="sms_code"` on a drawn code box): the words the reader sees there
 */
function dataHints(el: Element): string[] {
  return ['placeholder', 'ph', 'label', 'name', 'field'].map((n) => attr(el, `data-${n}`));
}

function attr(el: Element, name: string): string {
  const v = call(el, 'getAttribute', name) as string | null;
  return v == null ? '' : v;
}

/** Elements that can host a shadow root (attachShadow): custom elements and these. */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);
/** One text node is read up to this many characters: a 10 MB text node costs no more than a page. */
const MAX_NODE_TEXT = 20_000;
/** Characters of text kept from the end of a page longer than maxTextChars */
const TAIL_TEXT = 20_000;

/** A tracking pixel: an <img> at most 2 × 2 by its attributes (its height read only where its width is a pixel's) */
const isPixel = (el: Element) =>
  /^[0-2](?:px)?$/.test(attr(el, 'width')) && /^[0-2](?:px)?$/.test(attr(el, 'height'));

function cap(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : s;
}

/**
 * An empty array for objects or strings. A literal `[]` starts as an array of small integers, and the first
 * object pushed changes its kind: the walk's optimized code, built while a list was still empty, then throws
 * itself away at that push ("not a Smi"), one list after another — a dozen rebuilds of the walk over the first
 * hundreds of scans, each run meanwhile in slower code (most of the bench's 25 runs on its 10,000-element page).
 * Made from an array that held a non-number once, every list has that kind from the start.
 */
function emptyList<T>(): T[] {
  const a: T[] = [undefined as T];
  a.length = 0;
  return a;
}

export function collect(
  doc: Document,
  limits: CollectLimits = DEFAULT_LIMITS,
  shadowRootOf: (el: Element) => ShadowRoot | null = shadowOf,
  parseHtml?: HtmlParser,
  marks?: LogoMarks,
  quotesOwn = false,
): PageFacts {
  // (the browser asked whether an element the markup hides is drawn: LogoMarks.shown)
  const shownByStyle = marks?.shown;
  let shownChecks = 0;
  // An element the markup hides by `visibility:hidden` alone whose children may be drawn all the same (a child's
  // `visibility:visible`, by a class the sheet gives): its parts that matter are asked, up to 20, and one drawn reads
  // the whole as shown
  const seenInside = (el: Element, style: string): boolean => {
    if (!style || /display\s*:\s*none/i.test(style) || !/visibility\s*:\s*hidden/i.test(style)) return false;
    if (call(el, 'hasAttribute', 'hidden')) return false;
    try {
      // (the prototype's own: a form's field named "querySelectorAll" shadows the member)
      const qsa = EP?.querySelectorAll ?? el.querySelectorAll;
      const parts = Array.from(qsa.call(el, 'form,input,textarea,h1,h2,h3,header,footer')).slice(0, 20);
      if (parts.some((p) => ++shownChecks <= MAX_SHOWN_CHECKS && shownByStyle!(p))) return true;
      // (none of them: is any of its text drawn? a call-only lure of plain paragraphs has no such part)
      return ++shownChecks <= MAX_SHOWN_CHECKS && !!marks?.textShown?.(el);
    } catch {
      return false;
    }
  };
  /** characters read under QUOTE (not COMMENT), and outside QUOTE and COMMENT: does the quotation fill the page? */
  let quotedChars = 0;
  let ownChars = 0;
  const f: PageFacts = {
    title: '',
    meta: new Map(),
    icons: emptyList(),
    resources: emptyList(),
    selfHrefs: emptyList(),
    inlineScript: '',
    codeText: '',
    jsonLd: '',
    images: emptyList(),
    headings: emptyList(),
    headerText: emptyList(),
    footerText: emptyList(),
    logoText: emptyList(),
    topText: emptyList(),
    prose: emptyList(),
    proseChars: 0,
    actionText: emptyList(),
    articleChars: 0,
    fields: emptyList(),
    forms: emptyList(),
    links: emptyList(),
    iframes: emptyList(),
    labelText: emptyList(),
    letterRuns: emptyList(),
    reordered: emptyList(),
    unveiled: emptyList(),
    played: emptyList(),
    navText: emptyList(),
    structureTokens: emptyList(),
    countdownAttr: false,
    cssText: emptyList(),
    keypadKeys: 0,
    elements: 0,
  };
  const labelsFor = new Map<string, Element>();
  const fieldEls: { el: Element; label: Element | null; fact: FieldFact }[] = emptyList();
  /** boxes whose inline background is an SVG drawing words, top to bottom: labels a form draws behind its boxes */
  const drawnLabels = new Map<Element, string[]>();
  let textBudget = limits.maxTextChars;
  /** text past the budget, its last TAIL_TEXT characters from tail[tailFrom] on */
  const tail: string[] = emptyList();
  let tailChars = 0;
  let tailFrom = 0;
  let scriptBudget = limits.maxScriptChars;
  let currentForm = -1;
  // form element → its index: a browser's parser moves a <form> out of a <table>, leaving its fields outside
  // it; the field's own form owner (input.form) still names it
  const formIndex = new Map<unknown, number>();
  /** the last <img>/<svg> read, and its fact */
  let lastImg: { el: Element; fact: ImageFact } | null = null;
  /** a box of fields outside any form was looked at for the picture that heads it */
  let boxHeaded = false;
  /**
   * The picture right before a form in its box ("<img alt=''> <p>회원정보 유출 조회</p> <form>"), with at most three
   * short lines and no other picture or field between, up to four boxes out: where the form's logo sits, wherever
   * the box is (an "article", a "mail" body, a widget).
   */
  const markHead = (el: Element) => {
    if (!lastImg) return;
    let node: Element | null = el;
    for (let level = 0, between = 0; level < 5 && node; level++, node = node.parentElement) {
      for (let p = prevElement(node); p; p = prevElement(p)) {
        // (a tracking pixel between them is no line and no picture)
        if (p.localName === 'img' && isPixel(p)) continue;
        // (its text's length counted only as far as the tests below need: > 80 is all they ask of a long one)
        const words = trimmedLengthUpTo(p, 80);
        // (the picture itself, or a box that holds it and nothing else: a link, a <picture>)
        // (a box whose only element is the picture — a logo's link — is seen so without a selector: linkedom
        // compiles one on every call)
        if (
          p === lastImg.el ||
          (words <= 2 &&
            ((firstElement(p) === lastImg.el &&
              !nextElement(lastImg.el) &&
              (lastImg.el.localName === 'svg' || !firstElement(lastImg.el))) ||
              (p.contains(lastImg.el) &&
                !p.querySelector(':not(a, picture, source, img, svg, svg *, span:empty)'))))
        ) {
          lastImg.fact.headsForm = true;
          return;
        }
        // (… and a box that holds the picture with more — a QR beside its caption — is no face of the form's)
        if (
          ++between > 3 ||
          words > 80 ||
          // (a box with no element in it holds no field: linkedom compiles the selector on every call)
          (firstElement(p) && p.querySelector('input, select, textarea, form')) ||
          (p !== lastImg.el && p.contains(lastImg.el))
        )
          return;
      }
    }
  };
  let currentLabel: Element | null = null;
  let currentLink = '';
  /** the id of the element that hides the subtree being walked (inline display:none, the hidden attribute) */
  let hiddenBy = '';
  /** fields under a hidden element with an id: read as asked if the page's script shows that element */
  const later: { by: string; el: Element; label: Element | null; fact: FieldFact }[] = emptyList();
  /** text under a hidden element with an id: read as shown if the page's script shows that element */
  const laterText: { by: string; text: string; heading?: number }[] = emptyList();
  let laterChars = 0;
  /**
   * A click handler in the document's own tree writes markup (WRITES_MARKUP): read off the elements the walk meets
   * there (not in a shadow root, a template's content or a parsed document: a selector on the document reaches
   * none of them), a subtree the walk does not enter asked by selector, the whole document when the walk stopped
   * early. One selector over a 10,000-element page was a fifth of linkedom's scan.
   */
  let writes = false;
  /** the document is asked by selector after the walk */
  let writesUnread = false;
  /** walks outside the document's own tree under way (shadow roots, templates' content, parsed documents) */
  let foreign = 0;
  /** a file box seen that names no picture of its own (read after the walk by the words around it) */
  let fileBox = false;
  const writesUnder = (el: Element): void => {
    if (writes || foreign || writesUnread) return;
    try {
      if (firstElement(el) && el.querySelector(WRITES_SELECTOR)) writes = true;
    } catch {
      writesUnread = true;
    }
  };
  const writesIn = (el: Element): void => {
    if (writes || foreign || writesUnread) return;
    if (WRITES_MARKUP.test(attr(el, 'onclick'))) writes = true;
    else writesUnder(el);
  };
  let top = true;
  let picTop = true;
  // the heading / link whose text the walk is inside (text is appended as it is met)
  let heading: HeadingFact | null = null;
  let link: LinkFact | null = null;
  let logo: { text: string; pieces: number } | null = null;
  /** the element budget of the walk (raised once for the regions read after it stopped: readMissed) */
  let elementCap = limits.maxElements;
  /** subtrees met past MAX_DEPTH, with the walk's state where they were met: read after the walk */
  const deep: { el: Element; flags: number; state: WalkState }[] = [];
  const saveState = (): WalkState => [
    currentForm,
    heading,
    link,
    logo,
    currentLabel,
    currentLink,
    hiddenBy,
    top,
    picTop,
    foreign,
    inFrame,
    slotHosts.slice(),
  ];
  const loadState = (s: WalkState): void => {
    [currentForm, heading, link, logo, currentLabel, currentLink, hiddenBy, top, picTop, foreign, inFrame] =
      s;
    slotHosts.length = 0;
    slotHosts.push(...s[11]);
  };
  /** the first element of the document's own tree the element budget turned away: it and all after it are unread */
  let stoppedAt: Element | null = null;
  /**
   * The walk stopped at its budget (50,000 empty elements a kit puts first spend it): what the user is shown and acts
   * in is read with a budget of its own — the region of each secret box, `tel:` link, h1–h3, header and footer past
   * the stop: its form or the nearest box past the stop that holds some text (≤ REGION_ELEMENTS each,
   * ≤ MISSED_ELEMENTS in all). Never on a page the walk read whole.
   */
  const readMissed = (from: Element, root: number): void => {
    const unread = (x: Element) =>
      x === from || (native ? !!(from.compareDocumentPosition(x) & 4) : after(from, x));
    let list: NodeListOf<Element> | undefined;
    try {
      list = doc.querySelectorAll?.(`${SECRET_BOX},a[href^="tel:" i],h1,h2,h3,header,footer`);
    } catch {
      return;
    }
    const regions: Element[] = [];
    const end = f.elements + MISSED_ELEMENTS;
    for (let i = 0, n = 0; list && i < list.length && n < limits.maxFields && f.elements < end; i++) {
      const t = list[i]!;
      if (!unread(t) || regions.some((r) => r.contains(t))) continue;
      n++;
      let region = t;
      for (let level = 0; level < 12; level++) {
        const p = region.parentElement;
        if (!p || !unread(p) || regions.some((r) => p.contains(r))) break;
        region = p;
        if (region.localName === 'form' || (region.textContent ?? '').length >= 200) break;
      }
      regions.push(region);
      let flags = root;
      for (let a = region.parentElement; a; a = a.parentElement)
        if (call(a, 'hasAttribute', 'hidden') || HIDDEN_STYLE.test(attr(a, 'style'))) flags |= HIDDEN;
      [currentForm, heading, link, logo, currentLabel, currentLink, hiddenBy, foreign] = [
        -1,
        null,
        null,
        null,
        null,
        '',
        '',
        0,
      ];
      elementCap = Math.min(end, f.elements + REGION_ELEMENTS);
      visit(region, flags, 0);
      readDeep();
    }
    elementCap = f.elements;
  };
  /** the deep subtrees, each from depth 0 (one met past the depth again is queued behind them) */
  const readDeep = (): void => {
    if (!deep.length) return;
    const outer = saveState();
    for (let i = 0; i < deep.length; i++) {
      const d = deep[i]!;
      loadState(d.state);
      visit(d.el, d.flags, 0);
    }
    deep.length = 0;
    loadState(outer);
  };
  let frames = 0;
  /** digits met one per text piece since the last longer text (a keypad drawn without buttons) */
  const keyRun = new Set<string>();
  const blankKeys = new Map<Element, number>();
  /** inside a same-origin frame or embedded document (its <title> is one more title segment) */
  let inFrame = 0;
  /** documents parsed from frames and script-carried markup: read by the selector pass below too */
  const parsed: Node[] = emptyList();
  const inert = (html: string) => {
    const d = inertFragment(html, parseHtml);
    if (d && parsed.length < 4) parsed.push(d);
    return d;
  };
  /** shadow roots and declarative templates walked: the contenteditable pass below reads them too */
  const shadows: Node[] = emptyList();
  /** the hosts whose shadow roots are being walked (innermost last), and the children their slots showed */
  const slotHosts: Element[] = emptyList();
  const slotted = new Set<Element>();
  /** attributes a stylesheet draws as text (content: attr(x)), and what they drew, in document order */
  const cssAttrs: string[] = emptyList();
  /** a box's label a stylesheet draws from an attribute (`.l::before{content:attr(data-t)}`) of the box, the
   * element before it or its wrapper: the words a reader sees over the box */
  const drawnLabel = (el: Element): string => {
    if (!cssAttrs.length && !drawnBy.size) return '';
    for (const x of [el, prevElement(el), el.parentElement]) {
      for (const a of cssAttrs) {
        const v = x ? attr(x, a) : '';
        if (v) return cap(v, 120);
      }
      // (… or words a class's ::before draws, `.d::before{content:'결제 비밀번호 6자리'}` on the element before it)
      if (x && drawnBy.size)
        for (const c of attr(x, 'class').toLowerCase().split(/\s+/)) {
          const v = c ? drawnBy.get(c) : undefined;
          if (v) return v;
        }
    }
    return '';
  };
  /** classes whose ::before or ::after a stylesheet draws words in, lower case → the words */
  const drawnBy = new Map<string, string>();
  const drawnBefore = new Map<string, string>();
  const drawnAfter = new Map<string, string>();
  /** classes and ids a stylesheet draws as dots (`.pw{-webkit-text-security:disc}`), lower case */
  const maskedBy = new Set<string>();
  /** classes a stylesheet places by flex order (`.o1{order:1}`), lower case → their order */
  const orderBy = new Map<string, number>();
  /** classes a stylesheet turns right to left with a bidi override, lower case */
  const rtlBy = new Set<string>();
  /** classes a stylesheet makes unseen (`.jk{font-size:0}`, `.x{position:absolute;left:-999px}`), lower case */
  const veiledBy = new Set<string>();
  /** the boxes such elements sit in (their parents), with whether they sit at the top of the page */
  const veilCarriers = new Map<Element, boolean>();
  /** other selectors of rules that make what they select unseen (asked of the document after the walk) */
  const veilSelectors: string[] = emptyList();
  /** the elements those selectors select */
  const veiledEls = new Set<Element>();
  const masked = (style: string, ci: string) =>
    (!!style && MASKED.test(style)) || (maskedBy.size > 0 && ci.split(/\s+/).some((t) => maskedBy.has(t)));
  let attrDrawn = '';
  /** the children's styles the last placedFirst read (element, style, …) */
  const styleRead: unknown[] = [null, '', null, '', null, '', null, ''];
  const styleOf = (el: Element): string => {
    for (let i = 0; i < 8 && styleRead[i]; i += 2) if (styleRead[i] === el) return styleRead[i + 1] as string;
    return attr(el, 'style');
  };
  /** the last box whose children's flex order was read */
  let orderedBox: Element | null = null;
  /** a data: SVG drawn somewhere (a stylesheet background, an <object>): read as an image by its text */
  const pushSvg = (src: string, flags: number, ci: string) => {
    const svg = decodeDataUrl(cap(src, 40_000));
    const colors = svg ? svgColors(svg) : undefined;
    // (its first line too, as an <img>'s: a box's background that draws "coupang" over a warning — page-r2-ax)
    const head = svg ? svgHead(svg) : undefined;
    f.images.push({
      src: cap(src, 500),
      text: svg ? svgText(svg) : '',
      ci,
      flags,
      link: currentLink,
      ...(colors ? { colors } : {}),
      ...(head ? { head } : {}),
    });
  };
  /** an element whose pixels show a brand mark: an image fact of its own, where it sits */
  const pushMark = (el: Element, flags: number, ci: string) => {
    const mark = marks!.elements.get(el);
    if (mark && f.images.length < limits.maxImages)
      f.images.push({ src: '', text: '', ci, flags, link: currentLink, mark });
  };
  const ciSeen = new Map<string, { ci: string; bits: number }>();
  // a browser's DOM (linkedom's documents print as [object Object])
  const native = Object.prototype.toString.call(doc).endsWith('Document]');
  // (a browser's selector is native: one query over the document costs less than an attribute read per element —
  // 0.4 against 0.8 ms on the 10,000-element page in Chromium — so there the walk reads no handler; once the
  // document will be asked anyway, the walk stops reading them too)
  writesUnread = native;

  /** A stylesheet's text (a <style>, a data: stylesheet, an @import of one, a sheet a script adopted) */
  const readCss = (css: string, inherited: number, nested = 0): void => {
    // text drawn by CSS: content:"\CFE0\D321" (쿠팡) on a logo's pseudo-element
    if (css.includes('text-security'))
      for (const m of css.matchAll(CSS_MASKED))
        for (const t of m[1]!.matchAll(/[.#]([\w-]{1,60})/g))
          if (maskedBy.size < 50) maskedBy.add(t[1]!.toLowerCase());
    // (letters a kit slips between a name's letters and hides by class: "c<i class=jk>x</i>o…" shows "co…")
    if (/font-size|opacity|display|visibility|transparent|left|top|indent/.test(css))
      for (const m of css.matchAll(CSS_VEILED)) if (veiledBy.size < 50) veiledBy.add(m[1]!.toLowerCase());
    // (… or by any other selector: ".brand i", ".brand span:nth-child(even)", "[data-v]" — not a hidden panel's
    // plain class, read above, nor display:none on anything but a structural pick of letters)
    if (
      veilSelectors.length < 20 &&
      /font-size|opacity|transparent|scale|clip-path|left|top|indent|nth-/.test(css)
    )
      for (const m of css.matchAll(CSS_VEIL_RULE)) {
        const sel = m[1]!.trim();
        if (/^\.[\w-]+$/.test(sel) || /^@|%$|^(?:from|to)$/i.test(sel)) continue;
        const decl = css.slice(m.index + m[0].length, m.index + m[0].length + 400).split('}', 1)[0]!;
        if (!VEIL_STYLE.test(decl) && !/nth-(?:child|of-type)/.test(sel)) continue;
        if (veilSelectors.length < 20) veilSelectors.push(sel);
      }
    if (css.includes('bidi-override'))
      for (const m of css.matchAll(
        /\.([\w-]{1,60})\s*\{(?=[^{}]{0,300}?bidi-override)(?=[^{}]{0,300}?direction\s*:\s*rtl)/gi,
      ))
        if (rtlBy.size < 20) rtlBy.add(m[1]!.toLowerCase());
    if (css.includes('order'))
      // (… or an attribute's value, `[data-k="3"]{order:3}`: kept as "[data-k=3]")
      for (const m of css.matchAll(
        /(?:\.([\w-]{1,60})|\[([\w-]{1,40})\s*=\s*["']?([^"'\]]{1,40})["']?\s*\])\s*\{[^}]{0,300}?(?<![\w-])order\s*:\s*([+-]?\d+)/g,
      ))
        if (orderBy.size < 50)
          orderBy.set(m[1] ? m[1].toLowerCase() : `[${m[2]!.toLowerCase()}=${m[3]}]`, Number(m[4]));
    // (… or a box's class and a child's place in it, `.lg b:nth-child(2){order:1}`: kept as "lg 2" — round page-r7-bk)
    if (css.includes('nth-'))
      for (const m of css.matchAll(
        /\.([\w-]{1,60})\s*>?\s*[a-z]{0,10}:nth-(?:child|of-type)\(\s*(\d{1,2})\s*\)\s*\{[^}]{0,300}?(?<![\w-])order\s*:\s*([+-]?\d+)/gi,
      ))
        if (orderBy.size < 50) orderBy.set(`${m[1]!.toLowerCase()} ${m[2]}`, Number(m[3]));
    // (a rule that takes what it selects out of the flow: letters then placed by their own inline offsets)
    if (!orderBy.has(SHEET_ABSOLUTE) && /position\s*:\s*(?:absolute|fixed)/i.test(css))
      orderBy.set(SHEET_ABSOLUTE, 0);
    if (CSS_DRAWS_PROPS.test(css))
      for (const m of css.matchAll(CSS_DRAWN_PROPS)) pushCss(f, contentStrings(m[1]!));
    if (css.includes('content')) {
      for (const m of css.matchAll(CSS_CONTENT)) pushCss(f, contentStrings(m[1]!));
      for (const m of css.matchAll(CSS_DRAWN_BY))
        if (drawnBy.size < 40) {
          const said = cap(cssUnescape(m[3] ?? m[4] ?? ''), 120);
          drawnBy.set(m[1]!.toLowerCase(), said);
          (m[2]!.toLowerCase() === 'before' ? drawnBefore : drawnAfter).set(m[1]!.toLowerCase(), said);
        }
      // content: attr(data-b): the text is an attribute of whichever element the rule draws on
      // (every attr() of one content value, in order: content: attr(data-n) attr(data-m) draws "c" + "oupang")
      for (const m of css.matchAll(CSS_ATTR))
        for (const a of m[1]!.matchAll(/attr\(\s*([\w-]{1,40})\s*\)/g))
          if (cssAttrs.length < 6 && !cssAttrs.includes(a[1]!.toLowerCase()))
            cssAttrs.push(a[1]!.toLowerCase());
    }
    // a wordmark drawn as a data: SVG background by a stylesheet rule (".lg{background:url(data:…)}"): an
    // image at the top of the page, named by its rule's selector
    if (css.includes('data:image/svg')) {
      for (const m of css.matchAll(CSS_SVG)) {
        if (f.images.length >= limits.maxImages) break;
        pushSvg(m[2] ?? m[3] ?? m[4]!, (inherited | TOP) & ~HIDDEN, m[1]!.toLowerCase());
      }
    }
    // a custom property holding a string (content: var(--n), with --n: "\CFE0\D321" set here or on an element)
    if (css.includes('--')) for (const m of css.matchAll(CSS_VAR_STRING)) pushCss(f, m[1] ?? m[2] ?? '');
    // a data: stylesheet imported by this one (@import url("data:text/css;base64,…")): read as its own text
    if (nested < 2 && /@import/i.test(css))
      for (const m of css.matchAll(CSS_IMPORT_DATA))
        readCss(cap(decodeDataUrl(cap(m[1]!, 100_000)), 20_000), inherited, nested + 1);
  };

  const visit = (el: Element, inherited: number, depth: number): void => {
    if (f.elements >= elementCap) {
      if (!foreign) {
        writesUnread = true;
        stoppedAt ??= el;
      }
      return;
    }
    // (the depth guards the stack, not the work: a subtree past it is read after the walk, from depth 0, in the
    // state it was met in — a kit's clone under 420 `display:contents` wrappers is read like any page; red team 36)
    if (depth > MAX_DEPTH) {
      if (f.elements + deep.length < elementCap) deep.push({ el, flags: inherited, state: saveState() });
      else if (!foreign) writesUnread = true;
      return;
    }
    f.elements++;
    const { tag, info } = tagOf(String((LOCAL_NAME ? LOCAL_NAME.call(el) : el.localName) || ''));
    if (!writes && !foreign && info & (SKIP | NOT_ENTERED)) writesIn(el);
    if (tag === 'template') {
      // a declarative shadow root as a parser without shadow DOM (linkedom) leaves it; browsers attach it. Any
      // other template is what a script stamps out later (a form cloned into a closed shadow root after a delay,
      // where no observer sees it arrive): read now, as the page will show it.
      const content = (el as HTMLTemplateElement).content;
      if (content && shadows.length < 8) shadows.push(content);
      const host = el.parentElement;
      if (host && call(el, 'hasAttribute', 'shadowrootmode')) slotHosts.push(host);
      foreign++;
      walkChildren(content, inherited, depth);
      foreign--;
      if (host && slotHosts[slotHosts.length - 1] === host) slotHosts.pop();
      return;
    }
    // a shadow root's <slot>: the host's children given to it are shown here, where the shadow root puts them
    // (a wordmark slotted at the top of a login drawn in the shadow root is at the top of the page)
    if (tag === 'slot' && slotHosts.length) {
      const host = slotHosts[slotHosts.length - 1]!;
      const name = attr(el, 'name');
      for (let c = host.firstElementChild; c; c = c.nextElementSibling)
        if (attr(c, 'slot') === name && c.localName !== 'template' && !slotted.has(c)) {
          slotted.add(c);
          visit(c, inherited, depth + 1);
        }
      walkChildren(el, inherited, depth);
      return;
    }
    if (tag === 'style') {
      readCss(cap(styleText(el), 20_000), inherited);
      return;
    }
    // a <canvas> the page painted its mark on, a <video> that shows it (a canvas's captureStream): read by their
    // pixels (LogoMarks). Both are skipped below, so their mark is taken here (red team 31's r17: the reader found
    // the video's mark and no fact of it reached the scorer)
    if ((tag === 'canvas' || tag === 'video') && marks?.elements.size)
      pushMark(el, inherited | (top ? TOP : 0), '');
    // (character codes a canvas keeps in its attributes for the script to paint, data-c="99,111,117,…": read with
    // the script, as the codes it paints)
    if (tag === 'canvas' && call(el, 'hasAttributes'))
      for (const a of Array.from(el.attributes).slice(0, 8))
        if (/^\s*\d{2,5}(?:\s*,\s*\d{2,5}){1,60}\s*$/.test(a.value) && f.inlineScript.length < 60_000)
          f.inlineScript += `${a.value}\n`;
    // (what a ruby's gloss says is still read, as a tooltip is: a name put only there is not hidden)
    if (tag === 'rt' && f.labelText.length < 60) f.labelText.push(cap(el.textContent ?? '', 120));
    // (a data: SVG picture an <embed> or a <video>'s poster shows is a picture like an <img>'s)
    if ((tag === 'embed' || tag === 'video') && f.images.length < limits.maxImages) {
      const src = attr(el, tag === 'embed' ? 'src' : 'poster');
      if (/^\s*data:image\/svg/i.test(src))
        pushSvg(src, inherited | (top ? TOP : 0), attr(el, 'class').toLowerCase());
    }
    if (info & SKIP) return;
    const formOuter = currentForm;
    const headingOuter = heading;
    const linkOuter = link;

    // ---- head-only elements
    if (tag === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase();
      if (key && !f.meta.has(key)) f.meta.set(key, cap(attr(el, 'content'), 300));
      // void in a browser; a lenient parser (linkedom, given a fragment) may nest what follows inside it
      if (el.firstChild) walkChildren(el, inherited, depth);
      return;
    }
    if (tag === 'link') {
      const rel = attr(el, 'rel').toLowerCase();
      const href = attr(el, 'href');
      if (rel.includes('icon')) {
        f.icons.push(cap(href, 500));
        f.iconMark ??= marks?.icons.get(href);
      } else if (rel.includes('manifest') && /^\s*data:/i.test(href)) {
        // a web app's manifest carried in its own address: the name the app wears on the home screen is the page's
        // application name ("홈 화면에 추가" installs it under that name)
        try {
          const m = JSON.parse(decodeDataUrl(cap(href, 20_000))) as { name?: unknown; short_name?: unknown };
          const name =
            typeof m.name === 'string' ? m.name : typeof m.short_name === 'string' ? m.short_name : '';
          if (name && !f.meta.has('application-name')) f.meta.set('application-name', cap(name, 300));
        } catch {
          // not JSON: nothing to read
        }
      } else if (rel.includes('stylesheet') && /^\s*data:text\/css/i.test(href))
        // a stylesheet carried in its own address: read as a <style> is
        readCss(cap(decodeDataUrl(cap(href, 100_000)), 20_000), inherited);
      else if (rel.includes('stylesheet') || rel.includes('preload')) f.resources.push(cap(href, 500));
      else if (rel.split(/\s+/).includes('canonical') && f.selfHrefs.length < 4)
        f.selfHrefs.push(cap(href, 500));
      return;
    }
    if (tag === 'base') {
      if (f.selfHrefs.length < 4) f.selfHrefs.push(cap(attr(el, 'href'), 500));
      return;
    }
    if (tag === 'title') {
      if (!f.title) f.title = cap(el.textContent ?? '', 500);
      // a same-origin frame's own title is what the browser shows that frame's scan: one more title segment
      else if (inFrame && f.title.length < 500) f.title = cap(`${f.title} | ${el.textContent ?? ''}`, 500);
      return;
    }
    if (tag === 'script') {
      const src = attr(el, 'src');
      if (src) f.resources.push(cap(src, 500));
      else if (scriptBudget > 0) {
        const text = cap(el.textContent ?? '', scriptBudget);
        scriptBudget -= text.length;
        if (/ld\+json/i.test(attr(el, 'type'))) f.jsonLd += text;
        else f.inlineScript += text + '\n';
      }
      return;
    }
    if (tag === 'object') {
      // <object data="data:text/html;base64,…">: a document in the page, like a frame
      const data = attr(el, 'data');
      if (/^\s*data:image\/svg/i.test(data) && f.images.length < limits.maxImages)
        pushSvg(data, inherited | (top ? TOP : 0), attr(el, 'class').toLowerCase());
      if (/^\s*data:text\/html/i.test(data) && frames < 3) {
        frames++;
        inFrame++;
        foreign++;
        walkChildren(inert(decodeDataUrl(cap(data, 200_000))), inherited, depth);
        foreign--;
        inFrame--;
      }
      return;
    }
    if (tag === 'iframe' || tag === 'frame') {
      f.iframes.push(cap(attr(el, 'src') || attr(el, 'data-src'), 500));
      // A same-origin frame (srcdoc, about:blank filled by script) is part of what the user sees: a kit
      // puts the brand outside and the form inside. Cross-origin frames cannot be read (and get their own scan).
      if (frames < 3) {
        frames++;
        let inner: Document | null = null;
        try {
          inner = (el as HTMLIFrameElement).contentDocument ?? null;
        } catch {
          inner = null;
        }
        const src = attr(el, 'src');
        const srcdoc =
          attr(el, 'srcdoc') || (/^\s*data:text\/html/i.test(src) ? decodeDataUrl(cap(src, 200_000)) : '');
        // srcdoc first: until the frame has loaded, its contentDocument is an empty about:blank
        inFrame++;
        foreign++;
        if (srcdoc) walkChildren(inert(cap(srcdoc, 200_000)), inherited, depth);
        else if (inner?.body?.firstChild) walkChildren(inner, inherited, depth);
        foreign--;
        inFrame--;
      }
      return;
    }

    // ---- regions (attributes are read only when the element has any: most of the cost on big pages)
    let flags = inherited;
    let id = '';
    let ci = '';
    let role = '';
    let style = '';
    let attrs = false;
    if (call(el, 'hasAttributes')) {
      attrs = true;
      // leaf-like tags (links, images, list items, table cells, inline text) mark regions by class only; ids,
      // roles and the hidden attribute are read on containers. Fewer DOM calls on pages of thousands of items.
      const leaf = info & LEAF;
      // A browser's reflected properties (className, id, role, hidden) return the raw attribute several times
      // faster than getAttribute. Not on <form>: its fields shadow them (<input name="id">); not in linkedom:
      // its className is rebuilt from a token set. Where a property is missing (hidden on SVG, role in older
      // browsers) or not a string (SVG's className), the attribute is read.
      const h: Partial<HTMLElement> = native && tag !== 'form' ? el : NO_MEMBERS;
      const c = h.className;
      const cls =
        typeof c === 'string' ? c : ((call(el, 'getAttributeNode', 'class') as Attr | null)?.value ?? '');
      if (!leaf) {
        id = h.id ?? attr(el, 'id');
        role = (h.role === undefined ? attr(el, 'role') : (h.role ?? '')).toLowerCase();
        // hidden from the eye (not aria-hidden: that hides from screen readers only, the text still shows)
        if (h.hidden ?? call(el, 'hasAttribute', 'hidden')) flags |= HIDDEN;
      }
      // class names repeat on big pages ("card", "price"): their regex verdict is looked up once per scan
      let hit = id ? undefined : ciSeen.get(cls);
      if (!hit) {
        const s = (cls + ' ' + id).toLowerCase();
        hit = { ci: s, bits: ciBits(s) };
        if (!id) ciSeen.set(cls, hit);
      }
      ci = hit.ci;
      const bits = hit.bits;
      style = styleOf(el);
      if (style && HIDDEN_STYLE.test(style)) flags |= HIDDEN;
      // hidden by its own markup, or under a hidden parent with a visibility of its own: is it drawn after all?
      if (
        flags & HIDDEN &&
        shownByStyle &&
        (!(inherited & HIDDEN) || (style && /visibility/i.test(style))) &&
        (++shownChecks > MAX_SHOWN_CHECKS || shownByStyle(el) || seenInside(el, style))
      )
        flags &= ~HIDDEN;
      if (!writes && !foreign && !writesUnread && WRITES_MARKUP.test(attr(el, 'onclick'))) writes = true;
      // a letter placed by its own flex `order` in a box a stylesheet makes flex (`.r{display:inline-flex}`,
      // "<span style=order:2>팡</span><span style=order:1>쿠</span>"): its box read as shown, once
      // (… or by a class the stylesheet orders: `.o2{order:2}`)
      if (placedAt(el, orderBy, style) !== undefined && el.parentElement && el.parentElement !== orderedBox) {
        orderedBox = el.parentElement;
        const shown = visualText(orderedBox, 'display:flex', orderBy);
        if (
          shown &&
          shown !== orderedBox.textContent &&
          !(flags & (ARTICLE | QUOTE | COMMENT)) &&
          f.reordered.length < 20
        )
          f.reordered.push(shown);
      }
      // (by its id, or by its first class when it has none: `querySelector('.steps').hidden = false`)
      // (… or by either, a wizard's step `<section id=q3 class=q>` shown as `querySelectorAll('.q')[++n]` — page60)
      if (flags & HIDDEN && !(inherited & HIDDEN)) {
        const first = cls ? `.${cls.trim().split(/\s+/, 1)[0]}` : '';
        hiddenBy = id && first ? `${id} ${first}` : id || first;
        // (nameless, right after the button that shows it: `this.nextElementSibling.style.display='block'`)
        const before = prevElement(el);
        if (!hiddenBy) {
          if (before && SHOWS_NEXT.test(attr(before, 'onclick'))) hiddenBy = '~next';
          // (… or nameless, a step its script takes by its tag, `querySelectorAll('fieldset')[++i].hidden = false`
          // — page-r3-bb)
          else hiddenBy = `<${tag}`;
        }
        // (… or a step after a step whose own button shows its parent's next sibling, `var c = this.parentNode;
        // c.nextElementSibling.style.display = 'block'`, whatever class names every step — page-r2-ay)
        else if (before && holds(before, NEXT_BUTTON)) {
          const by = attr((QUERY ?? before.querySelector).call(before, NEXT_BUTTON)!, 'onclick');
          if (/\.parent(?:Node|Element)\b/.test(by) && SHOWS_NEXT.test(by)) hiddenBy += ' ~next';
        }
      }
      // the box around an element a class or its own style makes unseen, or whose ::before/::after draws words
      // ("cou<span class=cp></span>" with `.cp::after{content:"pang"}` shows "coupang"): read as shown after the walk
      // (its own class or style first: nearly every element of a big page has neither, and asks no more)
      if (
        (((veiledBy.size || drawnBy.size) &&
          ci.split(/\s+/).some((t) => veiledBy.has(t) || drawnBy.has(t))) ||
          (style && VEIL_STYLE.test(style))) &&
        veilCarriers.size < 100 &&
        el.parentElement &&
        !veilCarriers.has(el.parentElement)
      )
        veilCarriers.set(el.parentElement, top);
      if (role === 'article') flags |= ARTICLE;
      flags |= bits & REGION_BITS;
      if (bits & HEADER_WORD && !(flags & ARTICLE)) flags |= HEADER;
      if (bits & STRUCT_WORD && f.structureTokens.length < 500) f.structureTokens.push(cap(ci, 200));
      if (bits & COUNTDOWN_WORD) f.countdownAttr = true;
      for (const a of cssAttrs) {
        const v = attrDrawn.length < 300 ? attr(el, a) : '';
        if (v) attrDrawn += v;
      }
    }
    flags |= info & REGION_BITS;
    // A quotation or comment region that holds a secret box is the page's own form, not someone's words about
    // one (a whole login in one <blockquote> or "#reply-root"); a comment form's <textarea> beside it is a
    // board's guest comment box (name, password to edit it later, the comment).
    const entered = flags & ~inherited & (QUOTE | COMMENT);
    if (
      entered &&
      !(flags & OWNED) &&
      firstElement(el) &&
      holds(el, SECRET_BOX) &&
      !(flags & COMMENT && holds(el, 'textarea'))
    )
      flags |= OWNED;
    if (flags & OWNED && flags & (QUOTE | COMMENT))
      flags = (flags & ~(QUOTE | COMMENT)) | (flags & QUOTE ? CODE : 0);
    if ((tag === 'header' || role === 'banner') && !(flags & ARTICLE)) flags |= HEADER;
    if (role === 'navigation') flags |= NAV;
    if (role === 'complementary') flags |= ASIDE;
    if (role === 'contentinfo') flags |= FOOTER;
    // a read-only box at the top shows text ("쿠팡 로그인 보안"); it asks nothing and ends nothing
    if ((top || picTop) && info & END_TOP && !(tag === 'input' && call(el, 'hasAttribute', 'readonly'))) {
      top = false;
      // (a picture first in <main>, before any heading or form, is still the top's: a login card's logo)
      if (tag !== 'main') picTop = false;
    }
    if (top) flags |= TOP;
    else flags &= ~TOP;

    if (marks?.elements.size) pushMark(el, flags, ci);

    // ---- elements of interest
    // a keypad whose digits are no text (a picture per key with no alt, drawn by the stylesheet): ten keys with
    // no words at all in one box or its rows
    if (
      (tag === 'button' || role === 'button') &&
      !(el.textContent ?? '').trim() &&
      !attr(el, 'aria-label') &&
      !attr(el, 'title')
    )
      for (let box = el.parentElement, up = 0; box && up < 2; box = box.parentElement, up++)
        if (blankKeys.set(box, (blankKeys.get(box) ?? 0) + 1).get(box) === 10)
          f.keypadKeys = Math.max(f.keypadKeys, 10);
    let aHref = '';
    switch (tag) {
      case 'img':
      case 'svg': {
        if (f.images.length < limits.maxImages) {
          // <img>: alt (title when there is no alt); <svg>: aria-label, <title> and <text> content
          let text = attr(el, 'alt') || attr(el, 'title');
          // (… or the picture a srcset or its <picture>'s <source> gives, where a data: SVG is the only one)
          let src = attr(el, 'src') || attr(el, 'data-src');
          if (tag === 'img' && !/^\s*data:image\/svg/i.test(src))
            src =
              srcsetData(attr(el, 'srcset')) ||
              (el.parentElement?.localName === 'picture'
                ? srcsetData(attr(el.parentElement.querySelector('source[srcset]') ?? el, 'srcset'))
                : '') ||
              src;
          let colors: string | undefined;
          let head: string | undefined;
          if (tag === 'svg') {
            // (a line each of its <text>s, one glyph a line joined as the eye reads it: a poster's lines do not run
            // into each other, "1661-3907" and "24시간" — page-r2-ax)
            const lines = el.querySelectorAll('title,text');
            const drawn =
              lines.length > 1
                ? Array.from(lines)
                    .slice(0, 60)
                    .map((t) => (t.textContent ?? '').trim())
                    .join('\n')
                    .replace(/(?<=(?:^|\n)\S)\n(?=\S(?:\n|$))/g, '')
                : (el.textContent ?? '');
            text += ' ' + attr(el, 'aria-label') + ' ' + cap(drawn, 300);
            if (f.images.length < 40) colors = inlineSvgColors(el);
          } else if (/^\s*data:image\/svg\+xml/i.test(src)) {
            // a logo shipped as a data: SVG: its <text> and colours are readable without drawing it
            const svg = decodeDataUrl(cap(src, 40_000));
            text += ' ' + svgText(svg);
            colors = svgColors(svg);
            head = svgHead(svg);
          }
          // (a lazy loader's placeholder — a data: picture in src, the real file in data-src — names nothing; the file
          // it will load does: "logo_coupang_eats_partner.png" behind a blank SVG)
          const lazy = /^\s*data:/i.test(src) ? attr(el, 'data-src') || attr(el, 'data-lazy-src') : '';
          const fact: ImageFact = {
            src: cap(lazy && !/^\s*data:/i.test(lazy) ? lazy : src, 500),
            text: cap(text, 400),
            ci,
            flags: picTop ? flags | TOP : flags,
            link: currentLink,
            ...(colors ? { colors } : {}),
            ...(head ? { head } : {}),
          };
          f.images.push(fact);
          // (a tracking pixel between the mark and the form is no picture of its own)
          if (!isPixel(el)) lastImg = { el, fact };
          // the caption right after an image (`<img alt="쿠팡"> 쿠팡 판매가 … 대비`): what the image stands for
          const next = el.nextSibling;
          if (next?.nodeType === 3 && text)
            f.images[f.images.length - 1]!.after = cap(next.nodeValue ?? '', 80);
        }
        writesUnder(el);
        // SVG internals are covered by textContent above, except HTML carried inside (<foreignObject>: a form)
        // and pictures it places (<image href="data:image/svg+xml,…">: a picture like an <img>'s)
        if (tag === 'svg') {
          try {
            const fo = el.querySelectorAll('foreignObject, foreignobject, image');
            for (let i = 0; i < fo.length && i < 5; i++) {
              const inner = fo[i]!;
              if (inner.localName !== 'image') walkChildren(inner, flags, depth);
              else {
                const href = attr(inner, 'href') || attr(inner, 'xlink:href');
                if (/^\s*data:image\/svg/i.test(href) && f.images.length < limits.maxImages)
                  pushSvg(href, flags, ci);
              }
            }
          } catch {
            // no HTML inside
          }
        }
        return;
      }
      case 'h1':
      case 'h2':
      case 'h3':
        flags |= HEADING;
        if (!(flags & HIDDEN) && f.headings.length < 200) {
          // its text is gathered by the walk below (no second pass through textContent)
          heading = { level: Number(tag[1]), text: '', flags };
          f.headings.push(heading);
        }
        break;
      case 'a': {
        aHref = attr(el, 'href');
        if (f.links.length < limits.maxLinks) {
          // a link that goes nowhere by itself ("#", "javascript:") goes where its onclick says
          const onclick = /^\s*(?:#|javascript:|$)/i.test(aHref) ? ownValues(el, attr(el, 'onclick')) : '';
          const href = onclick || aHref;
          link = { href: cap(href, 500), text: '', download: attr(el, 'download'), flags };
          // a link that goes nowhere by itself and carries its target in data- attributes, in pieces joined by
          // script at click time (data-p="/files/,remote,_inv,.apk")
          if (!/^\s*(?:https?:|\/)/i.test(aHref)) link.download ||= dataApk(el);
          f.links.push(link);
        }
        break;
      }
      default:
        // a custom element configured by data- attributes (<x-promo data-a="…/f/" data-c=".apk">)
        if (tag.includes('-') && attrs && f.links.length < limits.maxLinks) {
          const apk = dataApk(el);
          if (apk) f.links.push({ href: '', text: '', download: apk, flags });
        }
        break;
      case 'button': {
        // "다운로드" buttons that navigate by script: onclick="location.href='app.apk'", data-href, formaction
        const go =
          ownValues(el, attr(el, 'onclick')) ||
          attr(el, 'data-href') ||
          attr(el, 'data-url') ||
          attr(el, 'formaction');
        if (go && f.links.length < limits.maxLinks) {
          link = { href: cap(go, 500), text: '', download: '', flags };
          f.links.push(link);
        }
        // a button that carries its target in data- attributes for a script to follow
        const apk = f.links.length >= limits.maxLinks ? '' : dataApk(el);
        if (apk) f.links.push((link = { href: '', text: '', download: apk, flags }));
        break;
      }
      case 'form': {
        markHead(el);
        currentForm = f.forms.length;
        formIndex.set(el, currentForm);
        f.forms.push({ action: cap(attr(el, 'action'), 500) });
        // (… and where its submit handler sends the reader, onsubmit="location.href='…'": the form's way out, as a
        // button's onclick is — page49)
        const sent = attr(el, 'onsubmit');
        if (/location|\.open\(/.test(sent) && f.links.length < limits.maxLinks)
          f.links.push({ href: cap(ownValues(el, sent), 500), text: '', download: '', flags });
        break;
      }
      case 'label': {
        const target = attr(el, 'for');
        if (target && !labelsFor.has(target)) labelsFor.set(target, el);
        break;
      }
      case 'input':
      case 'select':
      case 'textarea': {
        const type = (attr(el, 'type') || (tag === 'input' ? 'text' : tag)).toLowerCase();
        if (tag === 'input' && (type === 'submit' || type === 'button')) {
          const v = attr(el, 'value');
          if (v) f.actionText.push(cap(v, 120));
        }
        if (tag === 'input' && type === 'image') {
          f.images.push({
            src: cap(attr(el, 'src'), 500),
            text: attr(el, 'alt'),
            ci,
            flags,
            link: currentLink,
          });
        }
        const disabled = call(el, 'hasAttribute', 'disabled') || inDisabledSet(el);
        // a read-only box's value is text on the page ("쿠팡 로그인 보안" in a disabled input)
        if (
          tag === 'input' &&
          (type === 'text' || type === 'tel') &&
          (disabled || call(el, 'hasAttribute', 'readonly'))
        )
          text(attr(el, 'value'), flags);
        if (tag === 'textarea' && currentForm >= 0) f.forms[currentForm]!.textarea = true;
        // a hidden input right after the words for a secret ("공동현관 출입번호" above a keypad of script-made
        // keys): the keypad types into it. Judged by those words alone (its name is often a token's).
        // (… or the file a form posts for, "<input type=hidden name=f value=tracker.apk>" under "앱 설치": the reply is
        // the package, as a download link's would be)
        if (type === 'hidden' && currentForm >= 0 && f.links.length < limits.maxLinks) {
          const file = /^[\w./-]{1,120}\.apk$/i.exec(attr(el, 'value').trim());
          if (file) f.links.push({ href: '', text: '', download: file[0], flags });
        }
        if (type === 'hidden' && currentForm >= 0 && f.fields.length < limits.maxFields) {
          const near = nearbyText(el);
          if (near)
            f.fields.push({ type: 'keypad', autocomplete: '', hints: [near], form: currentForm, flags });
          break;
        }
        // a picture of an identity card asked as a file ("신분증 사진", name="idcard"): the card shows the resident
        // number, the whole of it. Other files (a résumé, a receipt) ask nothing the scorer weighs.
        if (type === 'file' && f.fields.length < limits.maxFields) {
          const hints = [attr(el, 'name'), id, attr(el, 'aria-label'), attr(el, 'title'), nearbyText(el)];
          const said = hints
            .join(' ')
            .replace(/[\s_\-\u00ad\u200b-\u200d\u2060\ufeff]+/g, '')
            .toLowerCase();
          if (ID_PICTURE.test(said) || CODE_PICTURE.test(said))
            f.fields.push({ type: 'file', autocomplete: '', hints, form: currentForm, flags });
          else fileBox = true;
          break;
        }
        if (SILENT_INPUT.test(type) || f.fields.length >= limits.maxFields) break;
        // (a box of fields with no form around it: its first field looks for the picture that heads it)
        if (currentForm < 0 && !boxHeaded) {
          boxHeaded = true;
          markHead(el);
        }
        // a disabled box takes nothing: a picture of a form in a how-to ("카드 추가 (예시)"). Enabled later, it
        // is read by the second chance at the first key (entrypoints/content/at-risk.ts) and by any rescan.
        if (disabled) break;
        // (a run of four or more boxes side by side that each take one character, a code typed a character per box
        // whatever it is called: one field, its first, marked CELLS; the line before it says which code — page-r7-miss)
        const cells = tag === 'input' ? charCells(el) : 0;
        if (cells < 0) break;
        const fact: FieldFact = {
          // (a plain box whose letters CSS draws as dots, `-webkit-text-security: disc`, is a password box)
          type: type !== 'password' && masked(style, ci) ? 'password' : type,
          autocomplete: attr(el, 'autocomplete').toLowerCase(),
          hints: [
            attr(el, 'name'),
            id,
            attr(el, 'placeholder'),
            attr(el, 'aria-label'),
            attr(el, 'title'),
            ...dataHints(el),
            drawnLabel(el),
            // a carrier or bank picker says what it is in its options (SKT / KT / LG U+)
            tag === 'select' ? cap(el.textContent ?? '', 80) : '',
          ].filter(Boolean),
          form: currentForm < 0 ? (formIndex.get((el as HTMLInputElement).form) ?? -1) : currentForm,
          flags,
        };
        if (cells) fact.autocomplete ||= CELLS;
        if (flags & HIDDEN) {
          if (hiddenBy && later.length < 40) later.push({ by: hiddenBy, el, label: currentLabel, fact });
          break;
        }
        f.fields.push(fact);
        fieldEls.push({ el, label: currentLabel, fact });
        break;
      }
    }
    if (style && style.includes('--'))
      for (const m of style.matchAll(CSS_VAR_STRING)) pushCss(f, m[1] ?? m[2] ?? '');
    if (style && /url\(|image-set\(/.test(style) && f.images.length < limits.maxImages) {
      const q = /(?:url|image-set)\(\s*(?:"([^"]+)|'([^']+)|([^'")\s]+))/.exec(style);
      const m = q && [q[0], q[1] ?? q[2] ?? q[3]];
      if (m?.[1]) {
        const svg = /^data:image\/svg\+xml/i.test(m[1]) ? decodeDataUrl(cap(m[1], 40_000)) : '';
        const colors = svg ? svgColors(svg) : undefined;
        if (svg && drawnLabels.size < 10) {
          const words = svgTextsByY(svg);
          if (words.length > 1) drawnLabels.set(el, words);
        }
        const head = svg ? svgHead(svg) : undefined;
        f.images.push({
          src: cap(m[1], 500),
          text: svg ? svgText(svg) : '',
          ci,
          flags,
          link: currentLink,
          ...(colors ? { colors } : {}),
          ...(head ? { head } : {}),
        });
      }
    }

    // ---- children
    const labelBefore = currentLabel;
    const linkBefore = currentLink;
    const hiddenOuter = hiddenBy;
    if (tag === 'label') currentLabel = el;
    if (tag === 'a') currentLink = aHref;
    // what a shadow root renders (open or closed: a fake form can hide in either), then the light children
    const shadow = tag.includes('-') || SHADOW_HOSTS.has(tag) ? shadowRootOf(el) : null;
    if (shadow) {
      if (shadows.length < 8) shadows.push(shadow);
      slotHosts.push(el);
      foreign++;
      walkChildren(shadow, flags, depth);
      foreign--;
      slotHosts.pop();
    }
    const logoOuter = logo;
    if (flags & LOGO && !(inherited & LOGO)) {
      logo = { text: '', pieces: 0 };
      // a logo named only by its tooltip or accessible name (coloured bars with title="c o u p a n g")
      const named = attr(el, 'title') || attr(el, 'aria-label');
      if (named && f.logoText.length < 200) f.logoText.push(cap(named, 120));
    }
    // a few letters a stylesheet puts in another order than the source's (flex `order`, a bidi override): read
    // as shown ("<span style=order:1>팡</span><span style=order:0>쿠</span>" is 쿠팡 on screen)
    // (… or by a class the stylesheet turns, `.rv{unicode-bidi:bidi-override;direction:rtl}`)
    const turnedBy = rtlBy.size > 0 && !!ci && ci.split(/\s+/).some((t) => rtlBy.has(t));
    // (… or a box whose children carry their own flex order while a class makes the box flex: read in place, so
    // a heading "<h1><span class=f><i style=order:2>팡</i><i style=order:1>쿠</i></span>캐시</h1>" says 쿠팡캐시)
    // (its first child is read once, for the first element among them and for the walk into them: a firstChild
    // in linkedom walks past the element's attributes, 0.5 ms over this 10,000-element page)
    const first = (FIRST_CHILD ? FIRST_CHILD.call(el) : el.firstChild) as ChildNode | null;
    let kid = first;
    while (kid && kid.nodeType !== 1) kid = kid.nextSibling; // (as the walk below steps)
    const shown =
      (style
        ? visualText(el, turnedBy ? `${style};bidi-override rtl` : style, orderBy)
        : tag === 'bdo'
          ? visualText(el, `${attr(el, 'dir')}bidi-override`)
          : turnedBy
            ? visualText(el, 'bidi-override rtl')
            : null) ??
      // (a box of one child has nothing to reorder: visualText wants two children with text, so their styles are
      // not read — a product card's <li> around its link)
      (kid && placedFirst(kid as Element, orderBy, styleRead)
        ? visualText(el, 'display:flex', orderBy)
        : null);
    if (shown === null) walkChildren(el, flags, depth, first);
    else {
      writesUnder(el);
      text(shown, flags);
      if (shown !== el.textContent && !(flags & (ARTICLE | QUOTE | COMMENT)) && f.reordered.length < 20)
        f.reordered.push(shown);
    }
    if (logo && logo !== logoOuter) {
      // a logo drawn as several inline pieces ("coupa" + "ng", seven coloured spans) reads as one word
      if (logo.pieces > 1 && f.logoText.length < 200) f.logoText.push(cap(logo.text, 200));
      logo = logoOuter;
    }
    currentLabel = labelBefore;
    currentLink = linkBefore;
    hiddenBy = hiddenOuter;
    heading = headingOuter;
    link = linkOuter;
    if (tag === 'form') currentForm = formOuter;
  };

  /** (`first`: the parent's first child, where the caller has read it) */
  const walkChildren = (
    parent: Node | null | undefined,
    flags: number,
    depth: number,
    first?: ChildNode | null,
  ): void => {
    if (!parent) return;
    if (parent.nodeType === 9) {
      // a parsed document: linkedom's doctype node has no nextSibling, so walk its children by index
      const kids = (CHILD_NODES ? CHILD_NODES.call(parent) : parent.childNodes) as NodeListOf<ChildNode>;
      for (let i = 0; i < kids.length; i++) {
        const c = kids[i]!;
        if (c.nodeType === 1) visit(c as Element, flags, depth + 1);
        // (words loose at its top: markup a script carries, "'쿠팡 배송 확인 1/3'" beside '<input …>', which a
        // browser's parser puts in the body and linkedom leaves here — read the same in both — page44)
        else if (c.nodeType === 3) text((c as Text).data, flags);
      }
      return;
    }
    for (
      let c =
        first !== undefined
          ? first
          : ((FIRST_CHILD ? FIRST_CHILD.call(parent) : parent.firstChild) as ChildNode | null);
      c;
      c = c.nextSibling
    ) {
      if (c.nodeType === 1) {
        // (a child a slot has shown already, where its shadow root puts it)
        if (!slotted.size || !slotted.has(c as Element)) visit(c as Element, flags, depth + 1);
        else writesIn(c as Element);
      } else if (c.nodeType === 3) {
        // (words a symbol face draws as no letters of theirs: the user does not see them — LogoMarks.undrawn)
        // (… and words a page face draws as a brand name its letters do not say are read as drawn: a logo "ABCD"
        // drawn as 로켓배송 reads as no other site's name — red team 39)
        const drawnAs = marks?.elements.size ? marks.elements.get(parent as Element) : undefined;
        if (drawnAs?.startsWith('drawn:')) text(drawnAs.slice(6), flags);
        else if (!marks?.undrawn?.has(parent as Element)) text((c as Text).data, flags);
      }
    }
  };

  const text = (raw: string, flags: number): void => {
    if (flags & HIDDEN) {
      // (the steps a kit shows when the reader ticks "I'm not a robot": read if its script shows them, below)
      if (hiddenBy && raw && laterChars < MAX_LATER_TEXT && !(flags & (QUOTE | COMMENT))) {
        const t = cap(raw.trim(), MAX_LATER_TEXT - laterChars);
        if (t) {
          laterText.push({ by: hiddenBy, text: t });
          // (… a heading there as a heading: "쿠팡 재인증" atop the login the gate shows — page-r3-bb)
          if (flags & HEADING) laterText[laterText.length - 1]!.heading = flags & ~HIDDEN;
          laterChars += t.length;
        }
      }
      return;
    }
    if (!raw) return;
    if (textBudget <= 0) {
      // (past the budget the last TAIL_TEXT characters are kept: a lure after 230,000 characters of terms,
      // shown first by column-reverse, is read as prose)
      if (flags & (QUOTE | COMMENT)) return;
      const t = cap(raw.trim(), TAIL_TEXT);
      if (!t) return;
      // (a heading there is read as a heading: its element was seen, only its words were past the budget)
      if (heading && heading.text.length < 300)
        heading.text = cap(heading.text ? `${heading.text} ${t}` : t, 300);
      tail.push(t);
      tailChars += t.length;
      while (tailChars - tail[tailFrom]!.length > TAIL_TEXT) tailChars -= tail[tailFrom++]!.length;
      return;
    }
    // (a run stored backwards between RIGHT-TO-LEFT OVERRIDE and POP DIRECTIONAL FORMATTING shows forwards)
    if (raw.includes('\u202e')) {
      raw = raw.replace(/\u202e([^\u202c]*)\u202c?/g, (_, run: string) => [...run].reverse().join(''));
      if (f.reordered.length < 20) f.reordered.push(cap(raw.trim(), 200));
    }
    const s = (raw.length > MAX_NODE_TEXT ? raw.slice(0, MAX_NODE_TEXT) : raw).trim();
    if (!s) return;
    if (heading && heading.text.length < 300)
      heading.text = cap(heading.text ? `${heading.text} ${s}` : s, 300);
    if (link && link.text.length < 120) link.text = cap(link.text ? `${link.text} ${s}` : s, 120);
    const t = cap(s, textBudget);
    textBudget -= t.length;
    if (flags & (QUOTE | CODE) && f.codeText.length < 2000)
      f.codeText += `${cap(t, 2000 - f.codeText.length)}\n`;
    // (a page that is one preformatted text, a text/plain document, shows its first line as its heading)
    if (flags & CODE && !f.headings.length && !heading && t.includes('\n')) {
      const line = cap(t.slice(0, t.indexOf('\n')).trim(), 300);
      if (line) f.headings.push({ level: 1, text: line, flags: flags | HEADING });
    }
    if (flags & (QUOTE | COMMENT)) {
      if (!(flags & COMMENT)) quotedChars += t.length;
      return;
    }
    ownChars += t.length;
    if (flags & ARTICLE) f.articleChars += t.length;
    if (flags & FOOTER) f.footerText.push(t);
    else if (flags & HEADER && !(flags & NAV)) f.headerText.push(t);
    else if (flags & NAV && f.navText.length < 60) f.navText.push(t);
    if (flags & LOGO) {
      f.logoText.push(t);
      if (logo && logo.text.length < 200) {
        logo.text += t;
        logo.pieces++;
      }
    }
    if (t.length === 1 && t >= '0' && t <= '9') {
      if (flags & ACTION) f.keypadKeys++;
      // a keypad of plain elements (<b>7</b><b>2</b>…, shuffled, "재배열" and "⌫" among them): all ten digits
      // one per element in one run
      keyRun.add(t);
      if (keyRun.size === 10) f.keypadKeys = Math.max(f.keypadKeys, 10);
      // (a number spelt so has its dashes; an empty run is left alone: V8 gives a cleared Set a new table, one
      // allocation per text node of a long page)
    } else if (keyRun.size && (t.length > 3 || /^[-.)(]$/.test(t))) keyRun.clear();
    // a few pieces (a logo may be one letter per span), at most ~80 characters
    if (top && !(flags & (NAV | ASIDE)) && f.topText.length < 12 && (f.topText.length < 5 || t.length <= 3))
      f.topText.push(t);
    if (flags & ACTION) {
      f.actionText.push(t);
      if (flags & FORM && currentForm >= 0) {
        const form = f.forms[currentForm]!;
        if ((form.words ?? '').length < 200) form.words = `${form.words ?? ''} ${t}`;
      }
    }
    // one letter per element anywhere ("c","o","u","p","a","n","g" in coloured spans in a drawn window):
    // consecutive one-letter pieces joined, kept when four or more
    if (t.length === 1) letters += t;
    else flushLetters();
    f.prose.push(t);
    f.proseChars += t.length;
  };
  let letters = '';
  const flushLetters = () => {
    if (letters.length >= 4 && f.letterRuns.length < 20) f.letterRuns.push(cap(letters, 40));
    letters = '';
  };

  try {
    // every top-level element, not only documentElement: a parser given a fragment may leave several
    // the document's own members are read as a page cannot shadow them (<img name="childNodes">)
    const roots: NodeListOf<ChildNode> = (
      CHILD_NODES ? CHILD_NODES.call(doc) : doc.childNodes
    ) as NodeListOf<ChildNode>;
    // sheets a script built and adopted (new CSSStyleSheet(), replaceSync): no <style> holds their text
    const adopted = adoptedSheets(doc);
    for (let i = 0; adopted && i < adopted.length && i < 4; i++) readCss(sheetText(adopted[i]!), TOP);
    const root = quotesOwn ? OWNED : 0;
    for (let i = 0; i < roots.length; i++) if (roots[i]?.nodeType === 1) visit(roots[i] as Element, root, 0);
    readDeep();
    if (stoppedAt) readMissed(stoppedAt, root);
    // (what is walked from here on is markup a script carries, not the document's)
    foreign++;
    if (!f.title) f.title = cap(String(doc.title ?? ''), 500);
    // Markup a script will write (innerHTML = '<form>…', document.write(atob('…'))): read now, before it runs
    // (and in a saved page, where it never runs)
    // a title the script sets (document.title = '쿠팡' + ' - ' + '로그인'): one more title segment
    if (/document\.title\s*=/.test(f.inlineScript)) {
      const set = /document\.title\s*=\s*((?:'[^'\n]{0,120}'\s*\+?\s*){1,8})/.exec(
        resolveScript(f.inlineScript).replace(/'\s*\+\s*'/g, ''),
      );
      // (its escapes read as the engine reads them, "'\\ucfe0\\ud321'" is 쿠팡, and not added again where the
      // script has run and the title already is it: a browser's scan — page44, tune-am's am097)
      const t = unescapeJs(set?.[1]?.replace(/'\s*\+?\s*/g, '') ?? '').trim();
      if (t && f.title.length < 500 && f.title.trim() !== t)
        f.title = cap(f.title ? `${f.title} | ${t}` : t, 500);
    }
    const carried = scriptMarkup(f.inlineScript);
    if (carried) walkChildren(inert(carried), 0, 1);
    // The lines a small page's script plays into it one by one (a support chat's messages on a timer, a notice
    // typed out): sentences in a list the script writes as text, read now as the page will show them
    if (f.proseChars < 800 && PLAYS_TEXT.test(f.inlineScript)) f.played = playedLines(f.inlineScript);
    // A form the page keeps hidden until the reader acts (a "결제 취소" button, a wizard's next step, a win
    // after the roulette stops): its own script shows it by its id. What it will ask is asked now.
    // (and the handlers written as attributes: `onclick="document.getElementById('pop').style.display='block'"`,
    // read only when something hidden has an id to show)
    let handlers = '';
    // (… and on a page whose words have the reader paste something and run it: a ClickFix kit's button copies the
    // command in its onclick, `navigator.clipboard.writeText(c)`)
    // (… and where a handler writes the next step's markup itself: `onclick="nx.innerHTML=atob('PGZvcm0…')"`, a
    // "secure mail" whose password opens a form kept in base64)
    const writesLater = writes || (writesUnread && !!doc.querySelector(WRITES_SELECTOR));
    if (
      later.length > 0 ||
      laterText.length > 0 ||
      writesLater ||
      RUN_WORDS.test(f.prose.slice(0, 200).join(' '))
    )
      for (const root of [doc, ...parsed] as ParentNode[]) {
        const list = root.querySelectorAll?.(HANDLER_ATTRS.map((a) => `[${a}]`).join(','));
        for (let i = 0; list && i < list.length && i < 200 && handlers.length < 20_000; i++)
          for (const a of HANDLER_ATTRS) {
            const v = attr(list[i]!, a);
            if (v) handlers += `;${cap(v, 2000)}`;
          }
      }
    // (a wizard's next step named in an attribute its script reads: `<form data-next="w2">` and
    // `getElementById(f.dataset.next).style.display='block'`)
    if (later.length > 0 && /dataset\.|getAttribute\(\s*['"]data-/.test(f.inlineScript))
      for (const root of [doc, ...parsed] as ParentNode[]) {
        const list = root.querySelectorAll?.(NEXT_ATTRS.map((a) => `[${a}]`).join(','));
        for (let i = 0; list && i < list.length && i < 100; i++)
          for (const a of NEXT_ATTRS) {
            const v = attr(list[i]!, a).replace(/^#/, '');
            if (/^[\w-]{1,60}$/.test(v)) handlers += `;getElementById('${v}')`;
          }
      }
    if (writesLater && handlers) {
      const written = scriptMarkup(handlers);
      if (written) walkChildren(inert(written), 0, 1);
    }
    const script = handlers ? `${f.inlineScript};${handlers}` : f.inlineScript;
    // (what those handlers do is the page's script too: a copy to the clipboard in an onclick)
    if (handlers && scriptBudget > 0) {
      f.inlineScript += cap(handlers, scriptBudget);
      scriptBudget -= handlers.length;
    }
    const shows = SHOWS.test(script);
    const shownBy = new Map<string, boolean>();
    const shown = (key: string): boolean => key.split(' ').some(shownBy1);
    const shownBy1 = (id: string): boolean => {
      const by = id.replace(/[^\w-]/g, '');
      let yes = shownBy.get(id);
      if (yes === undefined && id === '~next') yes = SHOWS_NEXT.test(script);
      // (a nameless step by its tag, as the script takes the steps: `querySelectorAll('fieldset')` — page-r3-bb)
      if (yes === undefined && id[0] === '<')
        yes = new RegExp(`(?:querySelectorAll|getElementsByTagName)\\(\\s*['"]${by}['"]`).test(script);
      if (yes === undefined) {
        // (the id as a string anywhere in a script that shows things: `const W = 'win'; $(W).style.display = …`;
        // a class as a selector or a class name)
        yes =
          (by !== '' &&
            (id.startsWith('.')
              ? new RegExp(`['"][^'"]{0,40}\\.${by}\\b|getElementsByClassName\\(\\s*['"]${by}\\b`).test(
                  script,
                )
              : // (… or by the global its id makes: `w.hidden = false`, `w.style.display = 'block'`)
                new RegExp(
                  `['"]#?${by}['"]|\\b${by}\\.(?:style|hidden|removeAttribute|toggleAttribute)\\b`,
                ).test(script))) ||
          // (… or a step's id built from its prefix and number, getElementById('s'+n): a wizard's later steps — page54)
          (/^[a-z_-]{1,20}\d{1,2}$/i.test(by) &&
            new RegExp(`['"]#?${by.replace(/\d+$/, '')}['"]\\s*\\+`).test(script));
        shownBy.set(id, yes);
      }
      return yes;
    };
    for (const l of shows ? later : []) {
      if (shown(l.by) && f.fields.length < limits.maxFields) {
        f.fields.push(l.fact);
        fieldEls.push({ el: l.el, label: l.label, fact: l.fact });
      }
    }
    // … and the words it will show with it (the steps of a check, a lure's next screen)
    // (a wordmark in it drawn letter by letter is a run of letters, as it is in the open)
    // (… a keypad in it, its ten digits one per element, as in the open: "주민등록번호 뒤 7자리" over shuffled keys)
    const laterKeys = new Set<string>();
    for (const l of shows ? laterText : []) {
      if (!shown(l.by)) continue;
      if (l.text.length === 1 && l.text >= '0' && l.text <= '9') {
        laterKeys.add(l.text);
        if (laterKeys.size === 10) f.keypadKeys = Math.max(f.keypadKeys, 10);
      } else if (l.text.length > 3) laterKeys.clear();
      if (l.heading && f.headings.length < 200) f.headings.push({ level: 2, text: l.text, flags: l.heading });
      f.prose.push(l.text);
      f.proseChars += l.text.length;
      if (l.text.length === 1) letters += l.text;
      else flushLetters();
    }
    flushLetters();
    for (let i = tailFrom; i < tail.length; i++) {
      f.prose.push(tail[i]!);
      f.proseChars += tail[i]!.length;
    }
  } catch {
    // hostile or exotic DOM: keep what was gathered
  }

  flushLetters();

  // Tooltips and accessible names (title=, aria-label=: words on the page that are not text nodes), and text
  // boxes drawn with contenteditable (no input element for a naive reader to find): a field when it says what
  // it takes ("카드번호", data-ph="비밀번호"), and a free-text box either way (a comment editor). One selector
  // query per document: far cheaper than asking every element for three more attributes. Only on pages of a
  // lure's size (little visible text, or few elements): on a long shop page they would only be a cost.
  try {
    const found: Element[] = emptyList();
    if (f.proseChars <= 4000 || f.elements <= 3000)
      for (const root of [doc, ...parsed, ...shadows] as ParentNode[]) {
        const list = root.querySelectorAll?.('[contenteditable],[title],[aria-label],[tabindex]');
        for (let i = 0; list && i < list.length && found.length < 400; i++) found.push(list[i]!);
      }
    const codeRows = new Set<Element>();
    for (const el of found) {
      const tag = String(el.localName ?? '').toLowerCase();
      if (
        /^(input|select|textarea|option|link|style|script)$/.test(tag) ||
        call(el, 'hasAttribute', 'hidden')
      )
        continue;
      const editable = call(el, 'hasAttribute', 'contenteditable')
        ? attr(el, 'contenteditable').toLowerCase() || 'true'
        : '';
      if (editable === 'true' || editable === 'plaintext-only') {
        const id = attr(el, 'id');
        const hints = [
          id,
          attr(el, 'aria-label'),
          attr(el, 'title'),
          ...dataHints(el),
          attr(el, 'placeholder'),
          drawnLabel(el),
        ].filter(Boolean);
        const formEl = el.closest?.('form');
        const form = formEl ? (formIndex.get(formEl) ?? -1) : -1;
        if (form >= 0) f.forms[form]!.textarea = true;
        // A row of four to eight boxes side by side (nothing between them) is a one-time code typed a digit per
        // box (an OTP relay's "6자리 인증번호"), drawn without an input: one code field, asked once.
        const row = codeRow(el);
        if (row) {
          if (!codeRows.has(row) && f.fields.length < limits.maxFields) {
            codeRows.add(row);
            const fact: FieldFact = { type: 'text', autocomplete: 'one-time-code', hints, form, flags: 0 };
            f.fields.push(fact);
            fieldEls.push({ el, label: null, fact });
          }
          continue;
        }
        // … or with the words right before it ("<div>윙 비밀번호</div><div contenteditable>")
        // (… or one whose letters CSS draws as dots: a password box, whatever it says)
        const dots = masked(attr(el, 'style'), `${attr(el, 'class')} ${id}`.toLowerCase());
        if ((hints.length > 1 || dots || nearbyText(el)) && f.fields.length < limits.maxFields) {
          const fact: FieldFact = {
            type: dots ? 'password' : 'text',
            autocomplete: '',
            hints,
            form,
            flags: 0,
          };
          f.fields.push(fact);
          fieldEls.push({ el, label: null, fact });
        } else if (f.fields.length < limits.maxFields) {
          // a box that says nothing of what it takes: a chat's reply box, read with what the chat asks
          f.fields.push({ type: 'editable', autocomplete: '', hints, form, flags: 0 });
        }
      } else if (codeCell(el) && codeRow(el, codeCell)) {
        // … or a row of focusable empty cells that a key listener on the document fills (no field, no
        // contenteditable: a keyboard sink drawn as code boxes)
        const row = codeRow(el, codeCell)!;
        if (!codeRows.has(row) && f.fields.length < limits.maxFields) {
          codeRows.add(row);
          // (its kind from the words before the row: a carousel's dots say no code)
          const hints = [attr(el, 'aria-label'), nearbyText(row)].filter(Boolean);
          if (hints.length) f.fields.push({ type: 'text', autocomplete: '', hints, form: -1, flags: 0 });
        }
      } else if (cellsBox(el) && /key(?:down|up|press)/.test(f.inlineScript)) {
        // … or one focusable box over four to eight empty cells that the page's key listener fills (`<div
        // tabindex=0><span></span>×6</div>`: the keys typed into it, no field at all — page-r2-ax)
        if (!codeRows.has(el) && f.fields.length < limits.maxFields) {
          codeRows.add(el);
          // (a code by the words before it, "Enter the code", "인증번호": a carousel's keyed dots say none)
          const hints = [attr(el, 'aria-label'), ...dataHints(el), nearbyText(el)].filter(Boolean);
          const code = /\bcode\b|코드|번호|인증|otp|pin\b/i.test(hints.join(' ')) ? 'one-time-code' : '';
          if (hints.length) f.fields.push({ type: 'text', autocomplete: code, hints, form: -1, flags: 0 });
        }
      } else if (f.labelText.length < 60) {
        const tip = attr(el, 'title') || attr(el, 'aria-label');
        if (tip) f.labelText.push(cap(tip, 120));
      }
    }
  } catch {
    // a document without selectors: nothing more to read
  }
  if (attrDrawn) pushCss(f, attrDrawn);
  for (const sel of veilSelectors) {
    try {
      const hit = doc.querySelectorAll?.(sel);
      for (let i = 0; hit && i < hit.length && i < 60; i++) {
        const e = hit[i]!;
        veiledEls.add(e);
        if (e.parentElement && veilCarriers.size < 100 && !veilCarriers.has(e.parentElement))
          veilCarriers.set(e.parentElement, false);
      }
    } catch {
      // a selector this document cannot answer (a pseudo-element, a newer syntax)
    }
  }
  const hidden: Unseen = { classes: veiledBy, elements: veiledEls, before: drawnBefore, after: drawnAfter };
  for (const [box, atTop] of [...veilCarriers]) {
    // (… and the box around it when the name is split over two such boxes: "cou" + "pang")
    const outer = box.parentElement;
    for (const b of outer && (outer.textContent ?? '').length <= 200 ? [box, outer] : [box]) {
      const all = b.textContent ?? '';
      if (all.length > 400) continue;
      const seen = seenText(b, hidden, 0).replace(/\s+/g, ' ').trim();
      if (seen && seen !== all.replace(/\s+/g, ' ').trim() && f.unveiled.length < 40)
        f.unveiled.push({ seen, all, top: atTop || (b !== box && (veilCarriers.get(box) ?? false)) });
    }
  }

  // Field hints that need the finished walk: <label for>, wrapping <label>, aria-labelledby, nearby text.
  // (… or the data attribute the page's script makes every box's placeholder, `e.placeholder = e.dataset.p`: its
  // words are what the box shows — page-r3-bb)
  const placedFrom = dataPlaceholder(f.inlineScript);
  for (let i = 0; i < fieldEls.length; i++) {
    // (each box's own fact: keypads, file boxes and bare editable boxes have no entry here)
    const { el, label, fact } = fieldEls[i]!;
    try {
      if (placedFrom && attr(el, placedFrom)) fact.hints.push(cap(attr(el, placedFrom), 120));
      const id = attr(el, 'id');
      const forLabel = id ? labelsFor.get(id) : undefined;
      if (forLabel) fact.hints.push(cap(forLabel.textContent ?? '', 120));
      if (label && label !== forLabel) fact.hints.push(cap(label.textContent ?? '', 120));
      const labelledBy = attr(el, 'aria-labelledby');
      if (labelledBy && doc.getElementById) {
        for (const ref of labelledBy.split(/\s+/).slice(0, 3)) {
          const t = ref ? doc.getElementById(ref) : null;
          if (t) fact.hints.push(cap(t.textContent ?? '', 120));
        }
      }
      if (!forLabel && !label) {
        // (words with unseen letters slipped into them, "계<span style=font-size:0>x</span>좌번호": read as shown)
        const near =
          (el.parentElement && veilCarriers.has(el.parentElement) ? seenBefore(el, hidden) : '') ||
          nearbyText(el);
        if (near) fact.near = near;
      }
      // (a label a stylesheet's class turns right to left, its words stored backwards, "<label class=r>호번드카</label>
      // <input>": read as shown, 카드번호)
      const turned = rtlBy.size ? (forLabel ?? label ?? prevElement(el)) : null;
      if (
        turned &&
        attr(turned, 'class')
          .toLowerCase()
          .split(/\s+/)
          .some((t) => rtlBy.has(t))
      )
        fact.hints.push(cap([...(turned.textContent ?? '')].reverse().join(''), 120));
      if (label && veilCarriers.size && veilCarriers.has(label))
        fact.hints.push(cap(seenText(label, hidden, 0), 120));
      // (labels drawn in the background of the box the fields sit on, one word per box, top to bottom)
      // (… the box may hold each field in a wrapper of its own: up to three levels up)
      if (!forLabel && !label && drawnLabels.size) {
        let box = el.parentElement;
        for (let up = 0; box && up < 3 && !drawnLabels.has(box); up++) box = box.parentElement;
        const words = box && drawnLabels.get(box);
        if (box && words) {
          const boxes = fieldEls.filter((g) => box.contains(g.el));
          if (boxes.length === words.length) fact.hints.push(words[boxes.findIndex((g) => g.el === el)]!);
        }
      }
    } catch {
      // ignore this field's extra hints
    }
  }
  // Asks with no box: a prompt() dialog's question, a text message or an e-mail the page writes for the reader to
  // send ("sms:…?body=이름: / 생년월일: / 카드번호:"): each is a field the reader fills in, outside any form
  for (const q of askedOutside(f)) {
    if (f.fields.length >= limits.maxFields) break;
    f.fields.push({ type: 'text', autocomplete: '', hints: [q], form: -1, flags: 0 });
  }
  // … or a file picker a script makes and opens on a click ("i.type='file'; i.click()") under words that ask for an
  // identity card's picture ("여기를 눌러 신분증 사진 올리기"): the box is there the moment the reader clicks
  // (… or a file box of the page's own, a chat's 📎, under a short page's sentence that asks for that picture, "신분증
  // 사진을 보내주시면 …": the box takes what the sentence asks — page-r2-au)
  if (
    f.fields.length < limits.maxFields &&
    (SCRIPT_FILE_BOX.test(f.inlineScript) || (fileBox && f.proseChars < 1500)) &&
    !f.fields.some((x) => x.type === 'file')
  ) {
    const asks = [...f.actionText.slice(0, 60), ...f.prose.slice(0, 60)].find(
      (t) => t.length <= 120 && UPLOAD.test(t) && ID_PICTURE.test(t.replace(/\s+/g, '').toLowerCase()),
    );
    if (asks) f.fields.push({ type: 'file', autocomplete: '', hints: [asks], form: -1, flags: 0 });
    // (… or a screenshot of the reader's payment barcode, "현장결제 바코드를 엽니다 … 화면을 캡처 … 올리면": the
    // barcode pays at a till for whoever shows it, as a card's number does — page-r8-miss)
    else if (fileBox) {
      const told = [...f.actionText.slice(0, 60), ...f.prose.slice(0, 60)].filter((t) => t.length <= 160);
      const code = told.find((t) => PAY_CODE.test(t.replace(/\s+/g, '').toLowerCase()));
      const shot = code && told.find((t) => UPLOAD.test(t) && /캡처|캡쳐|스크린샷|screenshot/i.test(t));
      if (shot) f.fields.push({ type: 'file', autocomplete: '', hints: [shot, code], form: -1, flags: 0 });
    }
  }
  // A quotation that is nearly all the page says is no quotation: the page's own words in one <pre> (a text/plain
  // document is shown as one), <blockquote> or "quote" box. A page quoting someone has words of its own around the
  // quote (an article, a post, a tutorial's prose): read again with every quotation as body, when the quoted text
  // is more than three times the page's own. (Comments are not counted: a short post under a long thread is a
  // board's page; a comment region with a secret box is read as the page's own above.)
  if (!quotesOwn && quotedChars >= 40 && ownChars * 3 < quotedChars)
    return collect(doc, limits, shadowRootOf, parseHtml, marks, true);
  return f;
}

/** The questions of a page's prompt() dialogs and the blanks of the messages its sms:/mailto: links prefill */
function askedOutside(f: PageFacts): string[] {
  const out: string[] = [];
  if (f.inlineScript.includes('prompt'))
    for (const m of f.inlineScript.matchAll(/\bprompt\s*\(\s*(['"`])((?:(?!\1)[^\n\\]|\\.){2,80})\1/g)) {
      if (out.length >= 6) break;
      out.push(unescapeJs(m[2]!));
    }
  // (… its questions kept in a list and asked one by one, "var Q=['이름을 입력하세요', …]; prompt(Q[i])": the
  // script's strings that ask for something)
  // (… whatever calls it, `ask=window.prompt.bind(window); ask(Q[i])`: a list the script asks item by item, every
  // item a question, however it is worded — "쿠팡 로그인 비밀번호")
  if (!out.length && /\bprompt\b/.test(f.inlineScript)) {
    const script = f.inlineScript;
    for (const m of script.matchAll(
      /\b([A-Za-z_$][\w$]{0,30})\s*=\s*\[((?:\s*(['"`])(?:(?!\3)[^\n\\]|\\.){1,200}\3\s*,?){2,12})\]/g,
    )) {
      if (!new RegExp(`\\(\\s*${m[1]!.replace(/\$/g, '\\$')}\\s*\\[`).test(script)) continue;
      for (const q of m[2]!.matchAll(/(['"`])((?:(?!\1)[^\n\\]|\\.){1,200})\1/g))
        if (out.length < 8 && q[2]!.length <= 80) out.push(unescapeJs(q[2]!));
    }
    if (!out.length)
      for (const m of script.matchAll(/(['"`])((?:(?!\1)[^\n\\]|\\.){2,200})\1/g)) {
        if (out.length >= 6) break;
        const q = unescapeJs(m[2]!);
        if (q.length <= 80 && PROMPT_ASKS.test(q)) out.push(q);
      }
  }
  for (const l of f.links) {
    if (out.length >= 12) break;
    // (an address with no query has no body: most of a shop's thousand links)
    const m = l.href.includes('?') ? /^\s*(?:sms|smsto|mailto):[^?]*\?(.*)$/is.exec(l.href) : null;
    if (!m) continue;
    for (const part of m[1]!.split('&')) {
      const [k, v = ''] = part.split('=', 2);
      if (!/^(?:body|subject)$/i.test(k ?? '')) continue;
      let said = v.replace(/\+/g, ' ');
      try {
        said = decodeURIComponent(said);
      } catch {
        // a stray "%": read as written
      }
      for (const blank of said.split(/[\n/|,;]+|:\s*/)) {
        const t = blank.replace(/[[\]()]/g, ' ').trim();
        if (t.length >= 2 && t.length <= 30 && out.length < 12) out.push(t);
      }
    }
  }
  return out;
}

/** The words just before a field, read as shown: letters of elements a stylesheet makes unseen left out (bounded) */
function seenBefore(el: Element, veiledBy: Unseen): string {
  let out = '';
  for (let p = el.previousSibling, n = 0; p && n < 8 && out.length < 60; p = p.previousSibling, n++) {
    if (p.nodeType === 3) out = (p as Text).data + out;
    else if (p.nodeType === 1) {
      const e = p as Element;
      if (/^(?:input|select|textarea|button|br|div|p|li|label|form)$/i.test(e.localName ?? '')) break;
      if (unseen(e, veiledBy)) continue;
      out = seenText(e, veiledBy, 0) + out;
    }
  }
  return cap(out.trim(), 60);
}

/** An element a stylesheet class or its own style makes unseen */
function unseen(e: Element, veiledBy: Unseen): boolean {
  if (veiledBy.elements.has(e)) return true;
  const cls = attr(e, 'class').toLowerCase();
  if (cls && veiledBy.classes.size && cls.split(/\s+/).some((t) => veiledBy.classes.has(t))) return true;
  const style = attr(e, 'style');
  return !!style && VEIL_STYLE.test(style);
}

/** An element's text without that of descendants a stylesheet class makes unseen (bounded) */
type Unseen = {
  classes: ReadonlySet<string>;
  elements: ReadonlySet<Element>;
  /** words classes draw before and after an element's own (::before, ::after) */
  before?: ReadonlyMap<string, string>;
  after?: ReadonlyMap<string, string>;
};
function seenText(el: Element, veiledBy: Unseen, depth: number): string {
  let out = '';
  for (let c = el.firstChild; c && depth < 8; c = c.nextSibling) {
    if (c.nodeType === 3) out += (c as Text).data;
    else if (c.nodeType === 1) {
      if (unseen(c as Element, veiledBy)) continue;
      const cls =
        veiledBy.before?.size || veiledBy.after?.size ? attr(c as Element, 'class').toLowerCase() : '';
      const drawn = (m?: ReadonlyMap<string, string>) =>
        cls && m?.size
          ? cls
              .split(/\s+/)
              .map((t) => m.get(t) ?? '')
              .join('')
          : '';
      out += drawn(veiledBy.before) + seenText(c as Element, veiledBy, depth + 1) + drawn(veiledBy.after);
    }
    if (out.length > 400) break;
  }
  return out;
}

/** The flex order a stylesheet gives one of these classes, if any */
function classOrder(cls: string, orderBy: ReadonlyMap<string, number>): number | undefined {
  for (const t of cls.toLowerCase().split(/\s+/)) {
    const o = orderBy.get(t);
    if (o !== undefined) return o;
  }
  return undefined;
}

/** An inline style that places its element by flex order or by a grid column */
const ORDER_STYLE = /(?:^|;)\s*(?:order|grid-column(?:-start)?)\s*:\s*([+-]?\d+)/;
/** An element's offset from the left in its inline style (px, or none: 0) */
const LEFT_STYLE = /(?:^|;)\s*left\s*:\s*([+-]?\d+(?:\.\d+)?)(?:px)?\s*(?:;|$)/i;

/** The key in a page's `orderBy` that says one of its stylesheets takes something out of the flow (no class has a space) */
const SHEET_ABSOLUTE = ' absolute';

/** Not in the flow, where a browser computes it (a static reader has no layout: the stylesheet's word taken) */
function outOfFlow(el: Element): boolean {
  const position = el.ownerDocument?.defaultView?.getComputedStyle?.(el)?.position;
  return !position || position === 'absolute' || position === 'fixed';
}

/**
 * Where a stylesheet places an element in its flex or grid box: its own style, a class's or an attribute's rule
 * (`style`: its style attribute, where the caller has read it already)
 */
function placedAt(
  el: Element,
  orderBy?: ReadonlyMap<string, number>,
  style = attr(el, 'style'),
): number | undefined {
  const m = style ? ORDER_STYLE.exec(style) : null;
  if (m) return Number(m[1]);
  // (… or taken out of the flow and put at its own distance from the left: "<span style=position:absolute;left:40px>u"
  // — letters stored in any order, shown in the order of their offsets)
  const left = style && /position\s*:\s*absolute/i.test(style) ? LEFT_STYLE.exec(style) : null;
  if (left) return Number(left[1]);
  // (… or taken out of the flow by a stylesheet, `.hl span{position:absolute}`, and given its offset inline: "<span
  // style=left:80px>팡</span><span style=left:0>쿠</span>" — where a browser says so, only when it is absolute)
  if (style && orderBy?.has(SHEET_ABSOLUTE) && !/position\s*:/i.test(style)) {
    const off = LEFT_STYLE.exec(style);
    if (off && outOfFlow(el)) return Number(off[1]);
  }
  if (!orderBy?.size) return undefined;
  const byClass = classOrder(attr(el, 'class'), orderBy);
  if (byClass !== undefined) return byClass;
  let at = 0;
  for (const [k, o] of orderBy)
    if (k.startsWith('[')) {
      const eq = k.indexOf('=');
      if (attr(el, k.slice(1, eq)) === k.slice(eq + 1, -1)) return o;
    } else if (k.indexOf(' ') > 0) {
      // (a box's class and the child's place in it: counted once, up to the two digits a rule names)
      const box = el.parentElement;
      if (!box) continue;
      if (!at) for (let c: Element | null = el; c && at < 100; c = c.previousElementSibling) at++;
      const sp = k.indexOf(' ');
      if (
        Number(k.slice(sp + 1)) === at &&
        ` ${attr(box, 'class').toLowerCase()} `.includes(` ${k.slice(0, sp)} `)
      )
        return o;
    }
  return undefined;
}

/**
 * One of a box's first few children (from `first`, its first) is placed by the stylesheet (spacers with no text may
 * come first), and the box has two or more: a box of one child has nothing to reorder. The styles read are kept in
 * `read` (element, style, …, ended by a null where fewer than four): the walk enters those children next and reads
 * them again. (No separate look for a second child first; `read` keeps its length, as emptying it made V8 drop
 * its store for the next push to make anew.)
 */
function placedFirst(first: Element, orderBy: ReadonlyMap<string, number>, read: unknown[]): boolean {
  let n = 0;
  for (let c: Element | null = first; c && n < 4; c = nextElement(c), n++) {
    const style = attr(c, 'style');
    read[2 * n] = c;
    read[2 * n + 1] = style;
    if (placedAt(c, orderBy, style) !== undefined) {
      if (n < 3) read[2 * n + 2] = null;
      return n > 0 || !!nextElement(c);
    }
  }
  if (n < 4) read[2 * n] = null;
  return false;
}

/**
 * The text of a small element as the screen shows it, where its inline style reorders it: its children's
 * flex `order` (or a reversed flex direction), or a right-to-left bidi override. null where it reorders
 * nothing, or holds more than a short name (a paragraph, when a bidi override turns it).
 */
function visualText(el: Element, style: string, orderBy?: ReadonlyMap<string, number>): string | null {
  const rtl = /bidi-override/.test(style) && /rtl/.test(style);
  const flex = /display\s*:\s*(?:inline-)?(?:flex|grid)/.test(style);
  if (!rtl && !flex) return null;
  const all = el.textContent ?? '';
  // (a sentence stored backwards and turned by the override, "…로시캐팡쿠 면하력입": read as the reader reads it)
  if (!all.trim() || all.length > (rtl ? 2000 : 40)) return null;
  if (rtl) return [...all].reverse().join('');
  const reverse = /row-reverse/.test(style);
  const kids: [number, string][] = [];
  let ordered = false;
  for (let c = el.firstElementChild, n = 0; c; c = c.nextElementSibling) {
    if (++n > 200) return null;
    // (empty spacers between the letters show nothing: not counted)
    const t = c.textContent ?? '';
    if (!t) continue;
    const at = placedAt(c, orderBy);
    if (kids.length >= 24) return null;
    if (at !== undefined) ordered = true;
    kids.push([at ?? 0, t]);
  }
  if (kids.length < 2 || !(ordered || reverse)) return null;
  const row = kids.sort((a, b) => a[0] - b[0]).map((k) => k[1]);
  return (reverse ? row.reverse() : row).join('');
}

/**
 * HTML that an inline script carries as string literals (joined in order, so '<h2>'+b+' 환불</h2>' reads as one
 * heading) or as base64 (atob), when it holds a form, a field or a heading. '' when there is none.
 */
export function scriptMarkup(script: string): string {
  // (… or a wizard that asks one question a screen: each of a list written in turn over the one box whose answer it
  // reads, `qt.textContent = Q[i]` … `.value` — a box per question, as a list of labels is — page-r9-miss)
  const makes = CREATES_FIELDS.test(script) || (ASKS_IN_TURN.test(script) && /\.value\b/.test(script));
  if (!script || !(makes || /<|atob|base64|fromCharCode\.apply/i.test(script))) return '';
  script = resolveScript(script);
  const lits: string[] = [];
  for (const m of script.matchAll(
    /'((?:[^'\\\n]|\\.){0,20000})'|"((?:[^"\\\n]|\\.){0,20000})"|`((?:[^`\\]|\\.){0,8000})`/g,
  )) {
    let l = m[1] ?? m[2] ?? m[3] ?? '';
    if (l.length >= 16 && l.length % 4 === 0 && /^[a-z0-9+/]+=*$/i.test(l))
      l = decodeDataUrl(`data:;base64,${l}`);
    lits.push(unescapeJs(l));
    if (lits.length >= 2000) break;
  }
  let html = lits.join(' ');
  // Fields a script makes one by one from a list of their labels (['카드번호','유효기간','CVC'].forEach(…
  // createElement('input') … placeholder = p)), on a click or a wizard's next step: each label of the list a box
  if (makes) html += fieldsFromLists(script);
  // (… and a box it draws as dots, `e.style.cssText = '…-webkit-text-security:disc'`: a password box made one letter
  // at a time, as the collector reads it in the page — page51)
  if (makes && MASKED.test(script)) html += ' <input type="password">';
  // (… or a number to call: a callback page that shows its number only after a tap on "내역 보기")
  return /<(?:form|input|select|textarea|h[1-3]|button)\b|href=["']?tel:/i.test(html)
    ? cap(html, 100_000)
    : '';
}

/** A script that writes text into the page from a list, over time or on a step */
const PLAYS_TEXT =
  /(?:textContent|innerText|innerHTML)\s*\+?=\s*\w+\s*\[|\.append\(\s*\w+\s*\[|setInterval|setTimeout/;

/**
 * The sentences a script holds (["안녕하세요 고객님, …", "…"], {a: "…"}, `…`, "…|…".split("|")): Korean literals of a
 * dozen characters or more, two or more of them. Bounded: 40 lines, 4,000 characters.
 */
function playedLines(script: string): string[] {
  const out: string[] = [];
  let chars = 0;
  // (in a list, an object's values, backticks, or one string the script splits: "…|…".split("|"))
  const lits = [
    ...script.matchAll(
      /"((?:[^"\\\n]|\\.){12,1200})"|'((?:[^'\\\n]|\\.){12,1200})'|`((?:[^`$\\]|\\.){12,1200})`/g,
    ),
  ].flatMap((l) => {
    const raw = l[1] ?? l[2] ?? l[3]!;
    // (… or kept in base64 and decoded as it is played: ['7JWI64WV…', …] fed to atob)
    const b64 = /^[a-z0-9+/]{16,}={0,2}$/i.test(raw) && /atob/.test(script) ? utf8Base64(raw) : '';
    return (b64 || unescapeJs(raw)).split(/\s*\|\s*/);
  });
  const lines = lits
    .map((t) => t.trim())
    .filter((t) => t.length >= 12 && /[가-힣]/.test(t) && !/[<>{}=;]/.test(t));
  if (lines.length < 2) return out;
  for (const t of lines) {
    out.push(t);
    chars += t.length;
    if (out.length >= 40 || chars >= 4000) break;
  }
  return out;
}

/**
 * A base64 string's UTF-8 text, or '' when it is not base64 — nor UTF-8, unless `loose`: then a byte that is no
 * UTF-8 reads as U+FFFD (the scorer's reader of `atob('…')` written into the page, score.ts)
 */
export function utf8Base64(b64: string, loose?: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !loose }).decode(
      Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)),
    );
  } catch {
    return '';
  }
}

/** A script that writes one item of a list at a time into the page (`el.textContent = Q[i]`) */
const ASKS_IN_TURN = /\.(?:textContent|innerText|innerHTML)\s*=\s*\w+\s*\[\s*\w+\s*\]/;
/** A script that makes form fields: createElement('input'), or an input tag in a string it writes */
const CREATES_FIELDS = /createElement\(\s*['"`](?:input|textarea)['"`]|['"`][^'"`\n]{0,200}<input\b/i;

/**
 * The short strings of a script that makes fields, written as boxes labelled with them: its literals however quoted
 * (['카드번호','CVC'], {num:{label:'카드 번호'}}, [`유효기간`]) and a list in one string ('이름,생년월일,SMS
 * 인증번호'.split(',')). What the script will ask is asked now. Bounded: 300 labels of 40 characters at most.
 */
function fieldsFromLists(script: string): string {
  let out = '';
  let n = 0;
  const box = (l: string) => {
    l = l.trim();
    if (l.length === 0 || l.length > 40 || /[<>{}=;$\\]/.test(l) || ++n > 300) return;
    out += ` <input placeholder="${l.replace(/[&"]/g, ' ')}">`;
  };
  for (const m of script.matchAll(
    /'((?:[^'\\\n]|\\.){1,4000})'|"((?:[^"\\\n]|\\.){1,4000})"|`([^`$\\]{1,4000})`/g,
  )) {
    const l = unescapeJs(m[1] ?? m[2] ?? m[3] ?? '');
    // (… or a form kept as a config parsed from one literal, '{"f":[["pw","\uBE44…"]]}' — its strings, each a label
    // the template writes into a box: page-r9-miss)
    if (/^\s*[[{]\s*["[]/.test(l)) {
      for (const s of l.matchAll(/"([^"\\\n]{1,40})"/g)) box(s[1]!);
      continue;
    }
    const parts = l.split(/\s*[,|]\s*/);
    if (parts.length >= 3 && parts.every((p) => p.length <= 24)) parts.forEach(box);
    else box(l);
    if (n > 300) break;
  }
  return out;
}

/** A script giving a box it makes the type of a file picker */
const SCRIPT_FILE_BOX =
  /(?:\.type|\[\s*['"`]type['"`]\s*\])\s*=\s*['"`]file['"`]|['"`]type['"`]\s*,\s*['"`]file['"`]|\btype\s*:\s*['"`]file['"`]/;

/**
 * A string literal's escapes as the script's engine reads them: \\uXXXX, \\u{…}, \\xXX and the quotes
 * ('<label>\\uacc4\\uc88c…' is the label a person reads). Bounded by the literal.
 */
function unescapeJs(l: string): string {
  if (!l.includes('\\')) return l;
  return l.replace(
    /\\(?:u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|x([0-9a-f]{2})|([\s\S]))/gi,
    (_, cp, u, x, ch: string) => {
      const code = parseInt(cp ?? u ?? x ?? '', 16);
      if (!Number.isNaN(code)) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
      return ch === 'n' ? '\n' : ch === 't' ? '\t' : ch;
    },
  );
}

/**
 * A script's strings with what a static reader misses put back in place: String.fromCharCode(0xCFE0,0xD321)
 * written as the string it makes, and a short string variable concatenated into literals ('<h2>'+b+' 환불')
 * written into them. Bounded; anything more dynamic stays unread.
 */
export function resolveScript(script: string): string {
  if (!/fromCharCode|\+|join/.test(script)) return script;
  const quote = (v: string) => `'${v.replace(/['\\]/g, '')}'`;
  let out = script.replace(
    /String\.fromCharCode\(\s*((?:0x[0-9a-f]{1,6}|\d{1,7})(?:\s*,\s*(?:0x[0-9a-f]{1,6}|\d{1,7})){0,80})\s*\)/gi,
    (_, args: string) => {
      try {
        return quote(String.fromCodePoint(...args.split(',').map((a) => Number(a.trim()))));
      } catch {
        return "''";
      }
    },
  );
  // … a whole body kept as an array of char codes (var c=[60,104,50,…]; String.fromCharCode.apply(null,c)): the
  // string it makes, as document.write will write it (page-r2-au)
  if (/fromCharCode\.apply/.test(out))
    for (const m of out.matchAll(
      /([A-Za-z_$][\w$]{0,30})\s*=\s*\[\s*(\d{1,6}(?:\s*,\s*\d{1,6}){3,20000})\s*\]/g,
    )) {
      const codes = m[2]!.split(',').map(Number);
      if (codes.some((c) => c > 0x10ffff)) continue;
      const n = m[1]!.replace(/\$/g, '\\$');
      const made = quote(String.fromCodePoint(...codes.slice(0, 20000))).replace(/\$/g, '$$$$');
      out = out.replace(
        new RegExp(`String\\.fromCharCode\\.apply\\(\\s*\\w*\\s*,\\s*${n}\\s*\\)`, 'g'),
        made,
      );
    }
  // … or a list of such arrays, one a word, each made in turn (P=[[51060,47492],[48708,…]]; P.forEach(c => …
  // String.fromCharCode.apply(null,c))): the list of the words it makes, for the boxes they label (page-r9-miss)
  if (/fromCharCode\.apply/.test(out))
    out = out.replace(
      /=\s*\[((?:\s*\[\s*\d{2,6}(?:\s*,\s*\d{2,6}){0,39}\s*\]\s*,?){2,40})\]/g,
      (all, list: string) => {
        const words = [...list.matchAll(/\[([^\]]*)\]/g)].map((g) => g[1]!.split(',').map(Number));
        return words.every((w) => w.every((c) => c >= 32 && c <= 0xd7a3))
          ? `=[${words.map((w) => quote(String.fromCodePoint(...w))).join(',')}]`
          : all;
      },
    );
  // … or one shifted by a constant and shifted back by a map (s=[53219,…]; String.fromCharCode(...s.map(x=>x-3))):
  // the string it makes (page-r4-bd)
  if (/fromCharCode/.test(out) && out.includes('.map('))
    for (const m of out.matchAll(
      /String\.fromCharCode(?:\(\s*\.\.\.|\.apply\(\s*\w*\s*,)\s*([A-Za-z_$][\w$]{0,30})\.map\(\s*(?:function\s*\(\s*(\w+)\s*\)\s*\{\s*return\s+|\(?\s*(\w+)\s*\)?\s*=>\s*)(?:\2|\3)\s*([+-])\s*(\d{1,6})\s*;?\s*\}?\s*\)\s*\)/g,
    )) {
      const list = new RegExp(
        `${m[1]!.replace(/\$/g, '\\$')}\\s*=\\s*\\[\\s*(\\d{1,7}(?:\\s*,\\s*\\d{1,7}){0,20000})\\s*\\]`,
      ).exec(out);
      const codes = list
        ? list[1]!.split(',').map((c) => Number(c) + (m[4] === '-' ? -1 : 1) * Number(m[5]))
        : null;
      if (!codes || codes.some((c) => c < 0 || c > 0x10ffff)) continue;
      out = out.replace(m[0], quote(String.fromCodePoint(...codes.slice(0, 20000))).replace(/\$/g, '$$$$'));
    }
  // … an array of digit groups, each joined by a map (g=[[0,7,0],[4,8,9,1]],n=g.map(function(a){return a.join('')})):
  // the array of the strings it makes, n=['070','4891'], for the joins below (page58)
  for (const m of out.matchAll(/([A-Za-z_$][\w$]{0,30})\s*=\s*\[((?:\s*\[[\d\s,']{1,40}\]\s*,?){2,8})\]/g)) {
    const made = `[${[...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((g) => quote(g[1]!.replace(/[\s,']/g, ''))).join(',')}]`;
    out = out.replace(
      new RegExp(
        `${m[1]!.replace(/\$/g, '\\$')}\\.map\\(\\s*(?:function\\s*\\(\\s*(\\w+)\\s*\\)\\s*\\{\\s*return\\s+|\\(?\\s*(\\w+)\\s*\\)?\\s*=>\\s*)(?:\\1|\\2)\\.join\\(\\s*''\\s*\\)\\s*;?\\s*\\}?\\s*\\)`,
        'g',
      ),
      made,
    );
  }
  // … an array of short literals joined in place (["1600","-","39","27"].join("")): the string it makes
  // (… or with a dash or a space between them, ['070','4618','2290'].join('-'): a number as the reader sees it)
  const items = (a: string, sep: string) => quote([...a.matchAll(/'([^']*)'/g)].map((x) => x[1]).join(sep));
  out = out.replace(
    /\[((?:\s*'[^'\\\n]{0,40}'\s*,?){2,40})\]\.join\(\s*'([-. ]?)'\s*\)/g,
    (_, a: string, sep: string) => items(a, sep),
  );
  // … an array of short literals joined (var p=['1599','-','6','2','3','1']; … p.join('')): the string it makes
  for (const m of out.matchAll(/([A-Za-z_$][\w$]{0,30})\s*=\s*\[((?:\s*'[^'\\\n]{0,40}'\s*,?){2,40})\]/g)) {
    out = out.replace(
      new RegExp(`${m[1]!.replace(/\$/g, '\\$')}\\.join\\(\\s*(['"])([-. ]?)\\1\\s*\\)`, 'g'),
      (_x, _q, sep: string) => items(m[2]!, sep),
    );
  }
  // … a number's literal reshaped by a replace ('1544-8702'.replace(/(\d{4})(\d{4})/,'$1-$2')): the same digits (page58)
  out = out.replace(
    /('[\d\s.()+-]{7,20}')(?:\.replace\(\/[^/\n]{1,40}\/[gimsuy]*\s*,\s*'[^'\n]{0,20}'\s*\))+/g,
    '$1',
  );
  const vars = new Map<string, string>();
  for (const m of out.matchAll(/(?:^|[\s;,{(])([A-Za-z_$][\w$]{0,30})\s*=\s*'([^'\\\n]{1,80})'\s*[;,\n]/g)) {
    if (vars.size >= 40) break;
    if (!vars.has(m[1]!)) vars.set(m[1]!, m[2]!);
  }
  // (… and a config parsed from one literal, cfg = JSON.parse('{"t":"\uCFE0\uD321 …"}'): its string values by their
  // keys, cfg.t, as the template and the title read them — page-r9-miss)
  for (const m of out.matchAll(
    /([A-Za-z_$][\w$]{0,30})\s*=\s*JSON\.parse\(\s*'((?:[^'\\\n]|\\.){2,20000})'\s*\)/g,
  )) {
    let cfg: unknown;
    try {
      cfg = JSON.parse(unescapeJs(m[2]!));
    } catch {
      continue;
    }
    if (cfg && typeof cfg === 'object' && !Array.isArray(cfg))
      for (const [k, v] of Object.entries(cfg).slice(0, 40))
        if (typeof v === 'string' && /^[^'\\\n]{1,80}$/.test(v) && /^[\w$]+$/.test(k)) {
          vars.set(`${m[1]}.${k}`, v);
          out = out.replace(
            new RegExp(
              `(=\\s*)${m[1]!.replace(/\$/g, '\\$')}\\.${k.replace(/\$/g, '\\$')}(?=\\s*[;,\\n])`,
              'g',
            ),
            `$1'${v.replace(/\$/g, '$$$$')}'`,
          );
        }
  }
  for (const [name, value] of vars) {
    const v = value.replace(/\$/g, '$$$$');
    const n = name.replace(/[$.]/g, '\\$&');
    out = out
      .replace(new RegExp(`'\\s*\\+\\s*${n}\\s*\\+\\s*'`, 'g'), v)
      .replace(new RegExp(`([=(,:]\\s*)${n}\\s*\\+\\s*'`, 'g'), `$1'${v}`)
      .replace(new RegExp(`'\\s*\\+\\s*${n}(?![\\w$])`, 'g'), `${v}'`);
  }
  return out;
}

/** data- attribute values joined as a script joins them at click time, when they make an APK address. */
function dataApk(el: Element): string {
  const attrs = el.attributes;
  let data = '';
  for (let i = 0; i < Math.min(attrs?.length ?? 0, 12); i++) {
    const a = attrs[i]!;
    // (an extension alone, data-x="apk", is joined with its dot by the script: '/dl/'+d.p+'.'+d.x)
    if (a.name.startsWith('data-'))
      data += /^apk$/i.test(a.value.trim()) ? '.apk' : a.value.replace(/[\s,'"+|]/g, '');
  }
  // … also written backwards, turned round by script at click time ("kpa.2v_tsol/moc.…".split('').reverse())
  if (/kpa\./i.test(data)) data = [...data].reverse().join('');
  // … or in base64, for atob(this.dataset.u) at click time
  else if (!/\.apk\b/i.test(data) && /^[A-Za-z0-9+/]{12,400}={0,2}$/.test(data)) {
    try {
      data = atob(data);
    } catch {
      // not base64 after all
    }
  }
  return /\.apk\b/i.test(data) ? cap(data, 200) : '';
}

/** The markup of a data: URL (base64 or percent-encoded), '' when it cannot be decoded. */
/** A constructed stylesheet's rules as text, bounded */
function sheetText(sheet: CSSStyleSheet): string {
  try {
    const parts: string[] = [];
    for (let i = 0, n = 0; i < sheet.cssRules.length && i < 200 && n < 20_000; i++) {
      const t = sheet.cssRules[i]!.cssText;
      parts.push(t);
      n += t.length;
    }
    return parts.join('\n');
  } catch {
    return '';
  }
}

/** The data: SVG a srcset offers (`data:image/svg+xml;… 1x`), or '' */
function srcsetData(srcset: string): string {
  const i = srcset.search(/data:image\/svg/i);
  return i < 0 ? '' : (/^\S+/.exec(srcset.slice(i))?.[0] ?? '');
}

const decodeDataUrl = dataUrlText;

/** The first of several lines of words an SVG draws (two of them four characters or more), or undefined */
function svgHead(svg: string): string | undefined {
  const lines: string[] = [];
  // (a line each <text>, or each <tspan> set on a line of its own by x or dy inside one)
  for (const m of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/gi)) {
    const spans = [...m[1]!.matchAll(/<tspan\b[^>]*\b(?:x|dy)\s*=[^>]*>([\s\S]*?)<\/tspan>/gi)];
    for (const part of spans.length >= 2 ? spans.map((x) => x[1]!) : [m[1]!]) {
      const t = decodeRefs(part.replace(/<[^>]*>/g, '')).trim();
      if (t) lines.push(t);
    }
    if (lines.length >= 12) break;
  }
  return lines.length >= 2 && lines[0]!.length >= 2 && lines.filter((l) => l.length >= 4).length >= 2
    ? cap(lines[0]!, 120)
    : undefined;
}

/** The words of an SVG's <text> elements, top to bottom (at most 30) */
function svgTextsByY(svg: string): string[] {
  const out: [number, string][] = [];
  // (the words may sit in <tspan>s inside the <text>)
  for (const m of svg.matchAll(/<text\b([^>]*)>((?:[^<]|<\/?tspan\b[^>]*>){1,200}?)<\/text>/gi)) {
    const y = /\by\s*=\s*["']?(-?[\d.]+)/.exec(m[1]!);
    const t = decodeRefs(m[2]!.replace(/<[^>]*>/g, '')).trim();
    if (t) out.push([y ? Number(y[1]) : 0, t]);
    if (out.length > 30) return [];
  }
  return out.sort((a, b) => a[0] - b[0]).map((w) => w[1]);
}

/**
 * The text an SVG draws (<text>, <tspan>, <title>): tags removed, pieces joined as drawn; one glyph per <text>
 * (a number drawn a digit at a time: "0","2","-","6",…) reads as one word, as the eye reads it.
 */
function svgText(svg: string): string {
  const m = svg.match(/<(?:text|title)\b[\s\S]*?<\/(?:text|title)>/gi);
  return m
    ? cap(
        m
          .map((p) => decodeRefs(p.replace(/<[^>]*>/g, '')).trim())
          .join(' ')
          .replace(/(?<=(?:^|\s)\S) (?=\S(?:\s|$))/g, ''),
        300,
      )
    : '';
}

/** Character references in markup read as text by hand (an SVG's <text>&#xCFE0;&#xD321;</text>) */
function decodeRefs(t: string): string {
  if (!t.includes('&')) return t;
  return t.replace(
    /&#(x[0-9a-f]{1,6}|\d{1,7});|&(amp|lt|gt|quot|apos|nbsp);/gi,
    (_, n: string, named: string) => {
      if (named)
        return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[named.toLowerCase()] ?? '';
      const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    },
  );
}

/** Fill and stroke colours of an SVG, "#rrggbb" (3-digit forms expanded), at most 16. */
function svgColors(svg: string): string | undefined {
  const out: string[] = [];
  for (const m of svg.matchAll(
    /(?:fill|stroke|stop-color|color)\s*[=:]\s*["']?#([0-9a-f]{6}|[0-9a-f]{3})\b/gi,
  )) {
    const h = m[1]!.toLowerCase();
    const c = '#' + (h.length === 3 ? [...h].map((x) => x + x).join('') : h);
    if (!out.includes(c)) out.push(c);
    if (out.length >= 16) break;
  }
  return out.length ? out.join(' ') : undefined;
}

/** a stylesheet rule's selector and its data: SVG background */
// (the address read to its own closing quote: a data: SVG in double quotes may hold single ones, width='100%')
const CSS_SVG =
  /([^{}]{1,120})\{[^{}]*?(?:url|image-set)\(\s*(?:"(data:image\/svg\+xml[^"]{1,40000})|'(data:image\/svg\+xml[^']{1,40000})|(data:image\/svg\+xml[^'")\s]{1,40000}))/g;
const CSS_ATTR = /content\s*:([^;{}]{0,200}?attr\(\s*[\w-]{1,40}\s*\)[^;{}]{0,200})/g;
/** A CSS string's escapes decoded ("\\CFE0\\D321" → "쿠팡"); bounded. */
function pushCss(f: PageFacts, raw: string): void {
  if (f.cssText.length >= 50) return;
  const s = cssUnescape(raw);
  // (an icon font's glyphs, private-use code points, say nothing: they do not use up the room for words)
  if (s.trim() && !/^[\s\ue000-\uf8ff]*$/.test(s)) f.cssText.push(s);
}

/** An element's open shadow root, if any (read from the prototype where there is one): the default when the
 * caller gives no accessor for closed ones. */
const SHADOW_ROOT = get(EP, 'shadowRoot');
function shadowOf(el: Element): ShadowRoot | null {
  try {
    return ((SHADOW_ROOT ? SHADOW_ROOT.call(el) : (el as { shadowRoot?: ShadowRoot | null }).shadowRoot) ??
      null) as ShadowRoot | null;
  } catch {
    return null;
  }
}

/** Colours of an inline SVG's shapes (fill/stroke attributes and inline styles), bounded. */
function inlineSvgColors(svg: Element): string | undefined {
  try {
    const parts: string[] = [];
    const shapes = svg.querySelectorAll('[fill],[stroke],[style],[stop-color]');
    for (let i = 0; i < shapes.length && i < 60; i++) {
      const e = shapes[i]!;
      parts.push(
        `fill="${attr(e, 'fill')}" stroke="${attr(e, 'stroke')}" stop-color="${attr(e, 'stop-color')}" ${attr(e, 'style')}`,
      );
    }
    return svgColors(parts.join(' '));
  } catch {
    return undefined;
  }
}

/**
 * srcdoc markup parsed without running it: the browser's DOMParser makes an inert document (no scripts, no
 * loads); elsewhere (Node) the caller's parser, if it gave one.
 */
export type HtmlParser = (html: string) => Document | null;
const defaultParser: HtmlParser | undefined =
  typeof DOMParser === 'function' ? (html) => new DOMParser().parseFromString(html, 'text/html') : undefined;
function inertFragment(html: string, parse: HtmlParser | undefined): Node | null {
  try {
    return (parse ?? defaultParser)?.(html) ?? null;
  } catch {
    return null;
  }
}

/** The words a label drawn as an SVG picture shows (an <img> with a data: SVG, or one inside `el`). */
function drawnLabel(el: Element): string {
  const img = el.localName === 'img' ? el : el.querySelector?.('img[src^="data:image/svg" i]');
  const src = img ? attr(img, 'src') : '';
  if (!/^data:image\/svg/i.test(src)) return '';
  const svg = decodeDataUrl(cap(src, 20_000));
  // pieces placed by their coordinates read in the order they are drawn, left to right, not as written
  // (<text x="42">번호</text><text x="0">카드</text> shows "카드번호")
  const pieces = [...svg.matchAll(/<(?:text|tspan)\b([^>]*)>([^<]*)/gi)]
    .map((m) => ({
      x: Number(/\bx\s*=\s*["']?(-?[\d.]+)/.exec(m[1]!)?.[1] ?? NaN),
      y: Number(/\by\s*=\s*["']?(-?[\d.]+)/.exec(m[1]!)?.[1] ?? 0),
      t: decodeRefs(m[2]!).trim(),
    }))
    .filter((p) => p.t);
  if (pieces.length > 1 && pieces.length <= 40 && pieces.every((p) => !Number.isNaN(p.x)))
    return pieces
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((p) => p.t)
      .join('');
  return svgText(svg).trim();
}

/**
 * The row a contenteditable box stands in when four to eight such boxes stand side by side with nothing between
 * them (a one-time code typed a digit per box), else null. A box wrapped alone in an element of its own
 * (<span><div contenteditable></div></span> six times) counts by its wrapper, and the row is the wrappers' parent.
 */
/** The autocomplete a run of one-character boxes is read with (see charCells) */
export const CELLS = 'x-cells';
/** A box that takes one character (maxlength 1) */
const oneChar = (c: Element | null): boolean =>
  !!c && String(c.localName ?? '').toLowerCase() === 'input' && attr(c, 'maxlength').trim() === '1';
/**
 * An input in a run of four to twenty boxes side by side that each take one character: 1 for the run's first, -1
 * for the others (read as the first), 0 for any other box
 */
function charCells(el: Element): number {
  if (!oneChar(el)) return 0;
  let n = 1;
  let first = true;
  for (let c = el.previousElementSibling; n < 21 && oneChar(c); c = c!.previousElementSibling) {
    n++;
    first = false;
  }
  for (let c = el.nextElementSibling; n < 21 && oneChar(c); c = c!.nextElementSibling) n++;
  return n < 4 || n > 20 ? 0 : first ? 1 : -1;
}

function codeRow(el: Element, box: (c: Element) => boolean = editableBox): Element | null {
  const editable = (c: Element | null): boolean =>
    !!c &&
    (box(c) || (c.childElementCount === 1 && !(c.textContent ?? '').trim() && editable(c.firstElementChild)));
  const parent = el.parentElement;
  if (!parent) return null;
  const unit = parent.childElementCount === 1 && !(parent.textContent ?? '').trim() ? parent : el;
  let n = 1;
  for (let c = unit.previousElementSibling; n < 10 && editable(c); c = c!.previousElementSibling) n++;
  for (let c = unit.nextElementSibling; n < 10 && editable(c); c = c!.nextElementSibling) n++;
  return n >= 4 && n <= 8 ? (unit.parentElement ?? parent) : null;
}

const editableBox = (c: Element): boolean =>
  !!call(c, 'hasAttribute', 'contenteditable') && attr(c, 'contenteditable').toLowerCase() !== 'false';

/**
 * A cell a key listener fills: focusable by tabindex (not -1), no element inside, a character at most — not a
 * link, button or field, which say what they are. Six of them side by side are a code typed a digit per cell.
 */
export const codeCell = (c: Element): boolean =>
  /^\d/.test(attr(c, 'tabindex').trim()) &&
  c.childElementCount === 0 &&
  (c.textContent ?? '').trim().length <= 1 &&
  !/^(a|button|input|select|textarea|summary|iframe|img)$/.test(String(c.localName ?? '').toLowerCase());

/** A focusable box of four to eight empty cells and nothing else (a code typed into it a key at a time) */
const cellsBox = (el: Element): boolean =>
  /^\d/.test(attr(el, 'tabindex').trim()) &&
  el.childElementCount >= 4 &&
  el.childElementCount <= 8 &&
  !(el.textContent ?? '').trim() &&
  Array.from(el.children).every((c) => c.childElementCount === 0);

/** A node's text without the source of the scripts and styles inside it */
function shownText(p: Node): string {
  const all = (p.textContent ?? '').trim();
  if (p.nodeType !== 1 || !all || !(p as Element).querySelector?.('script, style')) return all;
  const copy = (p as Element).cloneNode(true) as Element;
  for (const x of Array.from(copy.querySelectorAll('script, style'))) x.remove();
  return (copy.textContent ?? '').trim();
}

/** An image's alt or title, the words it stands for (a picture used as a field's label) */
function imageName(el: Element): string {
  return el.localName === 'img' ? (attr(el, 'alt') || attr(el, 'title')).trim() : '';
}

/**
 * Text right before a field when it has no label: "<td>카드번호</td><td><input></td>", "<span>CVC</span><input>".
 * Looks at the previous siblings of the field and of its parent (two levels), at most 60 characters.
 */
/** The icons a form uses for a label with no words: what each box then takes */
const ICON_LABEL: Record<string, string> = {
  '💳': '카드번호',
  '🏦': '계좌번호',
  '🔑': '비밀번호',
  '🔐': '비밀번호',
  '📱': '휴대폰 번호',
};
export function nearbyText(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; level < 3 && node; level++) {
    for (let p: Node | null = node.previousSibling, n = 0; p && n < 3; p = p.previousSibling, n++) {
      if (p.nodeType === 1 && /^(input|select|textarea|button)$/i.test((p as Element).localName ?? '')) break;
      // (a script's or a style's source is no text a reader sees: `<p><span id=x></span><script>…atob(…)</script> 본문</p>`)
      // (… nor the document's head, reached from a box right in the body: its title labels no box — page54)
      if (p.nodeType === 1 && /^(script|style|template|noscript|head)$/i.test((p as Element).localName ?? ''))
        continue;
      // (… nor a table of rows before it, search terms with their counts or prices by shop: data, no box's label —
      // a label is one line; a table that asks holds its boxes in its own cells — page61)
      if (
        p.nodeType === 1 &&
        (p as Element).localName === 'table' &&
        (p as Element).querySelectorAll('tr').length >= 3 &&
        !(p as Element).querySelector('input,select,textarea')
      )
        continue;
      // (a label drawn as a picture: the words an SVG image draws, "비밀번호" in a <text>)
      // (… or a picture of the words with its alt or title, `<img alt="통관부호"><input type=number>`: what a reader
      // who cannot see it is told, and what the picture shows — page46)
      const t = shownText(p) || (p.nodeType === 1 ? drawnLabel(p as Element) || imageName(p as Element) : '');
      // (… or an icon alone for its label, "💳 <input>": the word the icon stands for — page53)
      if (t) return ICON_LABEL[t.replace(/\ufe0f|[\s:：]/g, '')] ?? cap(t.slice(-60), 60);
    }
    node = node.parentElement;
  }
  return '';
}

/** A placeholder a script copies from a data attribute: `e.placeholder = e.dataset.p` → "data-p", or '' */
function dataPlaceholder(script: string): string {
  const m =
    /\.placeholder\s*=\s*[\w$]{1,30}\.(?:dataset\.([a-z][\w]{0,30})|getAttribute\(\s*['"](data-[\w-]{1,30})['"])/i.exec(
      script,
    );
  if (!m) return '';
  return m[2] ?? `data-${m[1]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
