/**
 * Where a URL's path names the site: on shared hosts (Google Sites, cloud storage buckets, blogs, forms) and on
 * hosting platforms the first path segment (or the one after a fixed prefix) is the site a reader sees, so
 * `sites.google.com/view/coupang-bosang` and `storage.googleapis.com/coupang-cs/` are judged like host labels. On
 * an address with no name at all (an IP address) the first segment stands in for it. On any host, a first segment
 * written as a host name with more path after it (`evil.top/www.coupang.com/login`) makes the link read as that host.
 * Platform knowledge, not brand knowledge.
 */

/** Shared host → path prefixes after which the site's own name stands ('*' is any one segment). */
const SHARED: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'sites.google.com': [['view'], ['site'], ['a', '*']],
  'docs.google.com': [
    ['forms', 'd', 'e'],
    ['forms', 'd'],
    ['document', 'd'],
    ['spreadsheets', 'd'],
    ['presentation', 'd'],
  ],
  'storage.googleapis.com': [[]],
  'storage.cloud.google.com': [[]],
  's3.amazonaws.com': [[]],
  'blog.naver.com': [[]],
  'm.blog.naver.com': [[]],
  'cafe.naver.com': [[]],
  'm.cafe.naver.com': [[]],
  'open.kakao.com': [['o'], ['me']],
  'pf.kakao.com': [[]],
  'github.com': [[]],
  'gitlab.com': [[]],
  'bitbucket.org': [[]],
  'linktr.ee': [[]],
  'velog.io': [[]],
  'brunch.co.kr': [[]],
  'band.us': [['band'], ['page']],
  'notion.so': [[]],
  'forms.office.com': [['r']],
  'drive.google.com': [['drive', 'folders']],
};

const MAX_SEGMENTS = 8;
const HOST_LIKE = /^[^./]+(\.[^./]+)*\.[a-z]{2,24}$/;

function decodeSegment(seg: string): string {
  let s = seg;
  try {
    s = decodeURIComponent(seg);
  } catch {
    // keep it as written
  }
  return s.toLowerCase().replace(/^@+/, '').replace(/_/g, '-').slice(0, 253);
}

/**
 * The path segments of `path` that name a site on `host` (decoded, lower case, underscores as hyphens), for the
 * caller to judge as labels; [] for most addresses. `platform`: the host is on a hosting platform's suffix.
 */
export function pathSites(host: string, path: string, platform: boolean, ip: boolean): string[] {
  if (path.length < 2) return [];
  const segs = path
    .split('/', MAX_SEGMENTS + 1)
    .filter(Boolean)
    .slice(0, MAX_SEGMENTS)
    .map(decodeSegment);
  if (segs.length === 0) return [];
  const out: string[] = [];
  const patterns = SHARED[host];
  if (patterns) {
    for (const p of patterns) {
      if (segs.length > p.length && p.every((x, i) => x === '*' || x === segs[i])) {
        out.push(segs[p.length]!);
        break;
      }
    }
  } else if (platform || ip) out.push(segs[0]!);
  // a host name as the first segment, with the page going on under it
  if (segs.length > 1 && HOST_LIKE.test(segs[0]!) && !out.includes(segs[0]!)) out.push(segs[0]!);
  return out;
}
