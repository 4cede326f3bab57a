import { z } from 'zod';

/**
 * The list format shared by the bundled list, remote lists and the engine.
 * Everything here is hostile input until `parseListData` accepted it.
 */
const hostLike = z
  .string()
  .min(1)
  .max(253)
  .transform((s) => s.trim().toLowerCase().replace(/\.$/, ''))
  .pipe(z.string().regex(/^[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff.-]*[a-z0-9\u00a1-\uffff])?$/u));

/**
 * A name, product or service of the brand as pages write it ("쿠페이", "Rocket WOW", "酷澎", "クーパン"), and the
 * kinds of page it lends credibility to (a "쿠팡이츠 배달파트너" heading makes a rider sign-up page look real).
 */
export const brandAliasSchema = z.object({
  /** as written on pages, any script */
  text: z.string().min(1).max(60),
  /** lower-case ASCII form when it is meaningful as a domain token ("coupay", "rocketwow") */
  token: z
    .string()
    .regex(/^[a-z0-9]{3,40}$/)
    .optional(),
  /**
   * other ASCII forms of `token` people and scammers write: the Revised Romanization of a Hangul part (로켓 as
   * "roket": "roketwow"), romanised words for translated ones (배송 as "baesong"); matched like the token
   */
  spellings: z
    .array(z.string().regex(/^[a-z0-9]{3,40}$/))
    .max(10)
    .optional(),
  lang: z.enum(['ko', 'en', 'zh', 'ja']),
  /** kinds of page it lends credibility to: login, payment, delivery, membership, seller, rider, food, … */
  lends: z.array(z.string().regex(/^[a-z][a-z-]{1,23}$/)).max(12),
});

/** A brand mark's pixel signature (lib/page/logo-sig.ts, MarkSignature), with where it was read from. */
export const markSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  palette: z
    .array(z.string().regex(/^#[0-9a-f]{6}$/))
    .min(2)
    .max(12),
  /** bands left to right: [palette index, share of the coloured width] */
  bands: z
    .array(z.tuple([z.number().int().min(0).max(11), z.number().min(0).max(1)]))
    .min(2)
    .max(12),
  aspect: z.number().positive().max(50),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  source: z.string().min(1).max(400),
});

export const brandSchema = z.object({
  /** stable id, e.g. "coupang", "coupangeats" */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** how the brand writes its own name in Latin letters ("Coupang Eats"); shown to users */
  name: z.string().min(1).max(60).optional(),
  /** Latin spellings of the brand as people type it: ["coupang"] */
  latin: z.array(z.string().min(2).max(40)).min(1).max(20),
  /** Hangul names: ["쿠팡"] */
  hangul: z.array(z.string().min(1).max(40)).max(20),
  /** registrable domains whose every subdomain is official */
  domains: z.array(hostLike).max(200),
  /** exact official hosts on someone else's domain (coupang.onelink.me) */
  hosts: z.array(hostLike).max(200),
  /** the address a user should go to instead */
  home: z.string().url().max(200),
  /** every name, product and service name the brand is known by, in Korean, English, Chinese, Japanese */
  aliases: z.array(brandAliasSchema).max(300).optional(),
  /**
   * real words of some language one typing slip from the brand's names ("coupant", French): the domain guard
   * needs more than that slip (a lure word, another brand word) before it calls such a name a look-alike
   */
  words: z
    .array(z.string().regex(/^[a-z0-9]{3,40}$/))
    .max(200)
    .optional(),
  /**
   * abbreviations scammers write for the brand ("cp", "cpng", "cpay"): too short and too common to mean the brand
   * alone, so the domain guard counts one only next to lure words with a second cue (a Korean lure word, a Korean
   * suffix, the digits of an official number)
   */
  short: z
    .array(z.string().regex(/^[a-z0-9]{2,12}$/))
    .max(20)
    .optional(),
  /**
   * signatures of the brand's marks as pixels (lib/page/logo-sig.ts): the page guard knows a wordmark shown only
   * as an image by them. Signatures only, never the images; `source` says where each was read from
   * (scripts/logo-signature.ts computes one from an image file)
   */
  marks: z.array(markSchema).max(10).optional(),
});

export const blockedEntrySchema = z.object({
  /** a host (exact) or a registrable domain (with all subdomains), ASCII or Unicode */
  host: hostLike,
  /** true: every subdomain of `host` is blocked too */
  subdomains: z.boolean().default(true),
  /** optional path prefix, e.g. "/coupang/" for a hacked site */
  path: z.string().startsWith('/').max(500).optional(),
  source: z.string().max(200).default('unknown'),
  added: z.string().max(40).optional(),
  /** YYYY-MM-DD: first and last time a public feed listed it (ingested entries; optional, newer lists only) */
  firstSeen: z.string().max(40).optional(),
  lastSeen: z.string().max(40).optional(),
});

export const contactsSchema = z.object({
  customerCentre: z.string().max(40),
  /** the brands' other official numbers (privacy centre, Eats, Pay, Play …): a text naming another number is not theirs */
  numbers: z
    .array(z.object({ number: z.string().max(20), id: z.string().regex(/^[a-z0-9-]{1,40}$/) }))
    .max(50)
    .optional(),
  report: z
    .array(z.object({ number: z.string().max(20), id: z.string().regex(/^[a-z0-9-]{1,40}$/) }))
    .max(20),
});

/** A path prefix on a shared host: segments joined by "/", "*" for any one segment, "" for none. */
const pathPrefix = z
  .string()
  .max(100)
  .regex(/^([a-z0-9_.~@-]+|\*)?(\/([a-z0-9_.~@-]+|\*))*$/);

/**
 * A host where anyone can publish (Google Sites, storage buckets, blogs, messengers, shorteners): its path, not
 * its name, says whose page it is. Platform knowledge the domain guard judges paths with (lib/domain/path-site.ts).
 */
export const sharedHostSchema = z.object({
  host: hostLike,
  /** the path prefixes after which the segment naming the site (handle, bucket, site name) stands */
  site: z.array(pathPrefix).min(1).max(10),
  /**
   * the segment is a free alias that may lead anywhere, Coupang too (a shortener's back-half, a form's slug): only
   * a scam-shaped name counts there (the brand with lure words only), not every name built on the brand
   */
  alias: z.boolean().optional(),
  /** the segments after the site's are its own pages and folders (files, not posts): a kit's folder shows there */
  pages: z.boolean().optional(),
  /**
   * with subdomains: every subdomain is someone's bucket or site (object storage of Alibaba, Tencent …): judged
   * as a hosting platform's site, its first path segment and its pages included
   */
  hosting: z.boolean().optional(),
  /**
   * the segment is a short link's chosen name (bit.ly, is.gd ...): a link named for the brand alone claims to be
   * the brand's (Coupang's own short links are coupa.ng), so the brand alone counts, not only with lure words
   */
  shortener: z.boolean().optional(),
  /**
   * the segment is a form's, survey's or base's chosen name, which speaks for whoever it names: as for a short link,
   * a name that is the brand alone or with the brand's own words counts (`surveymonkey.com/r/coupang-wow-2026`)
   */
  claim: z.boolean().optional(),
  /** true: every subdomain of `host` is the same platform (ko.surveymonkey.com, acme.typeform.com) */
  subdomains: z.boolean().optional(),
  /** query parameters whose value names a page of the site (script.google.com/macros/s/…/exec?page=…) */
  query: z
    .array(z.string().regex(/^[A-Za-z0-9_]{1,20}$/))
    .max(5)
    .optional(),
});

/** A known redirector: the address in one of its query parameters is where the link really leads. */
export const redirectorSchema = z.object({
  host: hostLike,
  /** true: every subdomain of `host` redirects the same way (nam12.safelinks.protection.outlook.com) */
  subdomains: z.boolean().optional(),
  path: z.string().startsWith('/').max(100),
  params: z
    .array(z.string().regex(/^[A-Za-z0-9_]{1,20}$/))
    .min(1)
    .max(5),
});

export const listDataSchema = z.object({
  version: z.number().int().positive(),
  issued: z.iso.datetime(),
  expires: z.iso.datetime(),
  brands: z.array(brandSchema).min(1).max(100),
  blocked: z.array(blockedEntrySchema).max(200_000),
  contacts: contactsSchema,
  /** hosts where anyone can publish, judged by their path (optional: older lists have none, the bundled list's apply) */
  sharedHosts: z.array(sharedHostSchema).max(1000).optional(),
  /** redirectors whose target the domain guard judges instead of them */
  redirectors: z.array(redirectorSchema).max(500).optional(),
});

export type Brand = z.infer<typeof brandSchema>;
export type BrandAlias = z.infer<typeof brandAliasSchema>;
export type BlockedEntry = z.infer<typeof blockedEntrySchema>;
export type ListData = z.infer<typeof listDataSchema>;
export type SharedHost = z.infer<typeof sharedHostSchema>;
export type Redirector = z.infer<typeof redirectorSchema>;
