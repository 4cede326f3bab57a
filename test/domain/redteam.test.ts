import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The red-team corpus of issue #12 (test/fixtures/domains/README.md): the engine alone, without known-bad entries.
const engine = compileLists({ ...bundledList, blocked: [] });
const CLASS: Record<string, string> = { official: 'official', blocked: 'flag', lookalike: 'flag' };

function rows(file: string): { input: string; expect: string; trick: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [input = '', expect = '', note = ''] = l.split('\t');
      return { input: input.trim(), expect: expect.trim(), trick: note.split(':')[0]! };
    });
}

const dir = new URL('../fixtures/domains/', import.meta.url);
// frozen.tsv is never tuned on. Scored once on 2026-12-03: 165/169 look-alikes (97.6 %, target 98 %), 0/84
// false alarms, 15/15 official. Its recall floor is what it measured, so it can only get worse by a failure.
// tune2.tsv (a third author) was frozen2.tsv, scored once on 2026-12-03 05:25 UTC: 228/248 look-alikes (91.9 %),
// 0/100 false alarms, 23/23 official. Its misses were then fixed by class (brand deeper in shared hosts' paths,
// product names and romanisations without the brand, backslash and redirector tricks): 247/248, 0/100, 23/23. It
// is tuning data now and held to the target like tune.tsv.
// tune3.tsv (a fourth author, 436 rows) was frozen3.tsv, scored once on 2026-12-03 06:25 UTC, after tune2's round:
// 282/318 look-alikes (88.7 %), 0/101 false alarms, 17/17 official. Its misses were fixed by class (brand paths on
// shared hosts not in the data and app packages on file hosts, redirectors not in the data, cp/cpng short names
// with lure words, romanised service names): tuning data now, held to the target like tune.tsv.
// tune4.tsv (a fifth author, 759 rows) was frozen4.tsv, scored once on 2026-12-03 09:45 UTC, after tune3's round:
// 497/538 look-alikes (92.4 %), 1/189 false alarms, 32/32 official. Its misses were fixed by class (restricted
// suffixes, typos as they sound, numbers as hosts, platforms by category, carried addresses in wrappers, Hangul
// typed on the wrong keyboard): tuning data now, held to the target like tune.tsv.
// tune5.tsv (frozen5.tsv until it was renamed; a sixth author, 723 rows) was scored once on 2026-12-03 10:24 UTC, after tune4's round: 471/502
// look-alikes (93.8 %), 5/181 false alarms, 40/40 official. Its recall was never tuned on (the floor is what it
// measured); its false alarms were fixed as classes (test/domain/realwords.test.ts), so it is held to 0 of them.
// It became tuning data at 11:15 UTC; its misses were fixed by class (platforms by category, forms that claim the
// brand, letters shuffled and sounds with a look-alike, a romanisation with a trade word, mail-security wrappers, an
// app intent's fallback; test/domain/paths5.test.ts): held to the target like tune.tsv.
// tune6.tsv (frozen6.tsv until it was renamed; a seventh author, 693 rows) was scored once on 2026-12-03 12:13 UTC,
// after tune5's round: 434/453 look-alikes (95.8 %), 0/202 false alarms, 38/38 official. It became tuning data then;
// its misses were fixed by class (two-slip typos with neighbouring keys, the ticker with lure evidence, the brand in
// a CMS's system folders, an address carried by a lure host's query or fragment, wrappers and platforms;
// test/domain/paths6.test.ts): 453/453, and the floor is what that reached (none missed).
// tune7.tsv (frozen7.tsv until it was renamed; an eighth author, 1,176 rows from a seeded generator) was scored
// once on 2026-12-03 14:43 UTC, after tune6's round and with the engine of that round: 822/870 look-alikes
// (94.5 %), 0/246 false alarms, 60/60 official. Tuning data from then on; its misses were fixed by class (slips
// with glued lure words, a key slip and a swap, the short domain over a two-letter label, a stretched Hangul vowel,
// more abbreviations and service words after them, Rocket Growth as data, platforms by category, a board's
// folder, Translate's proxy and Google's cache; test/domain/paths7.test.ts): 857/870, and the floor is what that
// reached (13 missed, each explained in docs/domain-guard.md).
// tune8.tsv (frozen8.tsv until it was renamed; a ninth author, 1,110 rows from a seeded generator) was scored once
// on 2026-12-03 17:03 UTC on main, after tune7's round: 816/845 look-alikes (96.6 %), 1/209 false alarms (an
// independent shop named for Kopang, a district of Lombok), 56/56 official. Tuning data from then on; its false
// alarm and misses were fixed by class (Kopang as a real word, long abbreviations on hosting platforms and beside an
// official number's digits, names on shared hosts the data lacked, a WordPress plugin's folder, a slip with a
// product's word glued on; test/domain/paths8.test.ts): 832/845, 0/209, 56/56, and the floor is what that reached
// (13 missed, each left by decision and explained in docs/domain-guard.md).
// tune9.tsv (frozen9.tsv until it was renamed; a tenth author, 1,395 rows from a seeded generator) was scored once
// on 2026-12-03 22:07 UTC on main, after tune8's round: 989/1035 look-alikes (95.6 %), 2/289 false alarms (Dr.
// Koo's clinic in Pangyo, a person's Notion notes titled with the brand), 71/71 official. Tuning data from then on;
// its false alarms and misses were fixed by class (a real word over a match, page titles on Notion, the ticker with
// the brand's own words, Taiwan's pinyin, Hangul spelled cute, stretched, split or mixed with Latin, hacked
// sites' system, upload and scratch folders, shared hosts' pages and prefilled forms, official hosts as user info
// or after a redirect word, decoy redirect parameters; test/domain/paths9.test.ts): 1022/1035, 0/289, 71/71, and
// the floor is what that reached (13 missed, each left by decision and explained in docs/domain-guard.md).
// tune10.tsv (frozen10.tsv until it was renamed; an eleventh author, 1,315 rows) was scored once on 2026-12-03
// 23:47 UTC on main, after tune9's round: 875/923 look-alikes (94.8 %), 0/306 false alarms, 86/86 official. Tuning
// data from then on; its misses were fixed by class (a throwaway host's address carrying the brand, a brand folder
// among a small site's own folders, a fake store's details page for the brand's package, the brand's own
// abbreviation on a lure TLD, Bitly's own host as a shortener; test/domain/paths10.test.ts): 901/923, 0/306, 86/86,
// and the floor is what that reached (22 missed, each left by decision or for a later round, listed in test/fixtures/domains/README.md).
// tune11's round took four of those (18 missed now: the ticker with a word that asks for a login, a place word glued
// to Taiwan's pinyin, an APK named in Hangul with 업데이트, a fake App Store page).
// tune11.tsv (frozen11.tsv until it was renamed; a twelfth author, 1,227 rows) was scored once on 2026-12-04 01:52
// UTC on main (f003397), after tune10's round: 835/875 look-alikes (95.4 %), 1/275 false alarms (an honest Malaysian
// name, kumpang), 77/77 official. Tuning data from then on; its false alarm and misses were fixed by class (a
// romanisation's added letter that keeps its sound, the brand's own abbreviations with a word that asks, the breach's
// lure words, kits among a CMS's own folders and the brand's page extension, abbreviations on a bare address and in a
// short link, look-alike letters beside a real word; test/domain/paths11.test.ts): 862/875, 0/275, 77/77, and the
// floor is what that reached (13 missed, each left by decision, listed in test/fixtures/domains/README.md).
// tune12.tsv (frozen12.tsv until it was renamed; a thirteenth author, 1,509 rows) was scored once on 2026-12-04
// 06:00 UTC on main (3b6e2a2), after tune11's round: 1041/1126 (92.5 %), 0/303, 80/80. Tuning data from then on;
// its misses were fixed by class (a throwaway name's address carrying the brand, encoded or not; click links
// carrying an encoded address; leak-check landings and fake news outlets; kits among Korean CMS folders; QR code
// links and file pages as data; the brand's CDN, romanised services and coins; a short link on a slip of the short
// host; a REST route that asks; test/domain/paths12.test.ts): 1118/1126, 0/303, 80/80, and the floor is what that
// reached (8 missed, each left by decision, listed in test/fixtures/domains/README.md). The same round took three
// of tune9's rows (1025/1035), one of tune10's (906/923) and one of tune11's (863/875).
// tune13.tsv (frozen13.tsv until it was renamed; a fourteenth author, 1,453 rows) was scored once on 2026-12-04
// 06:57 UTC on main (ee3372b), after tune12's round: 882/1040 (84.8 %), 9/323 false alarms, 90/90; until its
// round the floor is that, and its false alarms are listed below as known.
// tune14.tsv (frozen14.tsv until it was renamed; a fifteenth author, 1,426 rows) was scored once on 2026-12-04
// 09:20 UTC on main (7c34605): 888/1004 (88.4 %), 1/334 false alarms, 88/88 (on the domain15 branch as it stood,
// before any of its rows was read: 890/1004). Its round (domain15) took the classes several authors wrote: lure
// landings named for what they look up, an abbreviation carried by such a landing, `market://` links, `cp` with an
// asking word and Korea, drawn throwaway names, the brand deep in a hacked site's path, more Korean CMS folders
// (test/domain/paths14.test.ts).
const halves = [
  'tune.tsv',
  'frozen.tsv',
  'tune2.tsv',
  'tune3.tsv',
  'tune4.tsv',
  'tune5.tsv',
  'tune6.tsv',
  'tune7.tsv',
  'tune8.tsv',
  'tune9.tsv',
  'tune10.tsv',
  'tune11.tsv',
  'tune12.tsv',
  'tune13.tsv',
  'tune14.tsv',
  'tune15.tsv',
  'tune16.tsv',
  'tune17.tsv',
  'tune18.tsv',
  'tune19.tsv',
  'tune20.tsv',
  'tune21.tsv',
  'tune22.tsv',
  'tune23.tsv',
  'tune24.tsv',
  'tune25.tsv',
  'tune26.tsv',
  'tune27.tsv',
  'tune28.tsv',
  'tune29.tsv',
  'tune30.tsv',
  'tune31.tsv',
  'tune32.tsv',
  'tune33.tsv',
  'tune34.tsv',
  'tune35.tsv',
  'tune36.tsv',
  'tune37.tsv',
  'tune38.tsv',
  'tune39.tsv',
  'tune40.tsv',
  'tune41.tsv',
  'tune42.tsv',
  'tune43.tsv',
  'tune44.tsv',
  'tune45.tsv',
  'tune46.tsv',
  'tune47.tsv',
  'tune48.tsv',
  'tune49.tsv',
  'tune50.tsv',
  'tune51.tsv',
  'tune52.tsv',
  'tune53.tsv',
  'tune54.tsv',
  'tune55.tsv',
  'tune56.tsv',
  'tune57.tsv',
  'tune58.tsv',
  'tune59.tsv',
  'tune60.tsv',
  'tune61.tsv',
  'tune62.tsv',
  'tune63.tsv',
  'tune64.tsv',
  'tune65.tsv',
  'tune66.tsv',
  'tune67.tsv',
  'tune68.tsv',
  'tune69.tsv',
  'tune70.tsv',
  'tune71.tsv',
  'tune72.tsv',
  'tune73.tsv',
].filter((f) => existsSync(new URL(f, dir)));
const MAX_MISSED: Record<string, number> = {
  'tune.tsv': 0.02,
  'frozen.tsv': 0.025,
  'tune2.tsv': 0.02,
  'tune3.tsv': 0.02,
  // (1 since domain33: a single-page app's route on a cheap TLD read as its path, test/domain/paths30.test.ts)
  'tune4.tsv': 1 / 538,
  'tune5.tsv': 0.02,
  'tune6.tsv': 0,
  // (10 since domain37: the ticker with a code's tag as a short link's name, test/domain/classes37.test.ts)
  // domain62: 9 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain65: 8 missed (the brand less its ng with a lure word and `kr`; test/domain/paths34.test.ts)
  'tune7.tsv': 6 / 870,
  // domain60: 12 missed (kupangmall.site; test/domain/classes-domain60.test.ts)
  // domain62: 10 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune8.tsv': 6 / 845,
  // (9 since domain22: an abbreviation split after its first letter; 8 since domain34: test/domain/paths31.test.ts)
  // domain60: 7 missed (rocketgrowth-seller.com; test/domain/classes-domain60.test.ts)
  // domain62: 5 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune9.tsv': 5 / 1035,
  // (16 since domain21: a zero-width joiner inside the name, `c\u200doupang.shop`, read as a reader sees it)
  // domain62: 13 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain66: 12 missed (test/domain/paths35.test.ts)
  'tune10.tsv': 12 / 923,
  // domain60: 11 missed (rocketgrowth-seller.net; test/domain/classes-domain60.test.ts)
  // domain62: 10 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune11.tsv': 9 / 875,
  // (7 since domain36: ri drawn as n, `couparig.com`, test/domain/paths33.test.ts)
  'tune12.tsv': 7 / 1126,
  // (84 since domain24: octal and hex IP addresses with /cp/ as their first folder; 83 since domain30: the brand's
  // own words in a lure landing's path; 82 since domain32: test/domain/paths29.test.ts; 81 since domain33:
  // test/domain/paths30.test.ts; 80 since domain36: a folder in gnuboard's editor uploads, test/domain/paths33.test.ts;
  // 79 since domain41: a fake app store's host with the brand's page, test/domain/classes41.test.ts)
  // domain60: 77 missed (rocketgrowth-seller.com; test/domain/classes-domain60.test.ts)
  // domain62: 72 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain66: 71 missed (test/domain/paths35.test.ts)
  // domain68: 69 missed (test/domain/classes-68.test.ts)
  'tune13.tsv': 68 / 1040,
  // (79 since domain23: 체험단 romanised, `cheheomdan`, a lure word; 73 since domain24: an apk beside the brand on a
  // throwaway host; 72 since domain29: a folder under a board's install folder, `rhymix/files/cache/`; 70 since
  // domain33: test/domain/paths30.test.ts; 69 since domain34: test/domain/paths31.test.ts; 63 since domain55: the
  // brand's service words with a refund's words in Korea, test/domain/classes-domain55.test.ts)
  // domain62: 62 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune14.tsv': 62 / 1004,
  // the sixteenth author's half, scored once while frozen (frozen15.tsv) on main ff4b872: 815/974, 0/311, 85/85;
  // after its round (domain17, test/domain/paths15.test.ts): 851/974; domain18 (intents naming a package, rider): 854
  // 878 before domain22, 879 after it (the abbreviation glued after Korean lure words with a tag); 880 after domain25
  // (the brand's order list as a kit's whole path on a lure TLD); 881 after domain28 (an intent to a one-label host
  // opens its fallback); 883 after domain29 (letters percent-encoded without need); 885 after domain31 (a short link
  // named cpng with a word that asks); 886 after domain32 (test/domain/paths29.test.ts); 892 after domain33
  // (test/domain/paths30.test.ts); 897 after domain34 (test/domain/paths31.test.ts); 898 after domain35 (the
  // brand-only abbreviation glued to Hangul lure words, test/domain/paths32.test.ts); 904 after domain36 (the ticker
  // with a word that asks as a site's name on a path-hosting platform, an app file named for the ticker, ri drawn as
  // n: test/domain/paths33.test.ts); 905 after domain40 (the ticker as a Korean web host's account,
  // test/domain/classes40.test.ts); 906 after domain41 (the brand with a lure word base64-encoded in a cheap host's
  // query, test/domain/classes41.test.ts); 908 after domain42 (the brand as an opaque kit path's skin beside a lure
  // word, test/domain/classes42.test.ts)
  // domain62: 60 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 59 missed (test/domain/classes-68.test.ts)
  'tune15.tsv': 57 / 974,
  // the seventeenth author's half, scored once while frozen (frozen16.tsv) on main d45bb33: 928/952, 1/369, 86/86;
  // after its round (domain19, test/domain/paths16.test.ts): 944/952, 0/369, 86/86; after domain38 (the brand with a
  // word for Korea as a Discord invite's name, test/domain/classes38.test.ts): 945/952
  'tune16.tsv': 6 / 952,
  // the eighteenth author's half, scored once while frozen (frozen17.tsv) on main 421bb1f: 827/871, 0/352, 74/74;
  // after its round (domain20, test/domain/paths17.test.ts): 850/871, 0/352, 74/74; after domain30 (Wix's free
  // addresses, test/domain/paths27.test.ts): 851/871; after domain32 (test/domain/paths29.test.ts): 852/871; after
  // domain33 (test/domain/paths30.test.ts): 853/871; after domain34 (test/domain/paths31.test.ts): 855/871; after
  // domain39 (a drawn name's kit, test/domain/classes39.test.ts): 859/871
  // domain62: 9 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune17.tsv': 9 / 871,
  // the nineteenth author's half, scored once while frozen (frozen18.tsv) on main b04dbaa: 784/836, 1/329, 74/74;
  // after its round (domain21, test/domain/paths18.test.ts): 805/836, 0/329, 74/74; after domain34
  // (test/domain/paths31.test.ts): 806/836; after domain35 (`care` a lure word, test/domain/paths32.test.ts): 807/836;
  // after domain38 (the brand with a word for Korea on LINE's add-friend link, test/domain/classes38.test.ts): 808/836
  // domain62: 22 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain65: 20 missed (a Formspree form's and an Airtable share's forged ids; test/domain/paths34.test.ts)
  // domain68: 19 missed (test/domain/classes-68.test.ts)
  'tune18.tsv': 18 / 836,
  // the twentieth author's half, scored once while frozen (frozen19.tsv) on main 47ec2e0: 754/800, 0/316, 70/70;
  // after domain22's round (test/domain/paths19.test.ts, its still-open misses by class): 761/800, 0/316, 70/70;
  // after domain30 (a generated tag after an abbreviation's lure words): 762/800; after domain32
  // (test/domain/paths29.test.ts): 764/800; after domain33 (test/domain/paths30.test.ts): 766/800; after domain34
  // (test/domain/paths31.test.ts): 767/800; after domain37 (an open chat titled with `title=`,
  // test/domain/classes37.test.ts): 768/800; after domain38 (the brand with a word for Korea on LINE's add-friend
  // link, test/domain/classes38.test.ts): 769/800
  // domain60: 30 missed (rocketgrowth-seller.com; test/domain/classes-domain60.test.ts)
  // domain62: 29 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 28 missed (test/domain/classes-68.test.ts)
  'tune19.tsv': 27 / 800,
  // the twenty-first author's half, scored once while frozen (frozen20.tsv) on main 18d852a: 765/841, 6/334, 71/71;
  // after its round (domain22, test/domain/paths19.test.ts): 794/841, 6/334 (kept, below), 71/71; after domain24
  // (test/domain/paths21.test.ts): 800/841; after domain25 (test/domain/paths22.test.ts: a short link's code under a
  // one-letter folder on the ticker's host): 801/841; after domain33 (test/domain/paths30.test.ts): 804/841; after
  // domain37 (the brand's own abbreviation with a code's tag as a short link's name,
  // test/domain/classes37.test.ts): 806/841; after domain39 (a drawn name's kit, test/domain/classes39.test.ts):
  // 807/841; after domain42 (the brand as an opaque kit path's skin beside a form's step, the brand's own page as
  // its login's return, test/domain/classes42.test.ts): 809/841
  // domain60: 31 missed (rocketgrowth-seller.net; test/domain/classes-domain60.test.ts)
  // domain65: 30 missed (an Airtable share's forged id; test/domain/paths34.test.ts)
  'tune20.tsv': 30 / 841,
  // the twenty-second author's half, scored once while frozen (frozen21.tsv) on main ced42c8 after domain22: 827/858,
  // 4/304 (each contested by its author, below), 109/109; after its round (domain23, test/domain/paths20.test.ts):
  // 840/858, 4/304, 109/109; after domain24 (test/domain/paths21.test.ts): 844/858; after domain39 (a drawn name's
  // kit, test/domain/classes39.test.ts): 845/858
  // domain62: 12 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune21.tsv': 11 / 858,
  // the twenty-third author's half, scored once while frozen (frozen22.tsv) on main 0ef5b67 after domain24: 822/852,
  // 2/300, 100/100; after its round (domain25, test/domain/paths22.test.ts): 832/852, 0/300, 100/100; after domain33
  // (test/domain/paths30.test.ts): 833/852
  // domain62: 18 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune22.tsv': 17 / 852,
  // the twenty-fourth author's half, scored once while frozen (frozen23.tsv) on main a3bf502 after domain25: 483/813,
  // 6/300 (below), 99/99 — an author who aimed at what a guard that reads addresses cannot know: the brand's
  // services without its name, throw-away hosts with a folder, shorteners, form and app platforms; held to what it
  // measured until its round; after its round (domain26, test/domain/paths23.test.ts: Coupa glued to a service's
  // word, coupaflex and coupaplay): 485/813, 2/300 (kept, below), 99/99; after domain27 (test/domain/paths24.test.ts:
  // the brand's deep links sending on, 프레시백, a root script's page parameter): 493/813; after domain29 (XpressEngine's
  // attachments holding a folder served by itself): 494/813; after domain30 (test/domain/paths27.test.ts: Fresh Bag
  // beside a lure word, a click tracker's target written out): 500/813; after domain31 (test/domain/paths28.test.ts:
  // the service names' Hangul romanised by sound, a short link named cpng with a word that asks): 503/813; after
  // domain32 (test/domain/paths29.test.ts): 504/813; after domain36 (the ticker with a word that asks as a site's
  // name on a link page, test/domain/paths33.test.ts): 505/813; after domain37 (the brand's own abbreviation
  // alone or with a code's tag as a short link's name, test/domain/classes37.test.ts): 507/813; domain53 (Wing's
  // seller name, classes-domain53.test.ts): eight rows more
  // (286 since domain55: the brand's service words with a refund's words in Korea)
  // domain60: 285 missed (rocketgrowth-seller.com; test/domain/classes-domain60.test.ts)
  // domain62: 274 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain67: 271 missed (a service's worker in the singular with `kr` alone; test/domain/classes-67.test.ts)
  'tune23.tsv': 270 / 813,
  // the twenty-fifth author's half, scored once while frozen (frozen24.tsv) on main 0d0cb04 after domain27 and
  // page23: 755/786 (96.06 %), 1/330 (a spreadsheet whose id spelt the brand), 100/100; coupangfs.com relabelled
  // official by the lead (issue #12, Coupang Fulfillment Services): 755/785, 101/101; after its round (domain28,
  // test/domain/paths25.test.ts: a document's id is no name, an intent's fallback, an encoded path in the user info,
  // HTML character references in a host): 758/785, 0/330, 101/101; after domain29 (letters percent-encoded without
  // need, `/%2563oupang/`): 759/785; after domain30 (test/domain/paths27.test.ts: Wix, a Kakao channel with the
  // customer centre's digits, chehum, a sign-in landing's names, a full-width slash in a host, a click tracker's
  // target, a plugin's login page on a portal landing): 767/785; after domain32 (test/domain/paths29.test.ts): 768/785
  'tune24.tsv': 17 / 785,
  // the twenty-sixth author's half, scored once while frozen (frozen25.tsv) on main bb56e9e after domain28: 770/825
  // (93.33 %), 2/346 (a price tracker's page, a Polish name near a service), 105/105; coupang.kr and coupang.kr.
  // relabelled official by the lead (issue #12, Coupang's own): 770/823, 107/107; after its round (domain29,
  // test/domain/paths26.test.ts: a price tracker's page, a vowel after a service's name, haeji, the brand's folder
  // with Korean lure steps or among a server's and a board's own folders, cpang with lure words under a lure
  // subdomain, letters percent-encoded without need): 791/823, 0/346, 107/107; after domain30
  // (test/domain/paths27.test.ts: Fresh Bag and its lures, Wix, Smore, qr.codes, a Kakao channel with the customer
  // centre's digits, a click tracker's and an intent's target, a sign-in landing's names, the brand's service folder
  // with a script that asks, an emoji before the brand, the capitals' folder with a token, a generated tag, an
  // abbreviation glued after a lure word, ph for the name's p): 811/823, 0/346, 107/107; after domain33
  // (test/domain/paths30.test.ts): 813/823
  // domain62: 9 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain77: 7 missed (test/domain/classes-77.test.ts)
  'tune25.tsv': 7 / 823,
  // twenty-seventh author, scored once as frozen26.tsv on 2026-12-05 10:26 UTC after domain30 (branch domain30 at
  // eed097f): 775/832 (93.15 %), 1/300, 113/113; after its round (domain31, test/domain/paths28.test.ts: the Hangul
  // names romanised by sound and in the older systems, a short link named cpng with a word that asks, a trade's
  // centre beside the city's name, a redirect script's bare host, an sms: body's and an itms-services manifest's
  // host): 790/832, 0/300, 113/113; after domain32 (test/domain/paths29.test.ts: the brand's folder under a shop
  // skin, a board's root, a scratch folder or a mobile copy, a membership's renewal, a sender's short link, tag and
  // anchor, hand-offs named for the brand, Hangul re-split and said alike): 817/832, 0/300, 113/113; after domain33
  // (test/domain/paths30.test.ts): 818/832; after domain38 (the brand with a word for Korea on LINE's add-friend
  // link, test/domain/classes38.test.ts): 819/832; after domain56 (an official redirector sending on to a
  // look-alike, test/domain/classes-domain56.test.ts): 821/832
  // domain60: 10 missed (kupangmall.info/bosang/apply; test/domain/classes-domain60.test.ts)
  'tune26.tsv': 10 / 832,
  // twenty-eighth author, scored once as frozen27.tsv on 2026-12-05 12:49 UTC on main 786997f (after domain32):
  // 836/956 (87.45 %), 2/390, 125/125; after its round (domain33, test/domain/paths30.test.ts: a weaker name before
  // the spelled-out one, short links' and handles' tags, tg://resolve, breach and relief, the brand's own address
  // layout, a single-page app's route on a cheap TLD, ONE store, a keyboard form holding a shorter one, the short
  // host's dot moved, a sign-in page returning to the brand): 876/956, 2/390 (kept, below), 125/125; after its second
  // round (domain34, test/domain/paths31.test.ts: the brand's folder among a kit's steps on a cheap or kit TLD, .qpon
  // and Freenom's TLDs, a messenger's chat titled with the brand and a word that asks): 905/956, 2/390, 125/125; after
  // its leftovers' round (domain35, test/domain/paths32.test.ts: an abbreviation glued to Hangul lure words in an IDN,
  // Hangul lure words and a silent ㅇ written ㅎ, the brand's folder over an entry page and on a bare IP address, an
  // official host with needless escapes in a query value, a calendar file, a web proxy's target, a short name's tag,
  // remote support, cert and care, a generator's name on a kit TLD): 928/956, 2/390, 125/125
  'tune27.tsv': 28 / 956,
  // author 29 (the frozen half frozen28.tsv until it was renamed), scored once on main 4af740f: 846/917 (92.26 %),
  // 2/392 (below), 112/112; again blind after domain35 (which never read it): 852/917 (92.91 %), 2/392, 112/112;
  // after its round (domain36, test/domain/paths33.test.ts: a page dressed as the brand's for one order, the
  // ticker's host with a page that asks, the ticker with a word that asks as a site's name, an app file named for
  // the ticker, gnuboard's editor uploads, dlv, 택배 and seoul, real words on their own country's suffix, lure pages
  // two deep, a short name with a tag on a hosting platform, ri drawn as n, Gamma's titles): 884/917 (96.40 %), 1/392
  // (kept, below), 112/112; after domain37 (the ticker with a year as a short link's name,
  // test/domain/classes37.test.ts): 885/917; after domain39 (a drawn name's kit, test/domain/classes39.test.ts):
  // 887/917
  // domain62: 26 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune28.tsv': 25 / 917,
  // author 30 (the frozen half frozen29.tsv until it was renamed), scored once on main dd49387 (after domain36):
  // 823/904 (91.04 %), 13/383 (below), 120/120; after its round (domain37, test/domain/classes37.test.ts: payment
  // links named for the brand, an open chat's `title=`, the brand's own abbreviation with a code's tag as a short
  // link's name, Hangul in NFD letter parts, a cheap landing's query of the brand with lure words, an iOS install
  // named for the brand, Kakao Cloud's buckets, Google Translate's proxied path, nft, 상담, cashback, desk, inquiry,
  // safety, pihaesasil, `data` a filler): 861/904 (95.24 %), 13/383 (kept, below), 120/120; after domain38 (the
  // brand with a word for Korea on LINE's add-friend link, test/domain/classes38.test.ts): 862/904; after domain39
  // (a drawn name's kit, test/domain/classes39.test.ts): 865/904
  // domain62: 32 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain77: 31 missed (test/domain/classes-77.test.ts)
  'tune29.tsv': 30 / 904,
  // author 31 (the frozen half frozen30.tsv until it was renamed), scored once on main c32fc9c (after domain37 and
  // page29 with its red team): 899/913 (98.47 %), 0/414, 115/115 — the first blind half inside issue #12's recall
  // target; after its round (domain38, test/domain/classes38.test.ts: a Hangul service name's last consonant written
  // as it sounds, ㅐ/ㅔ in a three-syllable name, a Rocket or WOW name's vowel on a neighbouring key, kuupan, an outlet
  // glued on, hoewon, a small-letter code on a slip of the short host, a kit's step in the query, a landing keyed by
  // its query, a forged Telegram invite, the brand's Korean name on a messenger's chat): 913/913, 0/414, 115/115
  'tune30.tsv': 0,
  // author 32 (the frozen half frozen31.tsv until it was renamed), scored once on main cf809bb (after domain38 and
  // domspeed2): 798/932 (85.62 %), 0/411, 113/113 — an author who wrote addresses in the proportions real campaigns
  // use: most misses are random hosts on cheap TLDs with the brand as a folder or a query value; after its round
  // (domain39, test/domain/classes39.test.ts: a drawn name's kit — the brand as the first folder, a `#/` route or a
  // skin key's value on a name with one vowel at most on a cheap TLD): 875/932 (93.88 %), 0/411, 113/113; after
  // domain40 (a com- name of the brand cut short, the brand cut short as a Korean web host's account or a numbered
  // batch on a throwaway TLD, text an SMS glued to a drawn name's folder, test/domain/classes40.test.ts): 885/932
  // (94.96 %)
  // domain62: 40 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 39 missed (test/domain/classes-68.test.ts)
  'tune31.tsv': 37 / 932,
  // author 33 (the frozen half frozen32.tsv until it was renamed), scored once on main 8cbda44 (after domain40):
  // 681/807 (84.39 %), 7/365 (below), 112/112; after its round (domain41, test/domain/classes41.test.ts: a market
  // abroad's folder over the brand, the brand tagged with a market, its app package or an odd port on a cheap host of
  // any name, a page that asks skinned by its query, a fragment's route and a step's anchor, a forged news article,
  // the brand encoded in a value, a fake app store's host, the brand's abbreviation with a drawn tag on a hosting
  // platform): 747/807 (92.57 %), 7/365 (kept, below), 112/112
  // domain62: 46 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 45 missed (test/domain/classes-68.test.ts)
  'tune32.tsv': 38 / 807,
  // author 34 (the frozen half frozen33.tsv until it was renamed), scored once on main 173f967 (after domain41):
  // 699/829 (84.32 %), 2/375 (below), 113/113; most misses random hosts with the brand as a query value (33/45), a
  // fragment (21/25) or a folder (34/110); after its round (domain42, test/domain/classes42.test.ts: the brand as an
  // opaque kit path's skin beside a visitor's token or a step, a drawn tag glued to the brand as its one anchor, the
  // brand's own page as its login's return, the brand's name in chat initials as a cheap host's folder, a kit's
  // version folder read through, a parcel tracker's carrier query cleared): 736/829 (88.78 %), 1/375 (kept, below),
  // 113/113
  // domain62: 82 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain66: 81 missed (test/domain/paths35.test.ts)
  // domain68: 76 missed (test/domain/classes-68.test.ts)
  'tune33.tsv': 75 / 829,
  // author 35 (the frozen half frozen34.tsv until it was renamed), scored once on main 752b9de (after domain42):
  // 618/764 (80.89 %), 0/331, 110/110; 34 of the misses name no brand at all (a lure only the breach explains, a
  // tracker's carrier code), most others the brand after a throwaway host, product names alone, tickers, redirects;
  // after its round (domain43, test/domain/classes43.test.ts: a customer-centre number one slip from the brand's in
  // the host, a big platform's redirector written by hand to say the brand, an IPFS page of an abbreviation that
  // asks, the logistics arm's initials with its own words, lure words and cpang with a kit's drawn tag): 637/764 (83.38 %), 0/331, 110/110
  // (96 since domain55: a service word with a Korean lure, an app file of the initials and lure words on a
  // throwaway host; the floor measured then)
  // domain62: 94 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 92 missed (test/domain/classes-68.test.ts)
  'tune34.tsv': 90 / 764,
  // author 36 (the frozen half frozen35.tsv until it was renamed), scored once on main 91525c0 (after domain44):
  // 686/720 (95.28 %), 0/360, 120/120; missed: romanised spellings with a lure (7), bare IPv4/IPv6/hex hosts with a
  // lure path (6), the brand in a query or fragment of a random host (5), cloud storage and tunnels (4), singles
  // after domain45 695/720, after domain46 (test/domain/classes46.test.ts) 706/720 (98.06 %), 0/360, 120/120
  // domain62: 13 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune35.tsv': 13 / 720,
  // author 37 (the frozen half frozen36.tsv until it was renamed), scored once on main e106976 (after domain46):
  // 672/720 (93.33 %), 0/360, 120/120; missed: redirect wrappers carrying a random host with no brand (9), the
  // brand's abbreviations (cpang, cpg, cpng, coupg, cupng) with a lure word (8), the official host as a query value
  // beside an asking step (7), brand folders and compromised sites' paths (7), singles; after domain47
  // (test/domain/classes47.test.ts) 691/720 (95.97 %), 0/360, 120/120; after domain48
  // (test/domain/classes48.test.ts) 700/720 (97.22 %), 0/360, 120/120
  // domain62: 19 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  'tune36.tsv': 19 / 720,
  // author 38 (the frozen half frozen37.tsv until it was renamed), scored once on main 0f51ec4 (after domain48):
  // 677/719 (94.16 %), 0/362, 127/127; missed: Hangul names two letter parts away with a lure (13/23: 투펑, 크퐝, 큐항),
  // brand folders in capitals or behind another folder (6), the brand's abbreviations split by a hyphen (5: cp-ang,
  // cpg), shortener slugs with the romanisation (4), Android intent: links to a fake package (3), singles; after
  // domain49 (test/domain/classes49.test.ts) 696/719 (96.80 %), 0/362, 127/127
  // domain62: 22 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain68: 20 missed (test/domain/classes-68.test.ts)
  // domain73: 18 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  'tune37.tsv': 16 / 719,
  // author 39 (the frozen half frozen38.tsv until it was renamed), scored once on main 2fd9531 (after domain49):
  // 668/719 (92.91 %), 0/360, 120/120; missed: the brand in a query or fragment of a random host (11/17: ?site=,
  // ?q=쿠팡피해보상, #/coupang/login), abbreviations with a lure (9/17: cou-, cpang-…joehoe), shortener slugs (8/19),
  // the romanisation on free hosting (5/29), singles; after domain50 (test/domain/classes50.test.ts) 687/719
  // (95.55 %), 0/360, 120/120
  // domain60: 31 missed (쿠ㅍ팡보상.co.kr: a final after an open syllable; test/domain/classes-domain60.test.ts)
  // domain66: 29 missed (test/domain/paths35.test.ts)
  // domain68: 28 missed (test/domain/classes-68.test.ts)
  'tune38.tsv': 26 / 719,
  // author 40 (the frozen half frozen39.tsv until it was renamed), scored once on main 8ceb4c9 (after domain50):
  // 682/720 (94.72 %), 2/360, 120/120; missed: the brand in a query or fragment (7/24: ?s=Coupang&uid=, ?to= the
  // official login), the brand typed with the Korean keyboard off one key away (6/24: znvkf, rnvkd), redirect wrappers
  // and bare IPs (8), brand folders in capitals (4), shortener slugs (3), intent: links (3), singles.
  // domain51: 702/720 — the keyboard-off slips, the search handed to a visitor's id, gupang and tongkwan, the intent
  // sending a browser to the brand's folder, the brand's folder among a site's files at its phone's copy taken
  // domain57: 706/720 — the four redirectors carrying a bare IP with `/cp/` as its only folder
  'tune39.tsv': 10 / 720,
  // author 41 (the frozen half frozen40.tsv until it was renamed), scored once on main f1401d7 (after domain51):
  // 699/720 (97.08 %), 2/360, 120/120; missed: short names and product words with lures (cp-, cpg, cpng, kp-,
  // wing-seller, eats-rider, flex-rider, rocketgrowth: 12/21), romanised and typo names on cheap TLDs (cooupan,
  // cupahng, koupeng, kupang-shop, cupang: 5), a double-encoded dot and a full-width @, a bare IP, a blog path;
  // after its round (domain52): 703/720 — the @, the dot, the IP and the blog taken; domain53: 707/720 — Wing's
  // seller name (its gate packed in a fourth word), the initials with a refund on `.kr`, the victims' cafe
  // (12 since domain55: `cooupan.shop`, two slips of a hand where kits register; 11 since domain59: a service word
  // with a rider's role and a recruitment's asking word in Korea, test/domain/classes-domain59.test.ts)
  // domain60: 10 missed (rocketgrowth-seller.com; test/domain/classes-domain60.test.ts)
  // domain62: 7 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain66: 6 missed (test/domain/paths35.test.ts)
  'tune40.tsv': 4 / 720,
  // author 42 (the frozen half frozen41.tsv until it was renamed), scored once on main 2fd39e49 (after domain53):
  // 685/720 (95.14 %), 0/360, 120/120; missed: `javascript:window.open(atob(…))` carrying a look-alike in base64 (7),
  // two- and three-slip typos on cheap TLDs (cpupangg, cepuang, co7pag, couanb, ceupanb, c9apang, voupangg, oupqng,
  // couant, coupant, ggupang: 11), product names with lure words and no brand (wowclub-bosang, wow-refund-kr,
  // eats-refund-kr, eats-rider-kr, flex-driver-apply, playott-free, cpay-refund, coupa-partners: 8), the brand only
  // in a shared host's query (pastebin, open.kakao, dropbox apk, sslip.io, `?src=coupang_sms`, `?title=쿠팡`: 9);
  // after its round (domain54): 697/720 — the atob scripts, the sms tags, the IP's wildcard name, the app file's
  // build tag, `ord-check`
  // domain55: 708/720 — two slips of a hand on cheap TLDs and `.kr` (nine), the service words with a refund in Korea
  // (two), `cp_update.apk` on a throwaway host; domain59: 709/720 (`flex-driver-apply.kr`)
  // domain62: 10 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts)
  // domain73: 7 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  'tune41.tsv': 7 / 720,
  // scored once while frozen (author 43), on main + perf14 + domain55: 688/720 (95.56 %), 5/360, 120/120; missed:
  // open redirects on official hosts carrying a look-alike (10, the official host kept official by domain27's
  // decision), product names without the brand (7), redirectors carrying a bare IP (5), encoded (2), official
  // product look-alikes (`onelink.me`, `coup.ng`), one each of backslash, shared path, hyphen split, official path on
  // a random host, romanisation, omission. After its round (domain56: official redirectors sending on to a flagged
  // address, test/domain/classes-domain56.test.ts): 692/720, 1/360 (the app-store page kept, below), 120/120; the
  // sign-in pages' return addresses, the logout's and the bare IPs stay official (docs/domain-guard.md); domain57:
  // 699/720 — the redirectors (five wrappers, two of the brand's own) carrying a bare IP with `/cp/` as its only folder
  // domain59: 700/720 (`flex-driver-apply.kr`, a service word with a rider's role and a recruitment's asking word)
  // domain62: 19 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts); 18 since a carried address encoded two or three times over was read
  'tune42.tsv': 16 / 720,
  // scored once while frozen (author 44), on main + page44 + domain57/58 + rt37 + rt36c + pagespeed5: 694/720
  // (96.39 %), 8/360, 120/120 — the next round's tuning data (misses and false alarms in docs/domain-guard.md);
  // after its round (domain59): 696/720, 6/360 — the riders' recruitment names (two) and the tracker's and the news
  // article's queries (test/domain/classes-domain59.test.ts); domain60: 701/720 — 쿠파ㅇ.co.kr, the joined
  // `javascript:` literals, rocketgrowth-seller.com, kupang-mall.shop and znbkd.net (classes-domain60.test.ts)
  // domain73: 16 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 15 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  'tune43.tsv': 15 / 720,
  // scored once while frozen (author 45), on main 42c1b3a7 + rt38 + pagespeed6 + domain60 + rt37k3 + page46: 697/720
  // (96.81 %), 2/360, 120/120 — the next round's tuning data; domain61: 698/720, 0/360 — a joiner hidden inside the
  // brand's own host (test/domain/classes-domain61.test.ts)
  // domain62: 12 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts); 11 since a carried address encoded two or three times over was read
  // domain68: 10 missed (test/domain/classes-68.test.ts)
  // domain77: 9 missed (test/domain/classes-77.test.ts)
  'tune44.tsv': 9 / 720,
  // scored once while frozen (author 46), on the same build: 698/720 (96.94 %), 1/360, 120/120 — the next round's
  // tuning data
  // domain62: 18 missed (the brand's own abbreviations alone or with a lure word, the name said or shuffled;
  // test/domain/classes-domain62.test.ts); 17 since a carried address encoded two or three times over was read
  // domain65: 16 missed (the brand less its ng with a lure word on a Korean suffix; test/domain/paths34.test.ts)
  // domain73: 13 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  'tune45.tsv': 10 / 720,
  // scored once while frozen (author 47), on main 810d01c8 + page48, perf15, domain62, page49, rt39: 690/720
  // (95.83 %), 3/360, 120/120; domain63 caught its web cache row (691/720, 1/360)
  // domain65: 25 missed (coupa on a Korean suffix, a driver's pay in Korea, a Naver Form's and an Airtable share's
  // forged ids; test/domain/paths34.test.ts)
  // domain72: 24 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain74: 23 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain77: 22 missed (test/domain/classes-77.test.ts)
  'tune46.tsv': 21 / 720,
  // scored once while frozen (author 48), on the same build: 684/720 (95.00 %), 1/360, 120/120 — the next round's
  // tuning data; domain63 caught its web cache row (685/720, 0/360)
  // domain65: 34 missed (a driver's pay in Korea; test/domain/paths34.test.ts)
  // domain68: 32 missed (test/domain/classes-68.test.ts)
  // domain72: 29 missed (test/domain/classes-72.test.ts: a vowel stretched)
  'tune47.tsv': 25 / 720,
  // scored once while frozen (author 49), on main 810d01c8 + this session's two rounds (page48–51, domain62–63, rt39,
  // rt40, perf15): 686/720 (95.28 %), 1/360, 120/120 — the next round's tuning data
  // domain65: 28 missed (two slips of a hand under a page that asks, coupa on a Korean suffix;
  // test/domain/paths34.test.ts)
  // domain74: 25 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  'tune48.tsv': 23 / 720,
  // scored once while frozen (author 50), on the same build: 695/720 (96.53 %), 4/360, 120/120 — the next round's
  // tuning data
  // domain65: 23 missed (two slips of a hand under a page that asks; test/domain/paths34.test.ts)
  // domain68: 20 missed (test/domain/classes-68.test.ts)
  'tune49.tsv': 19 / 720,
  // scored once while frozen (author 51), on integ 79182163 (main 831a73d9 + page53–55, rt41, domain65): 676/720
  // (93.89 %), 0/360, 120/120 — the next round's tuning data
  // domain66: 28 missed (a letter struck on the way, the cheap new TLDs, a bare address's money page, a sounded
  // short host, a list word with the brand's product page; test/domain/paths35.test.ts)
  // domain73: 23 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 22 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  'tune50.tsv': 20 / 720,
  // scored once while frozen (author 52), on the same build: 700/720 (97.22 %), 0/360, 120/120 — the next round's
  // tuning data
  // domain68: 19 missed (test/domain/classes-68.test.ts)
  // domain72: 16 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain73: 15 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 13 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain76: 12 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune51.tsv': 10 / 720,
  // scored once while frozen (author 53), on integ 74d046e6 (main aa996fd2 + perf16, page56, page58, domain67):
  // 708/720 (98.33 %), 0/360, 120/120 — the next round's tuning data
  // domain68: 4 missed (test/domain/classes-68.test.ts)
  'tune52.tsv': 2 / 720,
  // scored once while frozen (author 54), on the same build: 698/720 (96.94 %), 0/360, 120/120 — the next round's
  // tuning data
  // domain68: 9 missed (test/domain/classes-68.test.ts)
  'tune53.tsv': 8 / 720,
  // scored once while frozen (author 55), on main a3e2aaaa: 704/720 (97.78 %), 0/360, 120/120 — the next round's
  // tuning data
  // domain69: 10 missed (test/domain/classes-69.test.ts)
  // domain73: 9 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  'tune54.tsv': 6 / 720,
  // scored once while frozen (author 56), on the same build: 690/720 (95.83 %), 0/360, 120/120 — the next round's
  // tuning data (3 of the 30 misses are full-width spellings of official hosts, official as decided before)
  // domain69: 19 missed (test/domain/classes-69.test.ts)
  // domain73: 17 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 16 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain76: 15 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune55.tsv': 15 / 720,
  // scored once while frozen (author 57), on integ f4c4cc27 (main a3e2aaaa + domspeed6, domain69): 676/720 (93.89 %),
  // 0/360, 120/120 — the next round's tuning data (one miss, `https://coupang.com\.wow-event.store/`, opens the brand's
  // own coupang.com: a browser reads the backslash as a slash; official is right)
  // domain70: 43 missed (test/domain/classes-70.test.ts)
  // domain72: 42 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain73: 33 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 32 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain77: 31 missed (test/domain/classes-77.test.ts)
  'tune56.tsv': 29 / 720,
  // scored once while frozen (author 58), on the same build: 680/720 (94.44 %), 0/360, 120/120 — the next round's
  // tuning data
  // domain70: 25 missed (test/domain/classes-70.test.ts); domain71: 21 (test/domain/classes-71.test.ts)
  // domain72: 20 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain74: 18 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain76: 17 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune57.tsv': 14 / 720,
  // scored once while frozen (author 59), on main 1cee237d: 698/720 (96.94 %), 0/360, 120/120 — the next round's
  // tuning data (two misses carry a zero-width space or a soft hyphen inside `coupang.com`, which a browser's IDNA
  // mapping drops: they open the brand's own site, so official is right)
  // domain72: 20 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain73: 19 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain76: 17 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune58.tsv': 16 / 720,
  // scored once while frozen (author 60), on the same build: 709/720 (98.47 %), 0/360, 120/120 — tuning data
  // domain72: 10 missed (test/domain/classes-72.test.ts: a vowel stretched)
  // domain74: 8 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain77: 7 missed (test/domain/classes-77.test.ts)
  'tune59.tsv': 7 / 720,
  // scored once while frozen (author 61), on integ 114aa86a (domain71, domain72 merged): 687/720 (95.42 %), 0/360,
  // 120/120 — the next round's tuning data (three misses open the brand's own host: `m.coupang.com\@…` reads the
  // backslash as a slash, and full-width letters or an ideographic full stop in `coupang.kr`; official is right)
  // domain73: 32 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain74: 31 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain76: 25 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune60.tsv': 24 / 720,
  // scored once while frozen (author 62), on the same build: 697/720 (96.81 %), 0/360, 120/120 — tuning data
  // domain73: 15 missed (test/domain/classes-73.test.ts: letters pushed into the name, letters no romanisation writes)
  // domain76: 13 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune61.tsv': 12 / 720,
  // scored once while frozen (author 63), on main 35ec2aad: 708/720 (98.33 %), 0/360, 120/120 — tuning data
  // domain74: 9 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD)
  // domain76: 7 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  'tune62.tsv': 5 / 720,
  // scored once while frozen (author 64), on the same build: 695/720 (96.53 %), 0/360, 120/120 — tuning data (three
  // misses open the brand's own host: `co%75pang.net` decodes to `coupang.net`, `www.coupang.com\@…` reads the
  // backslash as a slash, a zero-width space inside `coupang.com` is dropped by the browser; official is right)
  // domain74: 17 missed (test/domain/classes-74.test.ts: a keyboard form a key off, a doubled letter and a slip,
  // ㅡ inside the Hangul name, a product alone on a kit TLD); domain75: 11 (classes-75: an escaped separator or space in
  // the host, an alert beside the brand)
  'tune63.tsv': 11 / 720,
  // scored once while frozen (author 65), on integ 2432a91c (domain74 merged): 700/720 (97.22 %), 0/360, 120/120 —
  // tuning data (one miss opens the brand's own host: a full-width letter in `coupang.kr`; official is right);
  // domain75: 16 missed (test/domain/classes-75.test.ts: an escaped separator in the host, a programme with a filler,
  // a product's folder on a bare IP)
  'tune64.tsv': 16 / 720,
  // scored once while frozen (author 66), on the same build: 699/720 (97.08 %), 0/360, 120/120 — tuning data;
  // domain75: 16 missed (test/domain/classes-75.test.ts: a form or board service's account as the site, an alert)
  'tune65.tsv': 14 / 720,
  // scored once while frozen (author 67), on integ 77982569 (the session's starting engine, main 6e47c7c2): 699/720
  // (97.08 %), 0/360, 120/120 — tuning data; after domain75 (merged later): 701/720
  // domain76: 15 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  // domain77: 12 missed (test/domain/classes-77.test.ts)
  'tune66.tsv': 12 / 720,
  // scored once while frozen (author 68), on the same build: 695/720 (96.53 %), 0/360, 120/120 — tuning data (one miss
  // opens the brand's own host: `coupan%67.kr`, a percent-escaped letter the browser decodes; official is right)
  // domain76: 17 missed (test/domain/classes-76.test.ts: the brand's official address as a value on a kit TLD)
  // domain77: 13 missed (test/domain/classes-77.test.ts)
  'tune67.tsv': 12 / 720,
  // scored once while frozen (author 69), on integ 8e8edf47 (the session's final engine): 700/720 (97.22 %), 0/360,
  // 120/120 — tuning data; 10 of the 20 misses open the brand's own host as the browser parses them (full-width
  // letters, an ideographic full stop, a zero-width space or soft hyphen, `coupang.com\@…`): official is right
  // domain77: 16 missed (test/domain/classes-77.test.ts)
  'tune68.tsv': 15 / 720,
  // scored once while frozen (author 70), on the same build: 698/720 (96.94 %), 0/360, 120/120 — tuning data; 10 of
  // the 22 misses open the brand's own hosts as the browser parses them (official is right)
  // domain77: 21 missed (test/domain/classes-77.test.ts)
  'tune69.tsv': 21 / 720,
  // scored once while frozen (author 71), on integ 0b360f4e (main at the start of the session of 2026-12-08): 714/720
  // (99.17 %), 0/360, 120/120 — tuning data
  // domain78: 5 missed (test/domain/classes-78.test.ts)
  'tune70.tsv': 5 / 720,
  // scored once while frozen (author 72), on the same build: 695/720 (96.53 %), 0/360, 120/120 — tuning data; 7 of the
  // 25 misses open the brand's own hosts as the browser parses them (full-width `ｃｏｕｐａｎｇ.kr` under a service label,
  // a `;` inside a label under coupang.com): official is right
  'tune71.tsv': 25 / 720,
  // scored once while frozen (author 73), on integ a3b68ba1 (page-r9-miss, page-r9-fa and domain77 merged): 699/720
  // (97.08 %), 0/360, 120/120 — tuning data; 5 misses open the brand's own hosts (full-width letters and stops, and
  // coupang.kr and coupangfinancial.com, the brand's own though left out of the shared list), 5 are `xn--` labels
  // that are no valid Punycode (no browser opens them) and one is a Cyrillic "paypal", not this brand
  // domain78: 20 missed (test/domain/classes-78.test.ts)
  'tune72.tsv': 20 / 720,
  // scored once while frozen (author 74), on the same build: 706/720 (98.06 %), 0/360, 120/120 — tuning data; 7 of the
  // 14 misses open the brand's own host as the browser parses them (official is right)
  // domain78: 12 missed (test/domain/classes-78.test.ts)
  'tune73.tsv': 12 / 720,
};

/**
 * Hard negatives a half flagged when it was scored once, before its round: known, listed, and to be taken by that
 * round (or left with a reason). Any other clean row flagged fails, and so does a listed row no longer flagged.
 */
const KNOWN_FALSE_ALARMS: Record<string, string[]> = {
  // scored once while frozen (tune29), before any round on it; its round (domain37) kept warning on each, as the
  // same class is a flag row of other halves (docs/domain-guard.md, "tune29's hard negatives"):
  'tune29.tsv': [
    // 쿠팔.net is a flag row of tune22 and tune26 (ㄹ on the key beside ㅇ)
    'https://쿠팔.kr/',
    // a final consonant added to the first syllable, as 쿵팡 (tune23 flags 쿵팡.com); 쿡팡요리교실 (tune27) stays clean
    'https://쿡팡.kr/',
    // 쿠방.kr, 쿠방.com, 쿠방.net are flag rows of tune3, tune7, tune9 and others (ㅂ for ㅍ)
    'https://쿠방.kr',
    // xn--om7b21d.com (쿵팡.com) is a flag row of tune23
    'https://쿵팡.kr/',
    // 쿠팝.net is a flag row of tune11 (ㅂ final for ㅇ)
    'https://쿠팝.com/',
    // Rocket Now is a listed brand name: spelled out with any word it is a combosquat (rocketnow-app, -coupon,
    // rocketnow.store are flag rows of other halves), as the brand's name is (tune21's coupang-fans)
    'https://www.rocketnowfitness.com/',
    // coupay is a listed alias, no word of any language: coupay.co, .app, .kr are flag rows of a dozen halves, and
    // no rule tells .fr from .co (coupant.fr is cleared as a French word, which coupay is not)
    'https://www.coupay.fr/',
    // a neighbouring key inserted: couplang.com (tune7) and couplang.kr (tune11) are flag rows
    'https://www.couplang.com/',
    // c→s, a bit flip: soupang.com is a flag row of tune6, tune10, tune17, tune21
    'https://www.soupang.com',
    // c→g, a bit flip: goupang.com is a flag row of a dozen halves
    'https://www.goupang.com/',
    // ow for ou: cowpang.kr, .com, .net are flag rows of tune10, tune12, tune18 and others
    'https://www.cowpang.kr/',
    // couplang with a plural's s: the same name as couplang (above)
    'https://www.couplangs.com/',
    // p→b, 쿠방 in Latin letters (쿠방 is flagged in Hangul by other halves, above)
    'https://www.coubang.com/',
  ],
  // scored once while frozen (tune28), before its round: a French shop one letter from the brand and an Indonesian
  // update site on a kupang host; its round (domain36) cleared the second (a real word on its own country's suffix
  // takes a Korean lure word, not an English one) and kept the first: `coupane` is the brand with its g's bits
  // flipped, and the same name is a flag row of tune21 (`coupane.co`), as `coupanf`, `coupqng` are of a dozen halves
  // on every kind of TLD; no rule can see a family's shop in the name
  'tune28.tsv': ['http://coupane.fr/contact'],
  // scored once while frozen (tune32), before any round: seven names on the reserved `.example`/`.test` TLDs the author
  // called honest because no one can register them (a fan blog, a review project, a watch site, a café and a fan page
  // named for Rocket Now or Rocket WOW); the engine judges a name whatever its suffix (the e2e tests serve look-alikes
  // on `.test`), and on a real suffix each is the brand with a word, as other halves flag. For its round. domain58
  // cleared the fan blog, the watch site and the fan page by class (a community's own name beside the brand:
  // test/domain/classes-domain58.test.ts); the café, the guide, the review project and the notes are other words.
  // scored once while frozen (tune33), before any round: a parcel tracker's query naming the carrier on a host with a
  // delivery word, and a shop whose name is the brand with its c written k. Its round (domain42) cleared the first (a
  // carrier's key beside a waybill's number on a tracking page is every honest tracker's, off the lure TLDs) and kept
  // the second: `koupang` is the brand's sound with its c written k, no word or place in any language (the
  // Indonesian city is Kupang), and the name alone or with words is a flag row of other halves (`koupang.com/event`,
  // `koupang-point.sbs`, `koupangrocket.shop`), as `coupang-ceramics` would be; no rule can see a potter's shop in it
  'tune33.tsv': ['https://koupang-ceramics.gr/'],
  // scored once while frozen (tune39), before any round: two names the author invented as honest firms, a Korean
  // company `compang` (the brand with its u written m, on .co.kr) and a Greek family business `Koupangelos` (the
  // brand's sound with its c written k and a word glued on, as tune33's koupang-ceramics.gr). domain51 kept both
  // (docs/domain-guard.md): `compang` on a Korean suffix is the one-letter slip kits register there (on `.com` and
  // `.de` it is left), and `koupang` with a word glued on is a flag row of other halves (`koupangrocket.shop`,
  // `koupangjohwe.com`); no rule seen clears a Greek family's name without letting those through
  'tune39.tsv': ['https://www.compang.co.kr/about', 'https://www.koupangelos.gr/about'],
  // scored once while frozen (tune40), before any round: the brand's Japanese name in katakana labelled an honest
  // shop by its author, and a gym's membership club whose name is the brand's WOW membership with a lure word.
  // Both kept on purpose by domain52: クーパン is the brand's own Japanese name (brand knowledge, issue #11: the
  // lead's decision, the author's label is the mistake); `wow-membership` is the brand's product name, flagged alone
  // and with any word in other halves' flag rows (`wowmembership.kr`, `wow-membership-kr.com`,
  // `wowmembership-delivery.link`), and `club` is what a membership is: no rule clears a gym's club without them
  'tune40.tsv': ['クーパン.example', 'wow-membership-club.example'],
  // scored once while frozen (author 43), before any round: an app-store path named for the brand's app on a host
  // that is not a store's, and four honest names near the brand's sound, which its round (domain56) cleared by
  // class (`chupang`, `coop-ang`, `kupanga`, `ku-pang-kungfu`: test/domain/classes-domain56.test.ts). It kept the
  // first: the App Store's own layout (`/kr/app/<name>/id<number>`) for the brand's app on a host named for Apple
  // that is no store's is what a fake store serves (domain11's rule), as `apple-apps.top` would; listing sites write
  // their own layouts and names (`appadvice.com/app/coupang/454434967`, clean), and a `.example` name is judged as
  // any name is (tune32's decision above)
  'tune42.tsv': ['https://www.apple-apps.example/kr/app/coupang/id454434967'],
  // scored once while frozen (author 44), before its round: eight honest names and addresses the engine flagged.
  // Its round (domain59) cleared a tracker's home-page query (`/?company=쿠팡로지스틱스&invoice=…`) and a news
  // article's topic tag (`m.news.…/society/2025972534?topic=coupang`) by class (test/domain/classes-domain59.test.ts)
  // and kept the near-sound names where other halves flag the same slip (docs/domain-guard.md, domain59)
  // scored once while frozen (author 45), before its round: a mall's membership host and a cashback site's merchant
  // query. Its round (domain61) cleared both by class (a product's name alone under a shop's own name; a directory
  // page's plain key on an offer portal: test/domain/classes-domain61.test.ts)
  // scored once while frozen (author 46), before its round: a `.io` name that is the brand's product's name. Its
  // round (domain61) kept it: Rocket Now is a listed brand, and its bare name on another TLD is a flag row of other
  // halves (`rocketnow.co` in tune17 and tune30, `rocketnow.jp` in tune15, `rocketnow.jp.net` in tune32); only
  // tune45 labels the bare name clean, so the halves disagree and the flag rows' decision stands
  'tune45.tsv': ['rocketnow.io'],
  // scored once while frozen (authors 47 and 48); domain63 cleared the farm's name with the fresh-food product word,
  // the loopback address's `source=` query and tune47's blog post's topic tag, and kept the victims' support site:
  // a landing's lure name (`victim-support`) with `/apply` and the brand beside the breach's word in the query is the
  // very shape of the leak-check kits other halves flag (`leakcheck-kr.site/?svc=coupang`); only the key's name,
  // `case_type`, differs, and no rule can see whose form it is
  // (authors 49 and 50, tune48 and tune49: a parcel tracker's carrier page and a price search's and a hot-deal
  // board's `mall=` filter naming the brand, cleared by domain64 — test/domain/classes-domain64.test.ts)
  'tune46.tsv': ['https://www.victim-support.kr/apply?case_type=coupang-leak'],
  'tune43.tsv': [
    '카팡.example',
    'rocket-now.example',
    'rocketnow-chess.example',
    'couplang.example',
    'cuppa-ng.example',
  ],
  'tune32.tsv': [
    'https://www.rocketnow-cafe.example',
    'https://www.coupangpartnersguide.example/intro',
    'https://coupang-review-project.test',
    'https://my-coupang-notes.example',
  ],
  // scored once while frozen (tune27), before its round: two invented shops one or two letters from the brand
  // (`cooppang` doubles two letters, `cupaang` drops one and doubles another); kept by its round (domain33): a host a
  // reader takes for the brand is a look-alike whatever its owner meant — both read as 쿠팡 said aloud, the very
  // shapes other halves flag (`cooupang`, `cupang` with a lure), and no rule can see a bakery's or a band's intent
  'tune27.tsv': ['https://cooppang.kr/shop', 'https://cupaang.com/'],
  // scored once while frozen, before its round; domain26's round kept warning on these two (fixtures README,
  // tune23's paragraph): the very hosts are flag rows of other halves (`couplang.com` tune7's one-letter insertion,
  // as tune13's `www.couplang.com` above; `soupang.com` tune10's and tune6's bit flip of c), so the halves disagree
  // and the guard keeps warning
  'tune23.tsv': ['https://www.couplang.com/', 'https://www.soupang.com/'],
  // a one-letter insertion (couplang) is the commonest typosquat there is, and tune11.tsv flags `www.couplang.kr`:
  // the halves disagree, and the guard keeps warning (fixtures README, tune13's paragraph)
  'tune13.tsv': ['www.couplang.com'],
  // a handle of the brand's name with `official` is how an impersonating account names itself; the guard warns
  // (Coupang's own accounts are named for the brand alone or with a word for Korea, test/domain/paths13.test.ts)
  'tune14.tsv': ['https://blog.naver.com/coupang_official'],
  // scored once while frozen, before its round; domain22's round kept warning on each (fixtures README, tune20's
  // paragraph):
  'tune20.tsv': [
    // a one-letter omission of the brand, the classic typosquat (as couplang is, tune13 above)
    'copang.example',
    // the brand's whole name as a registrable name of its own with a lawsuit's word (contested by the author): words
    // about the brand clear a platform's site or a subdomain (`sosong-coupang.lawfirm-minju.kr`), where a firm's
    // own domain speaks; a name of its own is the brand's, and the breach's compensation lures use the same words
    'https://coupang-lawsuit.example/',
    'https://www.coupangsosong.example/',
    // the brand as it sounds with k (the city is Kupang, in English and Indonesian alike) beside the trade of the
    // brand's food delivery
    'www.koupangkitchen.example.au',
    // the brand hyphenated where its own short host splits it (coupa.ng): a Coupa reseller's (contested)
    'www.coupa-ng.example.org',
    // (`www.rocketwow.example.com`, a toy store named for Rocket WOW, cleared by domain72: read as written, a
    // product's name alone as the subdomain of an unrelated registrable name where nothing lures; the same name as
    // a registrable name of its own, `rocketwow.com`, is still the brand's)
  ],
  // scored once while frozen, before its round; each marked contested by its author: the brand and a word, or the
  // brand in Hangul with a word, as a site's own registrable name (as the breach's lures name themselves), and a
  // SharePoint tenant named for the brand alone (plausibly Coupang's own; not on the official list). (The fans' site,
  // `coupang-fans.example`, was cleared by domain58: a community's own name beside the brand.)
  'tune21.tsv': ['https://coupang-price-tracker.example/', 'coupang.sharepoint.com', '쿠팡후기모음.example'],
};

describe.each(halves)('red-team corpus %s', (file) => {
  const all = rows(new URL(file, dir).pathname).map((r) => ({
    ...r,
    got: CLASS[classify(r.input, engine).verdict] ?? 'clean',
  }));
  const wrong = (expect: string) => all.filter((r) => r.expect === expect && r.got !== expect);

  it('has look-alikes, hard negatives and official hosts', () => {
    expect(all.filter((r) => r.expect === 'flag').length).toBeGreaterThan(50);
    expect(all.filter((r) => r.expect === 'clean').length).toBeGreaterThan(50);
    expect(all.filter((r) => r.expect === 'official').length).toBeGreaterThan(5);
  });

  it(`flags at least ${100 - (MAX_MISSED[file] ?? 0.02) * 100} % of the look-alikes`, () => {
    const flags = all.filter((r) => r.expect === 'flag');
    const missed = wrong('flag').map((r) => `${r.trick}: ${r.input}`);
    expect(missed.length / flags.length, missed.join('\n')).toBeLessThanOrEqual(MAX_MISSED[file] ?? 0.02);
  });

  it('flags no hard negative (but the known ones of a half not yet tuned on)', () => {
    const known = KNOWN_FALSE_ALARMS[file] ?? [];
    const flagged = wrong('clean');
    expect(
      flagged.filter((r) => !known.includes(r.input)).map((r) => `${r.trick}: ${r.input} -> ${r.got}`),
    ).toEqual([]);
    // a known one fixed: take it off the list, so the list says what is still wrong
    expect(known.filter((k) => !flagged.some((r) => r.input === k))).toEqual([]);
  });

  it('keeps every official host official', () => {
    expect(wrong('official').map((r) => `${r.input} -> ${r.got}`)).toEqual([]);
  });

  // an author's look-alike that the guard calls official must be the brand's own host as a browser reads the address
  // (WHATWG URL, as Node's URL parses it: full-width letters, an ideographic full stop, an ignored zero-width space,
  // a backslash read as a slash): then official is right and a warning would turn the reader away from the real site
  // (authors 69 and 70 wrote ten such rows each); anything else called official is a hole
  it('calls a look-alike row official only where a browser opens an official host', () => {
    const opens = (input: string): string => {
      try {
        return new URL(/^[a-z][a-z0-9+.-]*:/i.test(input) ? input : `https://${input}`).hostname;
      } catch {
        return '';
      }
    };
    const holes = all
      .filter((r) => r.expect === 'flag' && r.got === 'official')
      .map((r) => ({ input: r.input, host: opens(r.input) }))
      .filter(({ host }) => host === '' || classify(`https://${host}/`, engine).verdict !== 'official');
    expect(holes).toEqual([]);
  });
});
