import { z } from 'zod/mini';

/**
 * The list format shared by the bundled list, remote lists and the engine.
 * Everything here is hostile input until `parseListData` accepted it.
 */
const hostLike = z.pipe(
  z.pipe(
    z.string().check(z.minLength(1), z.maxLength(253)),
    z.transform((s: string) => s.trim().toLowerCase().replace(/\.$/, '')),
  ),
  z.string().check(z.regex(/^[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff.-]*[a-z0-9\u00a1-\uffff])?$/u)),
);
/** a lower-case ASCII id: brand, mark, contact */
const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const asciiWords = (max: number) =>
  z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{3,40}$/))).check(z.maxLength(max)));

/**
 * A name, product or service of the brand as pages write it ("쿠페이", "Rocket WOW", "酷澎", "クーパン"), and the
 * kinds of page it lends credibility to (a "쿠팡이츠 배달파트너" heading makes a rider sign-up page look real).
 */
export const brandAliasSchema = z.object({
  /** as written on pages, any script */
  text: z.string().check(z.minLength(1), z.maxLength(60)),
  /** lower-case ASCII form when it is meaningful as a domain token ("coupay", "rocketwow") */
  token: z.optional(z.string().check(z.regex(/^[a-z0-9]{3,40}$/))),
  /**
   * other ASCII forms of `token` people and scammers write: the Revised Romanization of a Hangul part (로켓 as
   * "roket": "roketwow"), romanised words for translated ones (배송 as "baesong"); matched like the token
   */
  spellings: asciiWords(10),
  lang: z.enum(['ko', 'en', 'zh', 'ja', 'th']),
  /** kinds of page it lends credibility to: login, payment, delivery, membership, seller, rider, food, … */
  lends: z.array(z.string().check(z.regex(/^[a-z][a-z-]{1,23}$/))).check(z.maxLength(12)),
});

/** A brand mark's pixel signature (lib/page/logo-sig.ts, MarkSignature), with where it was read from. */
export const markSchema = z.object({
  id,
  palette: z.array(z.string().check(z.regex(/^#[0-9a-f]{6}$/))).check(z.minLength(2), z.maxLength(12)),
  /** bands left to right: [palette index, share of the coloured width] */
  bands: z
    .array(
      z.tuple([z.int().check(z.minimum(0), z.maximum(11)), z.number().check(z.minimum(0), z.maximum(1))]),
    )
    .check(z.minLength(2), z.maxLength(12)),
  aspect: z.number().check(z.positive(), z.maximum(50)),
  hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  source: z.string().check(z.minLength(1), z.maxLength(400)),
});

export const brandSchema = z.object({
  /** stable id, e.g. "coupang", "coupangeats" */
  id,
  /** how the brand writes its own name in Latin letters ("Coupang Eats"); shown to users */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  /** Latin spellings of the brand as people type it: ["coupang"] */
  latin: z.array(z.string().check(z.minLength(2), z.maxLength(40))).check(z.minLength(1), z.maxLength(20)),
  /** Hangul names: ["쿠팡"] */
  hangul: z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
  /** registrable domains whose every subdomain is official */
  domains: z.array(hostLike).check(z.maxLength(200)),
  /** exact official hosts on someone else's domain (coupang.onelink.me) */
  hosts: z.array(hostLike).check(z.maxLength(200)),
  /** the address a user should go to instead */
  home: z.url().check(z.maxLength(200)),
  /** every name, product and service name the brand is known by, in Korean, English, Chinese, Japanese */
  aliases: z.optional(z.array(brandAliasSchema).check(z.maxLength(300))),
  /**
   * real words of some language one typing slip from the brand's names ("coupant", French): the domain guard
   * needs more than that slip (a lure word, another brand word) before it calls such a name a look-alike
   */
  words: asciiWords(200),
  /**
   * those of `words` that are words only in the countries whose suffixes the domain guard knows as theirs (`.id`,
   * `.ph`, `.my`: `cupang`, the betta fish and a barangay): no one elsewhere registers one alone as a name, so there
   * it is the brand's name with a letter dropped (domain78's counts)
   */
  homeWords: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{4,12}$/))).check(z.maxLength(10))),
  /**
   * abbreviations scammers write for the brand ("cp", "cpng", "cpay"): too short and too common to mean the brand
   * alone, so the domain guard counts one only next to lure words with a second cue (a Korean lure word, a Korean
   * suffix, the digits of an official number)
   */
  short: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{2,12}$/))).check(z.maxLength(20))),
  /**
   * the abbreviations among `short` that name this brand alone (its stock ticker, the name less its vowels), not
   * anyone's initials: next to the brand's own words they need no second cue (`cpang-wow.com`), and a hacked
   * site's system folder or a bare IP address's folder named by one alone is a kit's
   */
  ownShort: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{4,12}$/))).check(z.maxLength(10))),
  /**
   * the brand's stock tickers among `ownShort` (`cpng`): investors and fans say a ticker beside a visit's words
   * (`cpng-event`, `cpng-support`), so only there does `ownShort` need a word that asks for a login, money or an
   * identity on a short link; the name less letters (`cpang`, `coupg`) beside any lure word claims the brand's
   */
  tickers: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{2,12}$/))).check(z.maxLength(5))),
  /**
   * the extensions of the brand's own web pages (Coupang's servlet pages end in `.pang`: `login.pang`,
   * `cartView.pang`): a page so named on a host that is not the brand's copies its address
   */
  pageExtensions: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]{3,10}$/))).check(z.maxLength(5))),
  /**
   * names the page guard reads in a page's words and the domain guard does not look for in hosts: a service's
   * short name joined to an errand ("이츠 주문", "플렉스 배정", "와우 회비" — 이츠 or 플렉스 alone is a word), which
   * its users and riders write but no one registers as a host (as aliases they would add keyboard and sound
   * forms to the domain guard's letter gates for nothing)
   */
  pageNames: z.optional(z.array(z.string().check(z.minLength(2), z.maxLength(30))).check(z.maxLength(30))),
  /**
   * the brand's own address layout: path prefixes of its pages with the product or page number after them
   * (Coupang's `vp/products/<id>`, `np/campaigns/<id>`, `np/search`), which a fake shop copies with the page
   */
  pagePaths: z.optional(
    z.array(z.string().check(z.regex(/^[a-z0-9_-]{1,20}(\/[a-z0-9_-]{1,20}){1,3}$/))).check(z.maxLength(8)),
  ),
  /**
   * the brand's signed-in account pages: path prefixes only its own site serves, never a tracker or an affiliate
   * (Coupang's order list and order cancellation, `ssr/desktop/order`, `np/order`), which a kit copies to look like
   * the account it asks for
   */
  accountPaths: z.optional(
    z.array(z.string().check(z.regex(/^[a-z0-9_-]{1,20}(\/[a-z0-9_-]{1,20}){1,3}$/))).check(z.maxLength(8)),
  ),
  /**
   * signatures of the brand's marks as pixels (lib/page/logo-sig.ts): the page guard knows a wordmark shown only
   * as an image by them. Signatures only, never the images; `source` says where each was read from
   * (scripts/logo-signature.ts computes one from an image file)
   */
  marks: z.optional(z.array(markSchema).check(z.maxLength(10))),
});

export const blockedEntrySchema = z.object({
  /** a host (exact) or a registrable domain (with all subdomains), ASCII or Unicode */
  host: hostLike,
  /** true: every subdomain of `host` is blocked too */
  subdomains: z._default(z.boolean(), true),
  /** optional path prefix, e.g. "/coupang/" for a hacked site */
  path: z.optional(z.string().check(z.startsWith('/'), z.maxLength(500))),
  source: z._default(z.string().check(z.maxLength(200)), 'unknown'),
  added: z.optional(z.string().check(z.maxLength(40))),
  /** YYYY-MM-DD: first and last time a public feed listed it (ingested entries; optional, newer lists only) */
  firstSeen: z.optional(z.string().check(z.maxLength(40))),
  lastSeen: z.optional(z.string().check(z.maxLength(40))),
});

const contactSchema = z.object({ number: z.string().check(z.maxLength(20)), id });

export const contactsSchema = z.object({
  customerCentre: z.string().check(z.maxLength(40)),
  /** the brands' other official numbers (privacy centre, Eats, Pay, Play …): a text naming another number is not theirs */
  numbers: z.optional(z.array(contactSchema).check(z.maxLength(50))),
  report: z.array(contactSchema).check(z.maxLength(20)),
});

/** a query parameter's name */
const param = z.string().check(z.regex(/^[A-Za-z0-9_]{1,20}$/));
/** a query parameter's name, or a family of them (`entry.*`: a Google Form's prefilled answers, `entry.<id>`) */
const paramFamily = z.string().check(z.regex(/^[A-Za-z0-9_]{1,20}(?:\.\*)?$/));

/** A path prefix on a shared host: segments joined by "/", "*" for any one segment, "" for none. */
const pathPrefix = z
  .string()
  .check(z.maxLength(100), z.regex(/^([a-z0-9_.~@-]+|\*)?(\/([a-z0-9_.~@-]+|\*))*$/));

/**
 * A host where anyone can publish (Google Sites, storage buckets, blogs, messengers, shorteners): its path, not
 * its name, says whose page it is. Platform knowledge the domain guard judges paths with (lib/domain/path-site.ts).
 */
export const sharedHostSchema = z.object({
  host: hostLike,
  /** the path prefixes after which the segment naming the site (handle, bucket, site name) stands */
  site: z.array(pathPrefix).check(z.minLength(1), z.maxLength(10)),
  /**
   * the segment is a free alias that may lead anywhere, Coupang too (a shortener's back-half, a form's slug): only
   * a scam-shaped name counts there (the brand with lure words only), not every name built on the brand
   */
  alias: z.optional(z.boolean()),
  /** the segments after the site's are its own pages and folders (files, not posts): a kit's folder shows there */
  pages: z.optional(z.boolean()),
  /**
   * with subdomains: every subdomain is someone's bucket or site (object storage of Alibaba, Tencent …): judged
   * as a hosting platform's site, its first path segment and its pages included
   */
  hosting: z.optional(z.boolean()),
  /**
   * the segment is a short link's chosen name (bit.ly, is.gd ...): a link named for the brand alone claims to be
   * the brand's (Coupang's own short links are coupa.ng), so the brand alone counts, not only with lure words
   */
  shortener: z.optional(z.boolean()),
  /**
   * the segment is a form's, survey's or base's chosen name, which speaks for whoever it names: as for a short link,
   * a name that is the brand alone or with the brand's own words counts (`surveymonkey.com/r/coupang-wow-2026`)
   */
  claim: z.optional(z.boolean()),
  /**
   * the segment is a page's title with the page's id after it (Notion's `Coupang-Interview-Prep-<32 hex>`): the id
   * is no word of the name, and the title speaks as a form's name does (with `claim`): the brand alone, with its own
   * words or with lure words counts, a title that says more (someone's interview notes) does not
   */
  titled: z.optional(z.boolean()),
  /**
   * the segment is a document's generated id (Google Docs', Sheets', Forms', Drive's), not a name anyone chose: the
   * brand's letters in it count only beside a lure word (`1FAIpQLSd-coupang-bosang`), never beside other words
   * (`1xYzCoupangPriceLog2025`, someone's spreadsheet): an id spelt with the brand and a lure word is a forged one
   */
  ids: z.optional(z.boolean()),
  /**
   * with `alias`: the segment is a chat's account or group on a messenger (LINE's add-friend link, a Discord invite):
   * the brand's Korean customers are answered in its app and by its numbers (no chat account among its contacts), so the brand's
   * name with a word for Korea there is no regional account of its own but the job and tester scams' hand-off to a
   * chat (domain38's round)
   */
  chat: z.optional(z.boolean()),
  /**
   * with `alias`: a name after the sign `+` is an invite's, which the service draws itself (Telegram's `t.me/+…`,
   * sixteen letters, digits, `_` and `-` at random): one that spells the brand is forged (domain38's round)
   */
  invites: z.optional(z.boolean()),
  /** true: every subdomain of `host` is the same platform (ko.surveymonkey.com, acme.typeform.com) */
  subdomains: z.optional(z.boolean()),
  /** query parameters whose value names a page of the site (script.google.com/macros/s/…/exec?page=…) */
  query: z.optional(z.array(paramFamily).check(z.maxLength(5))),
});

/** A known redirector: the address in one of its query parameters is where the link really leads. */
export const redirectorSchema = z.object({
  host: hostLike,
  /** true: every subdomain of `host` redirects the same way (nam12.safelinks.protection.outlook.com) */
  subdomains: z.optional(z.boolean()),
  path: z.string().check(z.startsWith('/'), z.maxLength(100)),
  params: z.array(param).check(z.minLength(1), z.maxLength(5)),
});

/**
 * Where code and its documentation are published (GitHub and GitLab Pages, Read the Docs), and the words developers
 * name a project with (api, sdk, client, crawler …): on those platforms the brand with developer words only is a
 * developer's project about the brand's Open API (`coupang-openapi-py.readthedocs.io`), not a look-alike.
 */
export const codeHostsSchema = z.object({
  /** platform suffixes (every subdomain is a project's or a developer's site) */
  hosts: z.array(hostLike).check(z.maxLength(50)),
  /** words of a project's name that say it is code or its documentation */
  words: z.array(z.string().check(z.regex(/^[a-z0-9]{2,12}$/))).check(z.maxLength(100)),
});

export const listDataSchema = z.object({
  version: z.int().check(z.positive()),
  issued: z.iso.datetime(),
  expires: z.iso.datetime(),
  brands: z.array(brandSchema).check(z.minLength(1), z.maxLength(100)),
  blocked: z.array(blockedEntrySchema).check(z.maxLength(200_000)),
  contacts: contactsSchema,
  /** hosts where anyone can publish, judged by their path (optional: older lists have none, the bundled list's apply) */
  sharedHosts: z.optional(z.array(sharedHostSchema).check(z.maxLength(1000))),
  /** redirectors whose target the domain guard judges instead of them */
  redirectors: z.optional(z.array(redirectorSchema).check(z.maxLength(500))),
  /** code and documentation platforms and developers' words (optional: older lists have none) */
  codeHosts: z.optional(codeHostsSchema),
});

export type Brand = z.infer<typeof brandSchema>;
export type BrandAlias = z.infer<typeof brandAliasSchema>;
export type BlockedEntry = z.infer<typeof blockedEntrySchema>;
export type ListData = z.infer<typeof listDataSchema>;
export type SharedHost = z.infer<typeof sharedHostSchema>;
export type Redirector = z.infer<typeof redirectorSchema>;

/**
 * The first problem of a value the schema refused, for people: "brands.0.latin: too small (minimum 1)".
 * (zod/mini has no message texts of its own: issue #16, the worker carries the light build.)
 */
export function describeIssue(issues: readonly z.core.$ZodIssue[]): string {
  const i = issues[0];
  if (!i) return 'invalid';
  const limit =
    'minimum' in i
      ? ` (minimum ${String(i.minimum)})`
      : 'maximum' in i
        ? ` (maximum ${String(i.maximum)})`
        : 'expected' in i
          ? ` (expected ${String(i.expected)})`
          : '';
  return `${i.path.map(String).join('.') || '(root)'}: ${i.code.replace(/_/g, ' ')}${limit}`;
}
