/**
 * Where a URL's path names the site. On shared hosts (list data: Google Sites, cloud storage buckets, blogs,
 * messengers, shorteners, forms) the segment after a fixed prefix is the site a reader sees, so
 * `sites.google.com/view/coupang-bosang` and `storage.googleapis.com/coupang-cs/` are judged like host labels; on
 * hosting platforms and on an address with no name at all (an IP address) the first segment is. Where the host
 * serves files (buckets, IPFS gateways, site builders, platforms) the segments after it are the site's own folders
 * and pages, where a kit's folder named for the brand (`/kr/coupang/login`) or a page named brand + lure words
 * (`coupang-login.html`, `쿠팡-피해보상-신청`) shows. On any host, a first segment written as a host name with more
 * path after it (`evil.top/www.coupang.com/login`) makes the link read as that host. Article slugs on news and
 * blog hosts are never judged. Which hosts are shared is data (lists/sources/shared-hosts.json), not code.
 */

import { extraWords, hasKoreanLure, hasStrongLure } from './lure';

/** A shared host, compiled from the list (compile.ts). */
export interface SharedHostRule {
  /** path prefixes (segments, '*' any one) after which the site's segment stands, longest first */
  prefixes: readonly (readonly string[])[];
  /** the site's segment is a free alias (a developer's account, a form's slug): only a scam-shaped name counts */
  alias: boolean;
  /**
   * the site's segment is a short link's, a form's or a survey's chosen name: the brand alone counts too (a link or
   * a form that claims to be the brand's)
   */
  shortener: boolean;
  /** the segments after the site's are its folders and pages */
  pages: boolean;
  /** the site's segment is a page's title with the page's id after it (Notion): the id is no word of the name */
  titled: boolean;
  /** the site's segment is a document's generated id (Google Docs', Drive's): the brand counts only with a lure word */
  ids: boolean;
  /** with alias: the segment is a chat's account or group on a messenger (LINE, Discord): no regional account's */
  chat: boolean;
  /** with alias: a name after `+` is an invite's the service draws itself (Telegram's): one spelt out is forged */
  invites: boolean;
  /** query parameters whose value names a page (Apps Script's `?page=`) */
  query: readonly string[];
  /** every subdomain is someone's bucket or site: the host is judged as a hosting platform's (its path too) */
  hosting: boolean;
}

/**
 * How a path segment is judged:
 * - site: like a host label (every look-alike rule; a real word near the brand needs a lure word);
 * - alias: only the brand with lure words (`coupang-bosang`), never the brand alone or with other words;
 * - claim: a short link's name: the brand alone, with the brand's own words or with lure words (`is.gd/coupangwow`);
 * - page: as alias, or the brand alone as a kit's folder or page file (`coupang/login`, `coupang.html`);
 * - kit: a first folder on any host: the brand alone or with lure words, and only when the page under it (`next`)
 *   is a lure-word page (`coupang/login.php`), which is looked at only once the brand matched.
 */
export type PathRole = 'site' | 'alias' | 'claim' | 'page' | 'kit';

export interface PathSite {
  text: string;
  role: PathRole;
  /**
   * a page that is a kit's: a page file itself (`coupang.html`), or a folder holding a page file or a lure-word page
   * (`coupang/index.html`, `coupang/login`): the brand alone counts there, not in `logos/coupang/logo.png`
   */
  folder: boolean;
  /** for a kit's folder, the segment under it (also for a folder where an abbreviation may stand: `short`, `cms`) */
  next?: string;
  /**
   * a folder no site names for anyone (a CMS's system folders, a bare IP address's folder holding a lure page):
   * an abbreviation that names the brand alone (`cpng`, the list's `ownShort`) counts there by itself, any of the
   * list's abbreviations with a Korean lure word under it (`/cp/bosang/`)
   */
  short?: boolean;
  /**
   * a folder or page among a CMS's own folders (its system code, its uploads, a component's code): nobody names one
   * there for anyone, so an abbreviation of the brand with lure words counts (`themes/x/cp-refund/`), and alone with a
   * static lure page under it (`uploads/cp/track.html`)
   */
  cms?: boolean;
  /** the site's segment ends the path: a profile or channel itself, no page under it */
  end?: boolean;
  /**
   * a page or folder under a content identifier (an IPFS CID, an Arweave id): a site with no name and no server, so
   * no control panel or shop logs anyone in there
   */
  hashed?: boolean;
  /** the site's segment is a chat's account or group on a messenger (SharedHostRule's `chat`) */
  chat?: boolean;
  /**
   * the site's segment is written as Telegram's invite (`+name`) with letters in it: Telegram draws an invite's
   * name itself (sixteen letters, digits, `_` and `-` at random), so the brand's name spelt out there is forged
   */
  invite?: boolean;
  /**
   * a folder deep in an ordinary site's path with a page under it that asks for something (`…/coupang/login.php`,
   * `…/cp/bosang.cgi`): an abbreviation counts there only with that page (shortInPath)
   */
  deep?: boolean;
  /**
   * a folder dropped into a site's software's own code (a CMS's system folder: `wp-includes`, gnuboard's
   * `plugin/editor`; not a server's `cgi-bin` nor `wp-admin`, where a control panel's scripts live): any of the list's abbreviations
   * counts there with a page under it that asks for something (`/plugin/editor/cp/refund.php`, domain47's round)
   */
  system?: boolean;
  /** an Android package's file name (`CoupangPlay_TV.apk`): an app's own words beside the brand say nothing more */
  app?: boolean;
  /**
   * (set by the caller for an app file) the host's suffix is one kits register by the hundred: any of the list's
   * abbreviations with lure words names the app there (`apk-down.shop/files/cp_update.apk`)
   */
  cheap?: boolean;
  /** two folders read joined (`/cou/pang/refund`): the brand's whole name only, never an abbreviation */
  joined?: boolean;
  /** a document's generated id (Google Docs', Drive's), its fixed prefix cut: the brand counts with a lure word only */
  id?: boolean;
}

const MAX_SEGMENTS = 12;
/**
 * The fixed start of a Google document's id: a form's `1FAIpQLS` and one letter, a published document's `2PACX-1v`
 * and one character. What follows is generated; a forged id spells its name there (`1FAIpQLSd-coupang-bosang`).
 */
const DOC_ID_PREFIX = /^(?:1faipqls[a-z]|2pacx-1v[a-z0-9_-])/;
const HOST_LIKE = /^[^./]+(\.[^./]+)*\.[a-z]{2,24}$/;
/** A host name of three labels or more that is not a www host (`login.coupang.com`). */
const SUB_HOST = /^(?!www\d*\.|m\.)[^./]+(\.[^./]+)+\.[a-z]{2,24}$/;
/** A content identifier (an IPFS CID, an Arweave transaction id): a site named by a hash of what it holds. */
const CONTENT_ID = /^[a-z0-9_-]{40,}$/;
/** A page file: the common server pages, and `.pang`, Coupang's own servlet pages that kits copy (`login.pang`). */
const PAGE_FILE = /\.(?:html?|php|aspx?|jsp|pang)$/;
/** A page file or an old server's script (`bosang.cgi`): what a folder deep in a site's path serves. */
const DEEP_PAGE = /\.(?:html?|php|aspx?|jsp|pang|cgi)$/;
/**
 * An Android app package, or a Windows installer (`.exe`, `.msi`, a remote-control tool a scam call talks a victim
 * into: domain32): Coupang's apps come from the app stores, so a package named for the brand is a lure. Since
 * domain35's round also a calendar file (`.ics`): opened, it plants the brand's "deadlines" with their links in the
 * phone's calendar (`/cal/쿠팡보상마감.ics`), and the brand hands out none.
 */
const APP_FILE = /\.(?:apk|xapk|apks|exe|msi|ics)$/;
/**
 * Bidirectional controls (U+202A-U+202E, U+2066-U+2069): inside a file's name they turn what follows round on
 * screen (`coupang\u202ekpa.apk`), so the name a reader sees ends before the first.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** Cheap test before any segment is looked at: the text names an app package somewhere. */
export const APP_HINT = /apk|exe|msi|\.ics/i;
/**
 * Where a site's own pages turn into articles: a year (`/2026/12/…`) or a section of posts, tags and archives.
 * A post's slug below it names what the post is about, not the site (`/posts/coupang-refund/`), and is not judged.
 */
const ARTICLES =
  /^(?:(?:19|20)\d\d|posts?|blog|blogs|entry|entries|articles?|news|archives?|tags?|category|categories|wiki|search)$/;

/** Is `seg` a folder where a site's pages turn into articles (ARTICLES: a year, `news`, `tags`, `search` …)? */
export const articleSegment = (seg: string): boolean => ARTICLES.test(seg.toLowerCase());

function decodeSegment(seg: string): string {
  let s = seg;
  try {
    s = decodeURIComponent(seg);
  } catch {
    // keep it as written
  }
  return s.toLowerCase().slice(0, 253);
}

/** Path segments, decoded; an encoded slash (`coupang%2Flogin.html`, Firebase storage) separates segments too. */
function segments(path: string): string[] {
  const out: string[] = [];
  for (const raw of path.split('/', MAX_SEGMENTS + 1)) {
    if (!raw) continue;
    for (const s of decodeSegment(raw).split('/')) if (s && out.length < MAX_SEGMENTS) out.push(s);
  }
  return out;
}

/**
 * A letter or a digit percent-encoded (`%6f`, `%41`), or encoded twice (`%2563`): nothing needs it, a browser never
 * writes one, so a segment written so hides its name from a reader and a filter (`c%6fup%61ng-wow`).
 */
export const ENCODED_LETTER = /%(?:25)?(?:3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])/i;

/** The segments of `path` whose letters or digits were percent-encoded without need, decoded (twice at most). */
function needlesslyEncoded(path: string): string[] {
  const out: string[] = [];
  if (!ENCODED_LETTER.test(path)) return out;
  for (const raw of path.split('/', MAX_SEGMENTS + 1)) {
    if (!ENCODED_LETTER.test(raw)) continue;
    let s = raw;
    for (let i = 0; i < 2 && s.includes('%'); i++) {
      try {
        s = decodeURIComponent(s);
      } catch {
        break;
      }
    }
    if (s && !s.includes('%')) out.push(s.toLowerCase().slice(0, 253));
  }
  return out;
}

/**
 * A handle as written (`@coupang_cs`, LINE's `~coupang.event`, Telegram's invite sign `+coupang7011`): the sign goes, underscores read as hyphens, and so
 * does the `!` of OneDrive's share ids (`s!Coupang_Update`); since domain69's round a trailing `+`, Bitly's sign for a
 * link's preview page (`bit.ly/coupang-verify+`): the same link's name, shown before it opens.
 */
const handle = (s: string): string =>
  (s.endsWith('+') ? s.slice(0, -1) : s).replace(/^[@~+]+/, '').replace(/[_!]/g, '-');

/** A Telegram invite's sign before a name with letters (`+coupang_vip_room`; `+821012345678` is a phone number). */
const FORGED_INVITE = /^\+(?=[\w-]*[a-z])[\w-]{3,64}$/i;

/** A page's id after its title (`-3f2a9c0e…`, six letters and digits or more, a digit among them). */
const TITLE_ID = /-(?=[a-z]*[0-9])[a-z0-9]{6,40}$/;

/** A document's extension (a PDF, an office or Hangul word processor's file, text): a shared file's name ends so. */
const DOC_FILE = /\.(?:pdf|docx?|xlsx?|pptx?|hwpx?|txt|rtf|odt)$/;

/**
 * A free name's dots separate words (`coupang.event`, a LINE or Instagram handle); a page file's or a document's
 * extension is not a word of its name (`flip-book/coupang-refund.html`, OneDrive's `name=coupang-refund.pdf`).
 * An image's is (`coupang-event.png` names a picture, not a page).
 */
export const words = (s: string): string =>
  s.replace(PAGE_FILE, '').replace(DOC_FILE, '').replace(/\./g, '-');

/** A page named with lure words only (`login.php`, `보상`, `verify`): what a kit's folder holds. */
export function lurePage(seg: string): boolean {
  return extraWords(seg.replace(PAGE_FILE, '')) === 'lure';
}

/**
 * Pages an honest site about the brand has under a folder named for it: a class action's sign-up (`/coupang/join`),
 * a notice, a members' page. A kit's folder on any host counts only with another lure page.
 */
const HONEST_PAGE = /^(?:join|member|members|membership|notice|annae|공지|안내|가입|참여)(?:\.[a-z]+)?$/;

/**
 * A CMS's own folders, by the cheap test every path with one passes first: WordPress's (`wp-…`), the `.well-known`
 * of RFC 8615, a server's `cgi-bin`, a small site's media, data and upload folders, gnuboard's themes, skins and
 * plugins, XpressEngine's modules and attachments, cafe24's and godomall's uploads, Drupal's `files/` and
 * Laravel's `vendor/`.
 */
const CMS_HINT =
  /\/(?:wp-|\.well-known\/|cgi-bin\/|gnuboard\d?\/|g5\/|xe\/|rhymix\/|data\/|images?\/|img\/|old\/|skin\/|assets\/|uploads?\/|files\/|theme\/|plugin\/|modules\/|addons\/|layouts\/|extend\/|adm\/|js\/|css\/|vendor\/|storage\/|shopimages\/|[._][^/]+\/)/;
/** A CMS's system code (WordPress's, RFC 8615's, a server's scripts): a site's software keeps its own code there. */
const CMS_ROOT = /^(?:wp-includes|wp-admin|\.well-known|cgi-bin)$/;
/**
 * gnuboard's `extend/` at a site's root: the board's own start-up scripts (`extend/*.extend.php`, an honest
 * `coupang.extend.php` among them) and no folder: a folder there is dropped in, as in a system folder
 * (`/extend/coupang/auth/index.php`).
 */
const ROOT_SYSTEM = /^extend$/;
/** A site's script and style folders (`/common/js/`, `/css/`): scripts and styles, never a page of its own. */
const CODE_ROOT = /^(?:js|css)$/;
/**
 * A hidden folder (`.cp`, `.cache`; not RFC 8615's `.well-known`): nobody links a visitor to a page in one, a kit
 * hides there.
 */
const HIDDEN = /^\.(?!well-known$)[^.]/;
/** A hidden folder's leading dot (HIDDEN), before a letter. */
const HIDDEN_DOT = /^\.(?=[a-z])/;
/** A PHP page named with lure words (`verify.php`): a page cache keeps copies of pages, never a script so named. */
const LURE_SCRIPT = (seg: string): boolean => seg.endsWith('.php') && lurePage(seg);
/**
 * WordPress's own folders under `wp-content` besides plugins, themes and uploads: translations (`languages`), core
 * updates (`upgrade`). (Not `cache`: a page cache keeps copies of the
 * site's own pages there, `cache/supercache/<host>/category/coupang/index.html`.)
 */
const WP_SYSTEM = /^(?:languages|upgrade)$/;
/**
 * A small site's own folders for its media, its data, its uploads, its old copy and its board's skins (`/images/`,
 * `/assets/`, `/data/`, `/upload/`, `/old/`, `/board/skin/`): a folder named for the brand there holding a page
 * (`/images/coupang/verify.html`, `/data/coupang/m/index.php`) or served with lure words (`/old/coupang-bosang/`) is
 * a kit dropped on a hacked site; pictures and data files there are anyone's (`/images/coupang/logo.png`,
 * `/data/coupang/prices.csv`).
 */
const SITE_ROOT = /^(?:images?|img|old|data|assets|uploads?)$/;
/** Upload folders a board keeps its attachments in (gnuboard's `data/file/<board>/`, its editor's `data/editor/`). */
const UPLOADS = /^(?:file|editor)$/;
/** gnuboard's editor's folder for a month's uploads (`data/editor/2512/`: year and month, four digits). */
const EDITOR_MONTH = /^\d{4}$/;
/**
 * Upload folders of Korean shop and board software at a site's root: XpressEngine's attachments (`files/attach/`),
 * cafe24's editor uploads (`web/upload/`), godomall's shop data (`shop/data/`).
 */
const ROOT_UPLOADS: Readonly<Record<string, string>> = { files: 'attach', web: 'upload', shop: 'data' };
/**
 * Upload and cache folders more Korean site software keeps at a site's root, as whole prefixes: XpressEngine's
 * cache (`files/cache/`), Laravel's public storage (`storage/app/public/`), makeshop's product images
 * (`shopimages/`). Nobody names a folder there for anyone; what is served from one is the site's media.
 */
const ROOT_STORES: readonly (readonly string[])[] = [
  ['files', 'cache'],
  ['storage', 'app', 'public'],
  ['shopimages'],
];

/**
 * A server's script that is no index page (`step2.php`, `next.asp`): a kit's step, where a folder's own copy of a
 * page is its index (`/tmp/coupang/index.html`, a developer's scratch copy).
 */
const STEP_SCRIPT = /^(?!index\.)[^.]+\.(?:php|aspx?|jsp|cgi)$/;
/**
 * A Korean board's own install folder at a site's root (gnuboard's `/gnuboard/`, `/g5/`, XpressEngine's and Rhymix's
 * `/xe/`, `/rhymix/`): it holds the board's code and uploads, never a folder named for a brand and a lure word
 * (`/gnuboard/coupang_refund/`); its uploads are as at a root (`/xe/files/attach/`).
 */
const INSTALL_ROOT = /^(?:gnuboard\d?|g5|xe|rhymix)$/;
/** A site's mobile copy of a folder (`…/m/`, `…/mobile/`): its pages are the folder's above it, for phones. */
const MOBILE = /^(?:m|mo|mobile)$/;
/** gnuboard's session files (`data/session/`): no page is ever served from there. */
const SESSION = /^sess(?:ion|ions)?$/;

/** What cmsFolder found last: the CMS's system code (true) or its uploads and site folders (false). */
let cmsSystem = false;

/** The first segment under a CMS's system or upload folder on this path, or -1: a blog's categories and tags are not. */
function cmsFolder(segs: readonly string[]): number {
  for (let k = 0; k < segs.length - 1 && k < 4; k++) {
    const s = segs[k]!;
    cmsSystem = true;
    if (CMS_ROOT.test(s) || (k === 0 && ROOT_SYSTEM.test(s) && segs.length > 2)) return k + 1;
    if (s === 'data' && SESSION.test(segs[k + 1]!) && segs.length > k + 2) return k + 2;
    if (s === 'wp-content' && WP_SYSTEM.test(segs[k + 1]!) && segs.length > k + 2) return k + 2;
    // gnuboard's editors' plugin folder at a site's root (`/plugin/editor/`: smarteditor2, cheditor5, the board's
    // own code): a folder dropped in beside them is a kit's (`/plugin/editor/cp/refund.php`, domain47's round)
    if (k === 0 && s === 'plugin' && segs[1] === 'editor' && segs.length > 3) return 2;
    cmsSystem = false;
    if (s === 'wp-content' && segs[k + 1] === 'uploads') return k + 2;
    // a page cache (`wp-content/cache/`) keeps copies of the site's pages: a lure-named script there is a kit's
    if (s === 'wp-content' && segs[k + 1] === 'cache' && LURE_SCRIPT(segs[segs.length - 1]!)) return k + 2;
    if (s === 'data' && UPLOADS.test(segs[k + 1]!)) return k + 2;
    // a board's data folder (`/board/data/`), a site's script folders (`/common/js/`) and hidden folders (`/shop/.cp/`)
    if (s === 'data' && k > 0 && BOARD_ROOT.test(segs[k - 1]!)) return k + 1;
    if (CODE_ROOT.test(s) || HIDDEN.test(s)) return k + 1;
    if (k === 0 && ROOT_UPLOADS[s] === segs[1] && segs.length > 2) return 2;
    if (k === 0 && INSTALL_ROOT.test(s)) {
      const up = segs[1] !== undefined && ROOT_UPLOADS[segs[1]] === segs[2] && segs.length > 3;
      // (and gnuboard's own uploads under its install folder, `/gnuboard/data/editor/`, as at a root: domain36)
      const board = segs[1] === 'data' && UPLOADS.test(segs[2] ?? '') && segs.length > 3;
      return up || board ? 3 : 1;
    }
    if (k === 0)
      for (const pre of ROOT_STORES)
        if (segs.length > pre.length && pre.every((p, i) => segs[i] === p)) return pre.length;
    // Drupal's uploads (`sites/default/files/`) and Laravel's published packages' assets (`public/vendor/`)
    if (k === 0 && s === 'sites' && segs[1] === 'default' && segs[2] === 'files' && segs.length > 3) return 3;
    if (k === 0 && s === 'public' && segs[1] === 'vendor' && segs.length > 2) return 2;
    if ((k === 0 && SITE_ROOT.test(s)) || (s === 'skin' && k > 0 && BOARD_ROOT.test(segs[k - 1]!)))
      return k + 1;
  }
  return -1;
}

/**
 * A server's scratch folders (`/tmp/`, `/~tmp/`, `/cache/`): a kit dropped there stands as in a first folder, the
 * folder under it named for the brand and holding a lure page (`/tmp/쿠팡/bosang.html`, `/cache/coupang.com/login/`).
 */
const SCRATCH_ROOT = /^(?:~?tmp|\.?temp|\.?tmp|\.?cache)$/;

/** A path that goes to another address (`/go/coupa.ng/…`, `/out/…`): the host under it is where it reads as leading. */
const GO_ROOT = /^(?:go|goto|out|away|jump|redirect|redir|link|url|to)$/;

/** A repository or package at a version (`coupang@main`, `sdk@1.2.0`): its name is before the `@`. */
const AT_VERSION = /^([^@]+)@[a-z0-9._-]{1,40}$/;
const unversioned = (s: string): string => AT_VERSION.exec(s)?.[1] ?? s;

/**
 * The component's own folder (its name) under a CMS's code folders, or -1: a WordPress plugin or theme
 * (`wp-content/plugins/<name>/`), a gnuboard theme, plugin or skin (`theme/<name>/`, `plugin/<name>/`,
 * `skin/board/<name>/`), an XpressEngine module (`modules/<name>/`). An honest component may be named for the brand
 * (Coupang Partners' widgets: `plugins/coupang-partners/assets/js/app.js`), but it runs through PHP: a static page
 * named with lure words in such a folder (`plugins/coupang/login.html`) is a kit's, and so is a folder named for the
 * brand inside another component's (`plugins/akismet/coupang/m/`, `theme/basic/coupang/m/index.html`).
 */
function componentFolder(segs: readonly string[]): number {
  for (let k = 0; k < segs.length - 2 && k < 4; k++) {
    const s = segs[k]!;
    if (s === 'wp-content' && (segs[k + 1] === 'plugins' || segs[k + 1] === 'themes')) return k + 2;
    // (XpressEngine's and Rhymix's add-ons and layouts as its modules: `addons/<name>/`, `layouts/<name>/`)
    if (s === 'theme' || s === 'plugin' || s === 'modules' || s === 'addons' || s === 'layouts') return k + 1;
    // gnuboard's admin (`adm/<section>/`, its pages PHP)
    if (k === 0 && s === 'adm') return k + 1;
    // gnuboard's skins at the site's root or its mobile copy's: skin/<kind>/<name>/
    if (s === 'skin' && (k === 0 || segs[k - 1] === 'mobile') && segs.length > k + 3) return k + 2;
    // a shop's own skins (`shop/skin/<name>/`, a shop script's install folder): each folder there is a skin
    if (s === 'skin' && k > 0 && segs[k - 1] === 'shop' && segs.length > k + 2) return k + 1;
  }
  return -1;
}
/** A static page (and `.pang`, the brand's own page a kit copies as a static file): no component serves one of its own. */
const STATIC_PAGE = /\.(?:html?|pang)$/;
const INDEX_PAGE = /^index\.[a-z]+$/;

/** A static page a kit opens with: an index page, or one named with lure words only (`refund.html`, `login.pang`). */
function staticEntry(seg: string): boolean {
  return STATIC_PAGE.test(seg) && (INDEX_PAGE.test(seg) || lurePage(seg));
}

/** A static page named with lure words only (`refund.html`, `track.html`, `login.pang`): a kit's, not a site's code. */
export function staticLurePage(seg: string): boolean {
  return STATIC_PAGE.test(seg) && lurePage(seg);
}

/** A REST API's version segment (`v1`, `v2`). */
const REST_VERSION = /^v\d{1,2}$/;
/** The root folder of a site's boards (gnuboard's and others' `/bbs/`, `/board/`). */
const BOARD_ROOT = /^(?:bbs|board|boards)$/;
/** A site's folder of static pages (`/html/about.html`): a folder in it stands where a kit's first folder would. */
const PAGES_ROOT = /^html?$/;
/** A first folder hidden by a leading `_` or `.` (`_coupang`, `.coupang`; not `.well-known`). */
const HIDDEN_FIRST = /^(?:_|\.(?!well-known$))[^._]/;

/** One or two letters, a folder's whole name (a last segment's extension aside). */
const SPELT_PIECE = /^[a-z]{1,2}$/i;

/**
 * The word that four or more folders of one or two letters each spell in a row (`/c/o/u/p/a/n/g.apk`), or null:
 * no site lays its folders out so except to spell a name a reader should not see as one.
 */
function speltOut(segs: readonly string[]): string | null {
  if (segs.length < 4) return null;
  let run = '';
  let count = 0;
  for (let k = 0; k < segs.length && k < 24; k++) {
    const seg = k === segs.length - 1 ? segs[k]!.replace(/\.[a-z0-9]{1,5}$/i, '') : segs[k]!;
    if (SPELT_PIECE.test(seg)) {
      run += seg.toLowerCase();
      count++;
      continue;
    }
    if (count >= 4) return run;
    run = '';
    count = 0;
  }
  return count >= 4 ? run : null;
}

/** A folder of two to five letters, half a name split in two (`/cou/pang/`). */
const HALF_NAME = /^[a-z]{2,5}$/;

/**
 * Where two folders of letters alone stand, followed by a kit's pages only (`/cou/pang/refund`,
 * `/coup/ang/login.html`): the name a reader joins from them (six letters or more) sits there as a kit's folder
 * would; -1 when none.
 */
function splitFolders(segs: readonly string[]): number {
  for (let k = 0; k + 2 < segs.length && k < 6; k++)
    if (
      segs[k]!.length + segs[k + 1]!.length >= 6 &&
      HALF_NAME.test(segs[k]!) &&
      HALF_NAME.test(segs[k + 1]!) &&
      lureSteps(segs, k + 2)
    )
      return k;
  return -1;
}

/** Are the segments of `segs` from `from` on (at most four) all a kit's pages (kitPage)? */
function lureSteps(segs: readonly string[], from: number): boolean {
  if (segs.length - from > 4) return false;
  for (let k = from; k < segs.length; k++) if (!kitPage(segs[k]!)) return false;
  return true;
}

/** A page a kit's folder on any host holds: lure words only, and not one an honest site has too. */
export function kitPage(seg: string): boolean {
  return !HONEST_PAGE.test(seg) && lurePage(seg);
}

/** An app package's name, if `value` names one (`coupang_update.apk`): judged as a kit's page. */
export function appPackage(value: string): PathSite | null {
  const name = value.slice(value.lastIndexOf('/') + 1);
  if (!APP_FILE.test(name) || name.length > 200) return null;
  const shown = name.replace(APP_FILE, '').split(BIDI, 1)[0]!;
  return { text: handle(shown), role: 'page', folder: true, app: true };
}

/**
 * The path segments of `path` that name a site on `host`, or its pages, for the caller to judge as labels; [] for
 * most addresses. `shared`: the host's rule from the list, if it is a shared host; `platform`: the host is on a
 * hosting platform's suffix; `ip`: the host is an IP address. On any other host two shapes still count: an app
 * package named for the brand (`…/releases/download/v2/coupang_update.apk`), and a first folder named for the brand
 * that holds a lure-word page (`/coupang/login.php`, `/쿠팡/보상`): a kit dropped on someone's server.
 */
export function pathSites(
  path: string,
  shared: SharedHostRule | undefined,
  platform: boolean,
  ip: boolean,
): PathSite[] {
  if (path.length < 2) return [];
  const segs = segments(path);
  if (segs.length === 0) return [];
  const out: PathSite[] = [];
  let site = -1;
  let pages = false;
  if (shared) {
    // every prefix that fits: `form.jotform.com/coupang_refund/apply` (a form's slug) and `/team/coupang_refund`
    for (const p of shared.prefixes) {
      if (segs.length <= p.length || !p.every((x, i) => x === '*' || x === segs[i])) continue;
      if (site < 0) site = p.length;
      pages = shared.pages;
      const role = shared.shortener ? 'claim' : shared.alias ? 'alias' : 'site';
      const seg = handle(segs[p.length]!);
      const text = shared.titled
        ? seg.replace(TITLE_ID, '')
        : shared.ids
          ? seg.replace(DOC_ID_PREFIX, '')
          : seg;
      out.push({
        text: role === 'site' ? text : words(text),
        role,
        folder: false,
        ...(segs.length === p.length + 1 ? { end: true } : {}),
        ...(shared.ids ? { id: true } : {}),
        ...(shared.chat ? { chat: true } : {}),
        ...(shared.invites && FORGED_INVITE.test(segs[p.length]!) ? { invite: true } : {}),
      });
    }
  } else if (platform || ip) {
    site = 0;
    pages = true;
    // on a bare address, a first folder holding a lure page (`/cpng/bosang/index.html`) is a kit's
    const short = ip && segs.length > 1 && lurePage(segs[1]!);
    out.push({
      text: handle(segs[0]!),
      role: 'site',
      folder: false,
      ...(short ? { short, next: segs[1]! } : {}),
    });
  } else {
    // a board's root (`/bbs/`, a Korean board engine's folder) holds boards, and a server's scratch folder kits: the
    // folder under it stands where a kit's first folder would (`/bbs/coupang/login.html`, `/tmp/쿠팡/bosang.html`)
    // and a site's folder of static pages (`/html/`) its pages
    // (and since domain48's round a site's mobile copy at its root, `/m/cpang/verify`: the phone pages of a kit's
    // first folder, what a text message's link opens)
    const at =
      segs.length > 2 &&
      (BOARD_ROOT.test(segs[0]!) ||
        SCRATCH_ROOT.test(segs[0]!) ||
        PAGES_ROOT.test(segs[0]!) ||
        MOBILE.test(segs[0]!))
        ? 1
        : 0;
    // the page under the folder is the last segment (or a page file): `/coupang/security/88213` is a forum's section;
    // a kit's steps under it are lure words all the way down (`/쿠팡/정보유출/조회`, `/coupang/verify/account/`)
    if (
      segs.length === at + 2 ||
      (segs.length > at + 2 && (PAGE_FILE.test(segs[at + 1]!) || lureSteps(segs, at + 1)))
    )
      out.push({ text: handle(segs[at]!), role: 'kit', folder: false, next: segs[at + 1]! });
    // a folder one or two deep (`/kr/coupang/…`, `/shop/coupang/…`) with a kit's steps under it that speak Korean's
    // lure words (`hwanbul/apply.php`, `pihae-johoe`): a kit's first folder under a language's or a shop's folder
    // (an article's slug says more, `coupang-hwanbul-review`, and sits under a blog's sections, left alone)
    for (let k = at + 1; k <= at + 2 && k + 1 < segs.length; k++)
      if (
        !segs.slice(0, k).some((x) => ARTICLES.test(x)) &&
        segs.length - k <= 4 &&
        segs.slice(k + 1).every((x, i, all) => kitPage(x) || (i === all.length - 1 && DEEP_PAGE.test(x))) &&
        segs.slice(k + 1).some((x) => kitPage(x) && hasKoreanLure(words(x)))
      )
        out.push({ text: handle(segs[k]!), role: 'kit', folder: false, next: segs[k + 1]! });
    // in a server's scratch folder, the folder holding a script that is a step of something (`/tmp/x/coupang/go.php`):
    // a kit run from there; a page's copy there (`/tmp/coupang/index.html`) may be anyone's
    if (SCRATCH_ROOT.test(segs[0]!) && segs.length > 2 && STEP_SCRIPT.test(segs[segs.length - 1]!))
      out.push({ text: handle(segs[segs.length - 2]!), role: 'page', folder: true });
    // a first folder hidden by a leading `_` or `.` (`/_coupang/index.html`) holding a static entry page: a kit's
    if (segs.length === 2 && HIDDEN_FIRST.test(segs[0]!) && staticEntry(segs[1]!))
      out.push({ text: handle(segs[0]!.slice(1)), role: 'page', folder: true });
    // a page file in a board's root (`/bbs/coupang_login.php`): a board engine's own scripts are named for what they
    // do (`login.php`, `board.php`), never for a brand, so one named brand + lure words is a kit's
    if (segs.length === 2 && BOARD_ROOT.test(segs[0]!) && PAGE_FILE.test(segs[1]!))
      out.push({ text: words(handle(segs[1]!)), role: 'alias', folder: false });
    // a folder a board's root or a server's scratch folder serves by itself (`/bbs/coupang-login/`,
    // `/tmp/coupang-yuchul/`, through its mobile copy `/tmp/coupang-yuchul/m/`): a board's boards are its script's
    // (`board.php?bo_table=`), never folders of their own, and nobody links a visitor into a scratch folder; named
    // brand + lure words only, it is a kit's landing (`/bbs/coupang/` alone may be a forum's section: left)
    const served = path.endsWith('/') && (segs.length === 2 || (segs.length === 3 && MOBILE.test(segs[2]!)));
    if (served && (BOARD_ROOT.test(segs[0]!) || SCRATCH_ROOT.test(segs[0]!)))
      out.push({ text: words(handle(segs[1]!)), role: 'alias', folder: false });
  }
  // a host name as the first segment, with the page going on under it, or a whole address as the path
  // (`evil.top/https://www.coupang.com/login`: the link reads as that address)
  const shown =
    segs[0] === 'https:' || segs[0] === 'http:' || (!shared && segs.length > 2 && GO_ROOT.test(segs[0]!))
      ? 1
      : 0;
  if (site !== shown && segs.length > shown + 1 && HOST_LIKE.test(segs[shown]!))
    out.push({ text: segs[shown]!, role: 'site', folder: false });
  // a host name below a domain (`login.…`, not `www.…`) alone as a folder (`x.com/login.coupang.com/`): status
  // checkers and site reports name a domain or its www host as their page, never a sub-host as a folder
  else if (site !== 0 && segs.length === 1 && path.endsWith('/') && SUB_HOST.test(segs[0]!))
    out.push({ text: segs[0]!, role: 'site', folder: false });
  // a name spelt out one or two letters a folder (`/c/o/u/p/a/n/g.apk`, `/co/u/pang/`): read joined, as a kit's page
  const spelt = speltOut(segs);
  if (spelt) out.push({ text: spelt, role: 'page', folder: true });
  // a name split in two folders with a kit's page under them (`/cou/pang/refund`): read joined, as a kit's folder
  const split = !shared && segs.length >= 3 ? splitFolders(segs) : -1;
  if (split >= 0)
    out.push({
      text: segs[split]! + segs[split + 1]!,
      role: 'kit',
      folder: false,
      next: segs[split + 2]!,
      joined: true,
    });
  // a segment whose letters were percent-encoded without need (`/c%6fup%61ng-wow/`, `/%2563oupang/`): it claims to
  // be whoever it names, as a short link's name does (the brand alone, with its own words or with lure words)
  for (const s of needlesslyEncoded(path)) out.push({ text: words(handle(s)), role: 'claim', folder: false });
  if (APP_HINT.test(path))
    for (const s of segs) {
      const app = appPackage(s);
      if (app) out.push(app);
    }
  // a folder in a CMS's system folders holding a page or a script: a kit dropped on a hacked site, read as a kit's
  // folder (the brand alone counts) wherever it sits under them (`/wp-content/uploads/2025/12/coupang/index.php`)
  const wp = CMS_HINT.test(path);
  const cms = wp ? cmsFolder(segs) : -1;
  const system = cms > 0 && cmsSystem;
  // XpressEngine's attachments (`files/attach/`) are numbered (`images/<srl>/<n>/`): a folder there served by
  // itself (`/xe/files/attach/coupang/`) is dropped in
  const attach = cms > 1 && segs[cms - 2] === 'files' && segs[cms - 1] === 'attach';
  if (attach && segs.length === cms + 1 && path.endsWith('/'))
    out.push({ text: handle(segs[cms]!), role: 'page', folder: true, cms: true });
  // gnuboard's editor keeps its uploads as files in a folder per month (`data/editor/2512/<hash>.jpg`): a folder
  // there served by itself (`/data/editor/2512/coupang/`) is dropped in, as one in XpressEngine's attachments is
  // (domain36's round); a file there is the site's media (`/data/editor/2512/coupang.png`)
  if (
    cms > 1 &&
    segs[cms - 2] === 'data' &&
    segs[cms - 1] === 'editor' &&
    segs.length === cms + 2 &&
    EDITOR_MONTH.test(segs[cms]!) &&
    path.endsWith('/')
  )
    out.push({ text: handle(segs[cms + 1]!), role: 'page', folder: true, cms: true });
  if (cms > 0) {
    // a page file at the path's end is the folders' above it (`/data/coupang/m/index.php`)
    // (an old server's script too, `/cgi-bin/coupang/verify.cgi`; and in gnuboard's session folder anything under
    // it: the board keeps only its session files there, `/data/session/coupang/x7k2/`)
    const session = segs[cms - 2] === 'data' && SESSION.test(segs[cms - 1]!);
    const pageEnd = DEEP_PAGE.test(segs[segs.length - 1]!);
    for (let k = cms; k < segs.length - 1; k++) {
      const next = segs[k + 1]!;
      if (DEEP_PAGE.test(next) || lurePage(next) || pageEnd || session)
        out.push({
          // (a hidden folder's dot is no letter of its name: `wp-includes/js/.cp/login.php`, domain48's round)
          text: system ? handle(segs[k]!).replace(HIDDEN_DOT, '') : handle(segs[k]!),
          role: 'page',
          folder: true,
          short: true,
          cms: true,
          next,
          // (a server's scripts and an admin area are a control panel's: `cgi-bin/cp/`, `wp-admin/cp/login.php`)
          ...(system && !segs.includes('cgi-bin') && !segs.includes('wp-admin') ? { system: true } : {}),
        });
    }
    // a folder a site's own folder serves (`/old/coupang-bosang/`): the brand with lure words; through its mobile
    // copy too (`/images/coupang_cs/m/`: the kit's phone pages, what a text message's link opens)
    if (segs.length > cms && path.endsWith('/') && !system) {
      out.push({ text: words(handle(segs[segs.length - 1]!)), role: 'alias', folder: false, cms: true });
      if (segs.length > cms + 1 && MOBILE.test(segs[segs.length - 1]!))
        out.push({ text: words(handle(segs[segs.length - 2]!)), role: 'alias', folder: false, cms: true });
    }
    // a page file there (`/data/editor/coupang_verify.php`), or a folder a code folder serves (`/wp-includes/js/cpng/`;
    // media in uploads is anyone's: `uploads/2026/01/coupang/`)
    const end = segs[segs.length - 1]!;
    const code = system && path.endsWith('/');
    if (segs.length > cms && (PAGE_FILE.test(end) || code))
      out.push({ text: handle(end), role: 'page', folder: true, short: !PAGE_FILE.test(end), cms: true });
  }
  // a folder in a plugin or theme holding a static lure-word page (`/wp-content/plugins/coupang/login.html`), the
  // page being the last segment: read as a kit's first folder (the brand alone or with lure words)
  const code = wp && cms < 0 ? componentFolder(segs) : -1;
  const last = segs.length - 1;
  // (or a page in Korean: `plugin/coupang/bosang.php`; a component's own scripts are named in English)
  if (
    code >= 0 &&
    last - 1 >= code &&
    (STATIC_PAGE.test(segs[last]!) || (PAGE_FILE.test(segs[last]!) && hasKoreanLure(segs[last]!)))
  ) {
    out.push({ text: handle(segs[last - 1]!), role: 'kit', folder: false, next: segs[last]! });
    // a plugin's folder named brand + lure words (`plugins/coupang-bosang/index.html`): a static page there is a kit's
    out.push({ text: handle(segs[last - 1]!), role: 'alias', folder: false });
  }
  if (code >= 0) {
    // the component's own folder serving a static index page (`shop/skin/coupang/index.html`): a board's or a shop's
    // skin holds its PHP templates and styles, never a static entry of its own, so the folder is a kit's named for
    // whoever it imitates (a WordPress plugin's own folder is left to the rules above: the brand's partners' plugins)
    if (
      last === code + 1 &&
      INDEX_PAGE.test(segs[last]!) &&
      STATIC_PAGE.test(segs[last]!) &&
      segs[code - 2] !== 'wp-content'
    )
      out.push({ text: handle(segs[code]!), role: 'page', folder: true, cms: true });
    // a folder inside another component's folder (`plugins/akismet/coupang/m/`, `theme/basic/coupang/m/index.html`),
    // served or holding a static index or lure page: no component serves a folder of its own named for a brand, nor
    // such a page (its pages run through PHP, `plugins/hub/providers/coupang/index.php`, and its templates are named
    // for what they draw, `templates/coupang/widget.html`). Named with lure words (`themes/x/cp-refund/index.php`),
    // the folder holds a kit's page whatever its kind
    const served = path.endsWith('/') || staticEntry(segs[last]!);
    for (let k = code + 1; k < last || (k === last && path.endsWith('/')); k++) {
      const next = segs[k + 1];
      if (served)
        out.push({
          text: handle(segs[k]!),
          role: 'page',
          folder: true,
          short: true,
          cms: true,
          ...(next ? { next } : {}),
        });
      else out.push({ text: words(handle(segs[k]!)), role: 'alias', folder: false, cms: true });
    }
    // a page file there named with the brand and lure words, static or in Korean (`skin/board/basic/cp_bosang.php`):
    // a component's own scripts are named in English (`plugins/x/coupang-auth.php` is anyone's)
    if (
      last > code &&
      PAGE_FILE.test(segs[last]!) &&
      (STATIC_PAGE.test(segs[last]!) || hasKoreanLure(segs[last]!))
    )
      out.push({ text: handle(segs[last]!), role: 'page', folder: false, cms: true });
  }
  // On an ordinary site, wherever it sits: a folder named for the brand holding a page that asks for a login, money
  // or an identity (`/admin/Editor/upload/coupang/login.aspx`, `/zboard/data/cp/bosang.php`), and a page file named
  // for the brand with such words (`/member/coupang_login.html`, `/common/jsp/cp_auth.jsp`). A site's software never
  // names its own folders or scripts for another company with a login beside it; an article's slug says more
  // (`coupang-refund-guide`) and sits under a blog's sections, which are left alone.
  // (A component's own folder, a plugin's or a theme's, runs its PHP scripts named for what they do, an honest
  // `plugins/coupang/auth.php` among them: the rules above judge those.)
  const component = wp && (code >= 0 || componentFolder(segs) >= 0);
  if (!shared && !platform && !ip && !component && !segs.some((x) => ARTICLES.test(x))) {
    const end = segs[last]!;
    const name = words(handle(end)).replace(/\.cgi$/, '');
    if (DEEP_PAGE.test(end) && hasStrongLure(name)) {
      // (through a mobile copy's folder: `/plugins/coupang-security/m/login.html` is the folder above `m/`'s)
      const mobile = last >= 2 && MOBILE.test(segs[last - 1]!) ? 1 : 0;
      if (last >= 1)
        out.push({
          text: handle(segs[last - 1 - mobile]!),
          role: 'kit',
          folder: false,
          next: end,
          short: true,
          deep: true,
        });
      out.push({ text: name, role: 'alias', folder: false, cms: true });
    }
  }
  // a shop builder's skin (cafe24's `design/<skin>/`) holds the shop's own templates, a folder for a brand's promotion
  // among them: one named brand + lure words (`design/default/coupang_bosang/`) is a kit's
  if (segs[0] === 'design' && !shared)
    for (let k = 2; k < last; k++) out.push({ text: words(handle(segs[k]!)), role: 'alias', folder: false });
  // a WordPress REST route in a namespace named for the brand that asks for a login, money or an identity
  // (`wp-json/coupang/v1/login`): an honest plugin's routes serve its widgets (`coupang/v1/products`) and never take
  // a shopper's password, which Coupang's partner API does not ask for
  if (segs[0] === 'wp-json' && segs.length === 4 && REST_VERSION.test(segs[2]!) && hasStrongLure(segs[3]!))
    out.push({ text: handle(segs[1]!), role: 'kit', folder: false, next: segs[3]! });
  // a site named by its content's hash (IPFS, Arweave): nobody's article, a page at its end is what it serves
  const hashed = site >= 0 && CONTENT_ID.test(segs[site]!);
  // a site named by lure words only (`sites.google.com/view/kr-cs-center/…`): a page there named for the brand is
  // the kit's, as on a host named so
  const lureSite = site >= 0 && extraWords(words(handle(segs[site]!))) === 'lure';
  // the page the path ends on is a lure page file (`…/coupang/main/login.html`, a repository served as a site)
  const lureEnd = PAGE_FILE.test(segs[last]!) && lurePage(segs[last]!);
  if (pages && !ARTICLES.test(segs[site]!))
    for (let k = site + 1; k < segs.length; k++) {
      const s = segs[k]!;
      if (ARTICLES.test(s)) break;
      const next = segs[k + 1];
      const kit = next !== undefined && (PAGE_FILE.test(next) || lurePage(next) || lureEnd);
      // an address with no name: a folder it serves (`/cp/coupangpay/`) is a kit's
      const served = (ip && next === undefined && path.endsWith('/')) || (hashed && next === undefined);
      out.push({
        text: handle(unversioned(s)),
        role: 'page',
        folder: kit || served || lureSite || PAGE_FILE.test(s),
        ...(hashed ? { hashed: true } : {}),
      });
    }
  return out;
}
