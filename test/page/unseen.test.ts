// The independently written corpora (test/fixtures/pages-unseen/<half>/): scored through check --page's own
// path, with the targets of issue #11. See test/fixtures/pages-unseen/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { flaggedOrAtTyping } from './saved-set';

const ROOT = new URL('../fixtures/pages-unseen/', import.meta.url);
/**
 * A frozen half (`frozen-*`) is not read by the suite: printing its figures at every run would be tuning on it.
 * It is scored once, on purpose, with `UNSEEN_FROZEN=<half> npx vitest run test/page/unseen.test.ts`, held to
 * issue #11's targets, then renamed to a tuning half (README next to the halves).
 */
const FROZEN = process.env.UNSEEN_FROZEN ?? '';
const halves = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/manifest.json`, ROOT)))
      .map((d) => d.name)
      .filter((h) => !h.startsWith('frozen') || h === FROZEN)
  : [];

interface UnseenPage {
  file: string;
  url: string;
  expect: 'suspicious-page' | 'clean';
  family: string;
  note?: string;
}

/**
 * What each half must keep. tune (author A), tune-b (author B; scored once as the frozen half on 2026-12-03 02:32 UTC
 * at 71/101 caught and 9/87 benign flagged) and tune-c (author C; scored once on 2026-12-03 05:23 UTC at 65/84
 * caught and 12/81 benign flagged, the price-tracking and seller-tool services that talk about Coupang and have
 * logins), tune-d and tune-e (authors D and E; below), each then demoted to tuning data. Measured in Node on branch
 * page5: 93/97, 96/101, 74/84, 51/60 and 58/65 caught, 0 benign flagged in each. The floors stop them getting
 * worse. Any other half (the next frozen one) is held to issue #11's targets: ≥ 95 % caught, 0 benign flagged
 * (≤ 1 % and 0 per kind).
 * docs/page-guard.md has the per-family figures.
 */
const FLOOR: Record<string, { recall: number; falseAlarms: number }> = {
  tune: { recall: 0.95, falseAlarms: 0 },
  'tune-b': { recall: 0.95, falseAlarms: 0 },
  // 74/84 = 88 %: most of what is left is built only by running script (docs/page-guard.md)
  // page12 (a form shown by its own script, read as asked): 77/84 = 91 %
  'tune-c': { recall: 0.91, falseAlarms: 0 },
  // author D: scored once as the frozen half frozen-d on 2026-12-03 06:36 UTC after the page3 round, in Node at
  // 37/60 caught (62 %) and 4/61 benign flagged (Chromium: 41/60, 9/61); then demoted to tuning data (page4):
  // 50/60, 0 flagged; page5 (its callback lure caught): 51/60 = 85 %
  // page11: 52/60 = 86 %
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1); 0 after its unit boxes' fix
  'tune-d': { recall: 0.86, falseAlarms: 0 },
  // author E: scored once as the frozen half frozen-e on 2026-12-03 10:03 UTC after the page4 round, in Node:
  // 48/65 caught (74 %), 3/65 benign flagged (Chromium 55/65, 4/65); then demoted to tuning data (page5): 58/65 =
  // 89 %, 0 flagged
  // page11: 59/65 = 90 %
  // with the second chance counted, page67: 2 (flagged by itself 0, at typing 2)
  'tune-e': { recall: 0.9, falseAlarms: 2 },
  // author F: scored once as the frozen half frozen-f on 2026-12-03 12:52 UTC after the page5 and logo rounds, in
  // Node: 63/79 caught (80 %), 3/73 benign flagged (Chromium 69/79, 7/73, 4 of them at the first keystroke); two
  // of its false alarms fixed as a class at once (a service name in a list of other shops: classes-f.test.ts);
  // then tuned on by class (page7): 69/79 = 87 %; page8 (a short word is no misspelling of a longer name) cleared
  // the paid course
  // page11 (a Wing API-key kit that asks the password beside the keys): 71/79 = 89 %
  // page12 (a callback number joined from double-quoted pieces): 72/79 = 91 %
  'tune-f': { recall: 0.91, falseAlarms: 0 },
  // author G: scored once as the frozen half frozen-g on 2026-12-03 after the page7 round, in Node: 76/99 caught
  // (77 %), 6/97 benign flagged (Chromium 83/99, 10/97, 4 of them at the first keystroke); then tuned on by class
  // (page8): 79/99 = 80 %, 1 flagged (a consumer agency's dispute form on an invented host: posing as an authority
  // is a kit's move too, so the authority's own name does not clear it off its own domain)
  // page11: 82/99 = 82 %
  // page12 (a late form, a LINE add-friend link, a joined callback number): 85/99 = 86 %
  // page40 (the brand named only in the description a search shows, over a card form: g63): 92/99
  // page42 (a TV's pairing code asked with a password: g64): 94/99
  // page55 (the brand's easy sign-in drawn with a provider's box): 96/99
  // with the second chance counted, page67: 5 (flagged by itself 1, at typing 4)
  'tune-g': { recall: 0.969, falseAlarms: 2 },
  // author H: scored once as the frozen half frozen-h on 2026-12-03 17:03 UTC after the page8 round, in Node:
  // 78/93 caught (84 %), 4/86 benign flagged (Chromium 83/93, 15/86, 11 of them at the first keystroke into a
  // site's own password box); then tuned on by class (page9): 90/93 = 96 %, 1 flagged (an identity-theft
  // protection sign-up naming the breach, asking a resident number: the lure's own words)
  // page11 (a work-from-home job that wants a deposit first): 91/93 = 97 %
  // page12 (a callback number joined in script): 92/93 = 99 %
  // with the second chance counted, page67: 3 (flagged by itself 1, at typing 2)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 3 → 2 at most
  'tune-h': { recall: 0.98, falseAlarms: 2 },
  // author I: scored once as the frozen half frozen-i on 2026-12-03 22:07 UTC after the page9 round, in Node: 80/97
  // caught (82 %), 7/98 benign flagged (Chromium 88/97, 8/98, 1 of them at the first keystroke); then tuned on by
  // class (page10): 87/97 = 89 %, 2 flagged (a price-alert extension's and a victims' group's sites on hosts that
  // carry the brand: the domain guard's combosquat verdict, not the page's)
  // page38 (an APK for "플렉스 배송" read as the brand's rider job: the service's short name as list data): 92/97
  // page58 (a call-back number built from digit groups joined by a map, i37): 96/97
  // with the second chance counted, page67: 3 (flagged by itself 2, at typing 1)
  'tune-i': { recall: 0.98, falseAlarms: 3 },
  // author J: scored once as the frozen half frozen-j on 2026-12-04 00:00 UTC after the page10 round, in Node: 83/100
  // caught, 2/100 benign flagged (Chromium 92/100, 2/100); then tuned on by class (page11): 89/100, 0 flagged
  // (Chromium 99/100, 0/100)
  // page12 (a char-code name, a joined callback number): 91/100
  // page58 (a call-back number reshaped by a replace before its tel: link, j71): 95/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-j': { recall: 0.95, falseAlarms: 0 },
  // author K: scored once as the frozen half frozen-k on 2026-12-04 01:51 UTC after the page10 round, in Node:
  // 72/100 caught, 1/100 benign flagged (Chromium 78/100, 1/100); then tuned on by class (page11): 91/100, 0
  // flagged
  // page55 (a call-back number a script writes into the page): 93/100
  'tune-k': { recall: 0.94, falseAlarms: 0 },
  // author L: scored once as the frozen half frozen-l on 2026-12-04 05:54 UTC after the page11 round (main 6a19ae5),
  // in Node: 96/130 caught, 2/110 benign flagged (Chromium 100/130, 2/110: two dispute-mediation forms naming the
  // brand as the respondent); held there until its round; then tuned on by class (page12): 124/130 = 95.4 %, 0
  // flagged
  // page40 (a signing certificate's password asked in a table form's row header: l06-customs-d): 127/130
  'tune-l': { recall: 0.976, falseAlarms: 0 },
  // author M: scored once as the frozen half frozen-m on 2026-12-04 06:53 UTC on main d0f0097 (after page11 and
  // domain13; page12's round on tune-l was under way and has not read it), in Node: 81/120 caught, 5/110 benign
  // flagged (Chromium 93/120, 5/110: every seller-education page, its own student login under a course about
  // Wing); those five fixed by class (a company line's labels count with their values set off, not listed in a
  // sentence: classes-m.test.ts), no other page of any half changed; recall held there until its round
  // page12 (merged before any round read it): Node 89/120; Chromium on main a9f8107 101/120, 0/110; page13
  // (installers and messenger addresses spelt by script, a class tune-n shares): Node 94/120
  // with the second chance counted, page67: 2 (flagged by itself 0, at typing 2)
  'tune-m': { recall: 0.78, falseAlarms: 2 },
  // author N: scored once as the frozen half frozen-n on 2026-12-04 09:26 UTC on main a9f8107 (after page12), in
  // Node: 85/111 caught, 17/100 benign flagged (Chromium: docs/page-guard.md); ten false alarms fixed by class in
  // page13 (an office's own number, a comment box drawn without a form, an instant discount, a price tracker's
  // title, the brand as one shop among others or sent to its own app: classes-n.test.ts), none of any other half
  // changed; installers and messenger addresses spelt by script: 92/111; ClickFix (page14): 95/111; the seven left
  // are held here
  // page15 (push bait, code boxes drawn with contenteditable, chat lines in escapes, a QR hand-off to a chat, a
  // course's checkout whose sentences name the brand: classes-o.test.ts): 105/111, 6 flagged (Chromium 108/111,
  // 7/100); a courier's "we never send codes by text" is no chat asking for one: 4 flagged; measured 3 before
  // domain58, which cleared n55-fan-e's host (`coupang-fan-wiki.example`, a community's own name beside the brand): 2
  // with the second chance counted, page67: 4 (flagged by itself 2, at typing 2)
  'tune-n': { recall: 0.94, falseAlarms: 4 },
  // author O: scored once as the frozen half frozen-o on 2026-12-04 12:36 UTC on main ff4b872, in Node: 98/117
  // caught, 2/100 benign flagged (Chromium 103/117, 2/100); page15 (a kit's footer of labels and numbers, push
  // bait, sideloaded extensions, a voucher PIN that guarantees a payout, labels drawn as SVG pictures, QR
  // hand-offs, a followers' group named after the brand, the brand's service in Latin letters beside its Hangul
  // name: classes-o.test.ts): 110/117, 0 flagged (Chromium 114/117, 0/100 before the last of these)
  // page55 (call-back numbers a script joins with a dash): 116/117
  'tune-o': { recall: 0.991, falseAlarms: 0 },
  // author P: scored once as the frozen half frozen-p on 2026-12-04 15:36 UTC on main d45bb33, in Node: 93/115
  // caught, 0/104 benign flagged (Chromium 90/115, 0/104: five of the misses were kits that cloak from automated
  // browsers, which the e2e harness was until then); page16 (text a kit's script shows, drawn address bars, QR
  // scans that lead to a secret, a run past Windows' warning, a call-back number drawn in an image, a seed grid, a
  // LINE agent, Wing Seller Center, a service word in the brand's colours: classes-p.test.ts): 112/115, 0 flagged;
  // after its red team (honest pages the new rules flagged: a TV's QR login approved in the brand's app, an
  // app-only order, an indie tool's SmartScreen steps, a shop's list of where it sells): 111/115. Left: a page that
  // never names the brand (an "eats" icon), one whose char codes spell 앤팔 (the author's slip), a gift-card PIN to
  // "verify" a payout (the honest redemption pages of tune-n warn in the same words), and a QR login to approve
  'tune-p': { recall: 0.96, falseAlarms: 0 },
  // author Q: scored once as the frozen half frozen-q on 2026-12-04 18:40 UTC on main 421bb1f, in Node: 94/119 caught,
  // 21/111 benign flagged (Chromium: docs/page-guard.md); page17 (the brand as one example of a list closed by 등, a
  // courier's name that ends in its trade, the site's name first in its title and again atop its main heading, a
  // firm's name opening the main heading: classes-q.test.ts): 17 of those false alarms cleared, none of any other
  // half changed; a shop's own login, a remote app's connection code, chat links whoever serves them, the brand
  // painted from base64, a firm named in a heading whose name the host spells: 102/119, 0 flagged; page17b (its red
  // team closed; a form's heading that is the brand's claim to apply for): 105/119; page21 (boxes a script makes
  // from its list of labels: the late-injected forms): 112/119
  // page55 (the brand's easy sign-in drawn with a provider's box): 115/119
  'tune-q': { recall: 0.966, falseAlarms: 0 },
  // author R: scored once as the frozen half frozen-r on 2026-12-04 21:24 UTC on main b04dbaa, in Node: 78/110
  // caught, 4/110 benign flagged (Chromium 84/110, 5/110: docs/page-guard.md); page18 (a page's first <h3> as its
  // main heading, a lure's offer or notice in a heading, a step a button shows after itself, the brand's account
  // disowned, "unrelated to" no voice, advice and victim lines, ClickFix in onclick and fetch-and-run commands, boxes
  // masked by CSS, the brand in a few letters per pseudo-element or painted from letters, an SMS pasted whole, QR
  // codes in pixels: classes-r.test.ts) and its red team: 93/110, 0 flagged
  // page55 (a call-back number a script joins with a dash): 97/110
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1); 0 after its unit boxes' fix
  'tune-r': { recall: 0.89, falseAlarms: 0 },
  // author S: scored once as the frozen half frozen-s on 2026-12-04 22:39 UTC on main 47ec2e0 (after page18), in
  // Node: 96/111 caught, 10/117 benign flagged (Chromium 99/111, 13/117: docs/page-guard.md); held here to what it
  // measured until its round; page19 (a firm's name atop the site's header, the service the reader leaves:
  // classes-s.test.ts): 1/117 flagged, the law firm's intake on `coupang-suit.<firm>.com` (the domain guard's verdict:
  // the brand with a word in a subdomain, which kits use the same way)
  // page55 (open chats given with their entry code): 103/111
  // with the second chance counted, page67: 2 (flagged by itself 1, at typing 1)
  'tune-s': { recall: 0.927, falseAlarms: 1 },
  // author T: scored once as the frozen half frozen-t on 2026-12-05 00:20 UTC on main 18d852a, in Node: 76/111
  // caught, 9/113 benign flagged (Chromium 82/111, 9/113: docs/page-guard.md); page20 (a unit's 동/호 boxes, a
  // store's own listing, the brand as where the breach happened, another site's password on a leak check, an
  // authority worn off its hosts, a paper's form that looks a payout up, an identity card's picture, vouchers as
  // proof of identity, a Run-box line signed with the brand: classes-t.test.ts) and its red team: 89/111, 2/113
  // flagged (two open-source clients' docs whose project path names the brand: the domain guard's verdict); after
  // domain23 (a developer's project on a code platform) 1/113: the docs on `readthedocs.example`, no code platform;
  // page21 (boxes a script makes from its list of labels): 92/111
  // with the second chance counted, page67: 7 (flagged by itself 1, at typing 6)
  'tune-t': { recall: 0.82, falseAlarms: 3 },
  // author U: scored once as the frozen half frozen-u on 2026-12-05 02:00 UTC on main 877264b (after page20), in
  // Node: 90/111 caught, 2/111 benign flagged (Chromium 96/111 (86.5 %; 1 at a keystroke), 2/111 (1.8 %): docs/page-guard.md); held here to what it
  // measured until its round; page21 (boxes a script makes from a list of labels, letters a flex box orders, a
  // picture of text as the heading, the brand's desk for an errand, work from home, a painted service mark, a
  // "safe account", gift-card codes pasted a line each, Telegram's link scheme and a channel's chat made a payout's
  // desk, a pasted command's char codes and a terminal fed a decoded blob, an errand on the phone only, a company
  // line's 상호 as its owner: classes-u.test.ts): 105/111, 0 flagged (Chromium 110/111, 0/111: the one left, a
  // callback page whose only name is a base64 SVG picture in Hangul, kept the gate shut: the gate read the picture's
  // bytes as Latin-1); after its red team's answers 108/111, 0 flagged
  'tune-u': { recall: 0.97, falseAlarms: 0 },
  // author V: scored once as the frozen half frozen-v on 2026-12-05 04:06 UTC on main a054ac9 (after page21 and its
  // red team), in Node: 90/111 caught, 2/111 benign flagged (Chromium 91/111 (82.0 %), 2/111 (1.8 %):
  // docs/page-guard.md); page22 (a keypad the script shows later, a canvas's painted number, a chat's played lines
  // and a remote session's id, the number in a text message, a wallet's backup code, a paper's formless look-up, a
  // QR to confirm a parcel's address: classes-v.test.ts): 98/111, 2/111 (a developer's docs on a
  // `github-pages.test` host, the domain guard's verdict; a dispute committee's intake off the government's hosts);
  // Chromium 98/111, 2/111; its red team's answers (played lines in objects, backticks and split strings, a staff
  // intro at length, a text message's number and a wallet's key in other words, a paper's look-up beside a search
  // form): Node 98/111
  // page-r2-aw (an id box exampled at the brand's own domain: v093): 101/111, 2/111
  'tune-v': { recall: 0.9, falseAlarms: 2 },
  // author W: scored once as the frozen half frozen-w on 2026-12-05 06:33 UTC on main c980a64 (after page23's gate
  // commit), in Node: 103/111 caught, 3/111 benign flagged (Chromium 104/111 (93.7 %), 3/111 (2.7 %):
  // docs/page-guard.md); page23 (a shop's denial that it sells the brand's cash, contenteditable boxes in shadow
  // roots, labels drawn by attr(), a wallet's "word1 … word12", a chat's base64 lines, a ClickFix's pictured steps,
  // two attr()s in one content value: classes-w.test.ts): 110/111, 0/111
  'tune-w': { recall: 0.99, falseAlarms: 0 },
  // author X: scored once as the frozen half frozen-x on 2026-12-05 08:27 UTC on main 5d32ff0 (after page23 and its
  // red team), in Node: 97/111 caught, 3/111 benign flagged (Chromium 101/111 (91.0 %), 3/111 (2.7 %):
  // docs/page-guard.md); page24 (letters hidden by a class inside a name, a paragraph stored backwards, a shuffled
  // keypad list, sentences a stylesheet draws, a news costume said only in metadata: classes-x.test.ts): 105/111,
  // 3/111 (the three honest pages the domain guard or the authority-costume rule flags, left: docs/page-guard.md)
  // with the second chance counted, page67: 6 (flagged by itself 3, at typing 3)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 6 → 3 at most
  'tune-x': { recall: 0.95, falseAlarms: 3 },
  // author Y: scored once as the frozen half frozen-y on 2026-12-05 09:39 UTC on main 9454c60 (after page24), in
  // Node: 88/111 caught, 2/111 benign flagged (Chromium 93/111 (83.8 %), 2/111 (1.8 %): docs/page-guard.md); held
  // to what it measured until its round; page25 (asks with no box, noise letters set inline, labels a class draws,
  // canvas keypads, costumes asking a message's code or a password in a look-up; page24's red team's readings:
  // classes-y.test.ts): 97/111, 2/111 (two other apps' rider sign-ups naming 쿠팡이츠, left); page27 (the brand named as
  // a job the reader may keep, a script's ID-card picker: classes-y.test.ts): 98/111, 0/111; page28 (a picture of the
  // brand heading the form, in an article or a mail: classes-page28.test.ts): 101/111, 0/111
  'tune-y': { recall: 0.945, falseAlarms: 0 },
  // author Z: scored once as the frozen half frozen-z on 2026-12-05 10:24 UTC on main 4c7b830 (after page25 and
  // page24's red team), in Node: 100/111 caught, 0/111 benign flagged (Chromium 103/111 (92.8 %), 0/111:
  // docs/page-guard.md); page26 (a name finished by an element's ::after, a canvas's character codes kept in its
  // attributes: classes-z.test.ts): 104/111, 0/111; page27 (a flex box's letters read in place, a voucher into the
  // brand's cash, labels drawn behind the boxes: classes-z.test.ts): 108/111, 0/111
  // with the second chance counted, page67: 3 (flagged by itself 0, at typing 3)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 3 → 0 at most
  'tune-z': { recall: 0.97, falseAlarms: 0 },
  // author AA: scored once as the frozen half frozen-aa on 2026-12-05 12:46 UTC on branch page27 at 362c233, in
  // Node: 104/111 caught, 4/111 benign flagged (Chromium 106/111 (95.5 %), 4/111 (3.6 %): docs/page-guard.md);
  // page27 (other couriers' rider sign-ups, prompt() lists, script file pickers and installers, full-width numbers,
  // pages a script writes behind a "not a robot" box: classes-aa.test.ts): 106/111, 0/111 (Chromium 111/111, 0/111)
  'tune-aa': { recall: 0.95, falseAlarms: 0 },
  // author AB: scored once as the frozen half frozen-ab on 2026-12-05 15:22 UTC on main aff769e (page28's first
  // commit), in Node: 85/111 caught (76.6 %), 1/111 benign flagged (Chromium 87/111 (78.4 %), 1/111 (0.9 %):
  // docs/page-guard.md); page28 (classes-page28.test.ts: fields in Chinese, a fake article's sum, the brand's company
  // line with a long label, a licence as an ID, a command typed into PowerShell, approvals by QR, a Telegram id box,
  // session cookies …): 101/111; the one flagged (ab118, a mediation's sign-up naming only an authority and asking
  // the identity bundle) kept: a kit of the same shape asks the same
  'tune-ab': { recall: 0.936, falseAlarms: 1 },
  // author AC: scored once as the frozen half frozen-ac on 2026-12-05 16:35 UTC (Node) and 17:12 UTC (Chromium) on
  // main 0a4df9f (after page28 and its red team, domain36), in Node: 110/111 caught (99.1 %), 1/111 benign flagged
  // (Chromium 108/111 (97.3 %), 1/111 (0.9 %): docs/page-guard.md); the one flagged (ac176, a Taiwanese proxy-buying
  // shop's checkout asking a card in Chinese) is for its round, the next session's
  // page29 (a wallet drainer's lure; non-affiliation said in Chinese or Japanese): 111/111, 0 flagged
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-ac': { recall: 0.99, falseAlarms: 1 },
  // author AD: scored once as the frozen half frozen-ad on 2026-12-05 19:13 UTC (Node) and 19:25 UTC (Chromium) on
  // main dc7b6b0 (after page29, its red team and page30ctx), in Node: 93/111 caught (83.8 %), 5/111 benign flagged
  // (Chromium 92/111 (82.9 %), 5/111 (4.5 %): docs/page-guard.md); page30 (a payment window offering the brand's pay
  // among others; the brand named only in the line saying the service is separate; a login box named for the page's
  // own site; a password box whose label names the resident number; a form a click handler writes): 95/111, 2
  // flagged (a staffing agency's contract, a courier asking an entrance code: kept, see docs/page-guard.md);
  // page31 (classes-page31.test.ts: a debt called in to an account, a chat that hands money out, an extension loaded
  // by hand, a profile by its MIME type, a code to scan for a parcel, a lazy loader's logo, the brand's login said in
  // a sentence over the box): 108/111, the same 2 flagged
  'tune-ad': { recall: 0.97, falseAlarms: 2 },
  // author AE, scored once as frozen-ae on main 076d330e (after page31): Node 109/110, 2/110 (a competitor's signup
  // page and its twin, 'leave Coupang for us', with a new password); Chromium the same. After its round (page32, a
  // call-back in Chinese or Japanese, a rival's page): 110/110, 0/110
  'tune-ae': { recall: 1, falseAlarms: 0 },
  // author AF, scored once as frozen-af on main 1fb76f5 (after page32 and page32rt): Node 89/100, 6/100 (honest
  // pages that ask for a resident number, account, OTP or entrance code under their own name and name the brand: a
  // consumer agency's complaint form, a customs portal, a moving checklist, a seller agency's e-contract, an
  // apartment's fee payment, a welfare application); Chromium 89/100, 10/100. For its round.
  // After its round (page33: a service's own name atop its form beside the brand in the third person, kits that ask
  // nothing on the page, a loan front): 100/100, 0/100 in Node and Chromium
  // with the second chance counted, page67: 3 (flagged by itself 0, at typing 3)
  'tune-af': { recall: 1, falseAlarms: 0 },
  // author AG, scored once as frozen-ag on the merge of page33, page33rt, rt31pixels, rt31frames and the frame
  // address (integ2 bfec4ac): Node 89/100, 2/100 (a telco's identity check, a government portal asking a resident
  // number beside a call-back number); Chromium 91/100 (2 at the first secret keystroke), 2/100. For its round.
  // After its round (page34: a public body's own title and operator line on its host, the Wing seller login in a box,
  // installers decoded piecewise, an account's PIN, a script-written chat, a re-check caption, a canvas wordmark):
  // 99/100, 1/100 in Node (left: ag075's frame top line, ag154's PASS check for the brand's sign-up)
  // page-r2-aw (a verifier's window naming the brand as requester and recipient): ag154 clean, 99/100, 0/100
  'tune-ag': { recall: 0.99, falseAlarms: 0 },
  // author AH, scored once as frozen-ah on main 172f6b5 (after page34, pagespeed3, pagefa): Node 85/100, 2/100 (a
  // bank's notice naming the brand's pay linking beside a number to call, an engineering blog on address-book
  // encryption with an entrance-code example); Chromium 86/100 (1 at the first secret keystroke), 2/100. For its round.
  // After its round (page35: a bank's own line, an article's example box, logins a step shows, the seller portal's
  // keys, installers in hidden values and data attributes, desk-word titles, a parcel's fee by transfer, a Telegram
  // task job, letters placed by offsets, a pay's PIN named for screen readers): 98/100, 0/100 in Node (left: ah014's
  // address re-entry under a delivery sign-off, ah035's chat whose character codes spell no brand)
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-ah': { recall: 0.98, falseAlarms: 0 },
  // author AI, scored once as frozen-ai on main 13d260a (after domain48, before tune-ah's round page35): Node 82/100,
  // 0/100; Chromium the same 82/100, 0/100 (missed: masked text boxes and late steps of refunds and address checks, chats, installers assembled at the
  // click, call-only and messenger-only pages, sub-brand pages). For its round.
  // page36 (a chat's remote-support code, an APK in a meta tag, a held parcel's number, the brand's vouchers merged,
  // a name in two alphabets, a CSS-drawn logistics logo, a store's costume, a held mail's mailbox password, the
  // brand's account said locked over the box, a paid-review side job in an open chat): 92/100
  // page38 ("와우 회비" as list data: the membership's fee refunded in a chat): 93/100 (0.929: 1 − 7/100 is 0.9299… in
  // floating point)
  // page40 (a suit-like claim page asking a shop's password: ai003): 94/100
  // page-r2-aw (a parcel fee's sentence read whole across its pieces: ai023): 95/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 1 → 0 at most
  'tune-ai': { recall: 0.95, falseAlarms: 0 },
  // author AJ, scored once as frozen-aj on main 32c37c4 (after page35 and page36): Node 75/100, 4/100; Chromium 77/100, 4/100 (two honest
  // firms with the brand in their own domain, judged look-alikes by the domain guard; a cashback site's login under
  // its own name; a class-action platform asking the resident number). For its round.
  // page37 (a page signed with its own host: the cashback site and the suit platform; a courier persona, a
  // compensation desk and a Telegram task job that only hand the reader to a chat): 78/100, 2/100 (left flagged: the
  // two firms whose domains carry the brand, the domain guard's look-alike verdict)
  // page38 (a tax portal's or a certificate's password asked off the portal, asks-cert-password; the Eats and Flex
  // services by their short names as list data: 이츠 주문/입점, 플렉스 배송/배정; a seller's early settlement for a fee,
  // savings "moved" to a protection account, a review job's 구매액 100%; a box labelled with the brand's id on a
  // nameless page, or with the seller portal's id on a seller's page): 89/100, 2/100 — the two firms stay flagged by
  // decision (docs/page-guard.md, "The brand in an honest firm's own domain")
  // page40 (the WOW mark alone atop a login: aj089): 90/100, 2/100
  // page-r2-aw (a name spelled letter by letter: aj056): 91/100, 2/100
  'tune-aj': { recall: 0.91, falseAlarms: 2 },
  // author AK: scored once as the frozen half frozen-ak on 2026-12-06 after page38 (main f1401d7; Chromium on
  // 72dada9, same page code), Node 85/100 caught, 2/100 flagged (Chromium 88/100, 1 at a keystroke, 3/100);
  // 0/100 flagged after page39's classes
  // page40 (a suit's page asking a shop's password, a certificate's password in a row header, a code the brand
  // sent asked back, the WOW mark atop a login, a chat asking data left for its agent, an SVG favicon writing the
  // brand, a translating wrapper's title, a keypad under a stranger's sign-in on the brand's account, a document
  // viewer opened by a sign-in, an SEO page's description): 95/100, 0/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 1 → 0 at most
  'tune-ak': { recall: 0.95, falseAlarms: 0 },
  // author AL: scored once as the frozen half frozen-al on 2026-12-06 after page40 and rt34pdf2 (main b335c61e),
  // Node 85/100 caught, 2/100 flagged (a news article quoting the fake centre's number, a gift-card resale market's
  // seller login); Chromium 88/100 (1 at a keystroke), 3/100 (also a tutorial's demo form at typing); its round is
  // the next session's
  // page41 (a news story telling the number a victim called, the crook named as who answered; a voucher market's
  // quote over its own seller login): 85/100, 0/100
  // page42 (its misses by class: boxed letters, 쿠빵, three OTP relays, a QR-only and a download-script install, a name
  // hidden once beside a plain one, a bare trade word as a title's name, a TV's pairing code with a password, a leak
  // check asking the brand's password in a paper's clothes): 95/100
  // page55 (a call-back number a script joins with a dash): 97/100
  'tune-al': { recall: 0.969, falseAlarms: 0 },
  // author AM: scored once as the frozen half frozen-am on 2026-12-06 after page42, domain55 and perf14 (integ
  // c6e31a97, main adaf9938 + those rounds), Node 90/100 caught, 4/100 flagged (two by their hosts' names — the brand
  // with a word, as tune32's were kept — a portfolio's labelled clone login, a security vendor's own APK); its round
  // is next
  // page43 (its false alarms by class: a portfolio's clone over a demo form that says to type nothing real, a
  // security firm signing with its company line that names the brand among those impersonated): 90/100, 2/100 (the
  // two left are flagged by their addresses, the domain guard's verdicts: am116's path, am196's host), and a card
  // form a ticked box shows (`panel.hidden = !this.checked`): 91/100, 2/100
  // page44 (its misses by class: a wizard's step titles and a title set in escapes read as a browser reads them, the
  // brand's two initials as a logo's name, a desk of the brand at a message's head, the brand that "detected a
  // sign-in", a code under the brand's account link, a reward to the account a login confirms, a parcel's surcharge
  // by transfer): 98/100, 2/100 (am024 names no site anywhere a reader sees; am094's login is in <noscript>);
  // domain57 (an offer portal's merchant directory is no carried brand: am116's `cashback-hub.example/stores/coupang`):
  // 98/100, 1/100 (am196's host left); domain58 cleared am196's host (a community's own name beside the brand), but
  // the page guard flags the page itself (the brand in title and heading and the forum's own password box), so 1 stays;
  // page45 (an unofficial users' community asking only its own forum's sign-in): 98/100, 0/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-am': { recall: 0.98, falseAlarms: 1 },
  // scored once while frozen (author AN), on main + page44 + domain57/58 + rt37 + rt36c + pagespeed5: 88/100, 1/100
  // in Node (an115, a community blog about 쿠팡페이) — the next round's tuning data
  // page45 (a reader's quoted number told, the brand's host as the page's own address, a secure mail in the brand's
  // name, a safe account under a worn authority, held sales released for a deposit): 92/100, 0/100
  // page46 (a job ad's title of job words, a SIM's codes, a picture's alt as a label, a Run-box command as a security
  // step, the reader's order list in the brand's pictures): 97/100, 0/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-an': { recall: 0.97, falseAlarms: 1 },
  // scored once while frozen (author AO), on main 42c1b3a7 + rt38 + pagespeed6 + domain60 + rt37k3 + page46: 87/100,
  // 4/100 in Node (a cashback site saying it takes no account of the brand's, a telco's identity check, a privacy
  // regulator's and a lawyers' notices with their own numbers) — the next round's tuning data
  // page47 (a page's own contact line, a refused account ask): 87/100, 1/100; page48 (a verifier's requesting site):
  // 87/100, 0/100; page49 (a body's name worn over the brand's leak, the brand where a reader does not look, relays
  // through a messenger, a warning that hands out the brand's "app"): 94/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  'tune-ao': { recall: 0.94, falseAlarms: 0 },
  // scored once while frozen (author AP), on the same build: 94/100, 3/100 in Node (a cashback mall under its own name
  // with its centre's number, a seller tool's own sign-in with its 2-step code, a blog on cancelling the WOW
  // membership) — the next round's tuning data
  // page47 (a number named as the scam): 94/100, 2/100; page48 (a name filed as the site's company, goods moved from
  // the brand): 94/100, 0/100; page49 (the same classes as tune-ao's): 99/100
  // with the second chance counted, page67: 1 (flagged by itself 0, at typing 1)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 1 → 0 at most
  'tune-ap': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author AQ), on main 810d01c8 + page48, perf15, domain62, page49, rt39: 91/100, 0/100 in
  // Node — the next round's tuning data; page51 (its misses by class): 98/100, 0/100
  // page54 (a WebSite's name in structured data): 99/100
  'tune-aq': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author AR), on the same build: 85/100, 2/100 in Node (a cashback point mall's own
  // page, a customs portal naming the brand's direct-purchase service) — the next round's tuning data
  // page50 (a name of common words its company files under, a service one case of a kind; the brand typed by
  // letters, in hex codes, as initials; an account copied as a code; a phone hand-off; a code sent): 92/100, 0/100
  // page54 (an account desk named in the description, a wizard's steps shown by a built id, an APK's dot given by
  // the script): 95/100, 0/100
  'tune-ar': { recall: 0.95, falseAlarms: 0 },
  // scored once while frozen (author AS), on main 810d01c8 + this session's two rounds (page48–51, domain62–63, rt39,
  // rt40, perf15): 91/100, 3/100 in Node (an apartment fee page with a card's expiry box, an insurer's cyber-crime
  // policy after the breach, a review tool on a host named for the brand: the domain guard's look-alike) — the next
  // round's tuning data
  // page52 (a card's expiry box with no card beside it, an ad's review number read as a phone line): 91/100, 1/100
  // (as198, the domain guard's look-alike verdict, left)
  // page54 (an APK from a page with no name of its own, fake bodies over the leak, codes relayed): 95/100, 1/100
  // page53 (misses by class: a number to have a charge undone, icon labels, a wordmark in the mark's colours only,
  // digit pickers): with page54, 100/100, 1/100
  // with the second chance counted, page67: 3 (flagged by itself 1, at typing 2)
  'tune-as': { recall: 1, falseAlarms: 3 },
  // scored once while frozen (author AT), on the same build: 88/100, 2/100 in Node (a community thread asking if the
  // WOW refund is real, an English news story on the breach) — the next round's tuning data
  // page52 (an e-mail box read by the sentence before it, a community's own login named twice): 88/100, 0/100
  // page54 (the same classes as tune-as's): 92/100, 0/100
  // page53 (misses by class: the brand's account in a sentence over a password, a seller centre under the portal's
  // heading, arrears words as a title's last segment, a per-piece task job, "WOW Membership"): with page54, 98/100, 0/100
  // with the second chance counted, page67: 2 (flagged by itself 0, at typing 2)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 2 → 1 at most
  'tune-at': { recall: 0.98, falseAlarms: 0 },
  // scored once while frozen (author AU), on integ 2fb2a9b9 (main 831a73d9 + page53, page54, page55): 92/100, 2/100 in
  // Node (a news story on the breach, a price-alert service) — the next round's tuning data
  // page-r2-au (a story naming the fake login and the app spread, a feed card's time-stamped source line; a painted
  // string, a char-code body, a chat's ID-photo clip, a letter-O number, a number pointed back at, a .bin tool, a
  // loop's keypad): 99/100, 0/100 (au090, a lure drawn wholly on a canvas, is a browser's to read)
  'tune-au': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author AV), on the same build: 93/100, 3/100 in Node (a telco's identity check, an
  // apartment app's entrance-code page, a government portal) — the next round's tuning data
  // page-r2-av (the brand as an aside's example or one of a verifier's users; data-attribute box names, a code the
  // page says it texted under the brand desk's line, a phone pad's keys, a parcel fee paid by QR, a prize's fee with a
  // messenger id): 98/100, 0/100; page57 (letters a stylesheet takes out of the flow, placed by their own left:): 99/100
  'tune-av': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author AW), on integ 74d046e6 (main aa996fd2 + perf16, page56, page58, domain67): 88/100,
  // 5/100 in Node — the next round's tuning data
  // page-r2-aw (a verifier's window naming the brand as requester and recipient, a members' body's own number login,
  // a page showing its reader signed in; a name spelled letter by letter or half in Latin letters, the brand's company
  // line in English, an id box exampled at its domain, a bank's online login, spaced digits, a fee split by a bold
  // sum, a reply asked, accounts "registered" as safe): 97/100, 2/100 (aw174: its host is the domain guard's
  // look-alike; aw184: a store's listing off the store's hosts, classes-t's fake store page; aw028's entity name
  // reads 쿠햋; aw086, aw100 left)
  // with the second chance counted, page67: 4 (flagged by itself 2, at typing 2)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 4 → 3 at most
  'tune-aw': { recall: 0.97, falseAlarms: 3 },
  // scored once while frozen (author AX), on the same build: 84/100, 6/100 in Node — the next round's tuning data
  // page-r2-ax (a verifier's requester and its own code box, a quoted scam text called one, an inert clone, a lawyer's
  // booking; a prize fee's payment picker, a charge to block, a wizard's compared steps, drawn and coded names, keyed
  // cells, a member addressed, a named file's sign-in, a drawn bar, a chat's entrance code, a QR to the phone): 98/100,
  // 0/100 (ax010, a mark of rainbow strokes with no name, and ax042, "C·Pay by Rocket", name nothing of the brand's)
  // with the second chance counted, page67: 2 (flagged by itself 0, at typing 2)
  'tune-ax': { recall: 0.98, falseAlarms: 1 },
  // scored once while frozen (author AY), on main a3e2aaaa: 92/100, 3/100 in Node — the next round's tuning data
  // page-r2-ay (a Japanese tutorial's action-less clone form, the brand only as a merchant another app lists, a lawsuit
  // platform's participants' sign-in; wizard steps shown by the previous step's button, a name written by a script
  // from base64 or joined escapes, "… 비밀번호를 입력합니다", a box for "the number received"): 100/100, 0/100
  // with the second chance counted, page67: 2 (flagged by itself 0, at typing 2)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 2 → 1 at most
  'tune-ay': { recall: 1, falseAlarms: 1 },
  // scored once while frozen (author AZ), on the same build: 94/100, 5/100 in Node — the next round's tuning data
  // page-r2-az (a firm's host in its own spelling, its sign-in and its own desk's number under its notice on the leak;
  // a verifier's window titled by its short name; a voucher PIN told over PIN-shaped boxes, a number joined in script,
  // a results page leading into its own form, a name from base64, a chat's list after "verify:"): 99/100, 0/100
  // (az095, every word from CSS attr()/content and escaped script labels, left)
  'tune-az': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author BA), on integ f4c4cc27 (main a3e2aaaa + this session's first two rounds: page61,
  // page62, page-r2-ay, page-r2-az, rt45, ci47, domspeed6, domain69): 96/100, 6/100 in Node — the next round's tuning data
  // page-r3-ba (a site's own top-bar sign-in on a job post, coupon list or stock quote; the brand once as a firm's
  // partner or as the leak its check refuses; boxes in chat shorthand, a bare "Code" box after "we sent a code", keys
  // kept from drawn divs, a parcel page's personal 010 to call): 100/100, 1/100 (ba121: the domain guard's look-alike
  // call on "dispute-kr…/coupang", left to it)
  // with the second chance counted, page67: 6 (flagged by itself 1, at typing 5)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): 6 → 2 at most
  'tune-ba': { recall: 1, falseAlarms: 1 },
  // scored once while frozen (author BB), on the same build: 91/100, 2/100 in Node — the next round's tuning data
  // … tuned by class (page-r3-bb): 98/100, 1/100 (the one left, bb189, is the domain guard's look-alike verdict on a
  // host spelling the brand with other words; the page scorer leaves it clean)
  // with the second chance counted, page67: 2 (flagged by itself 1, at typing 1)
  // page-r9-miss (an app file pushed under a service's short name, 이츠): 98 → 99/100
  'tune-bb': { recall: 0.99, falseAlarms: 2 },
  // scored once while frozen (author BC), on main 1cee237d: 96/100, 4/100 in Node — the next round's tuning data
  // (bc134 is the domain guard's look-alike verdict on a 3PL's subdomain named for Rocket Growth)
  // … tuned by class (page-r4-bc: a quiz over a sample text, a body's own form on .go.kr, a headline reporting a rush
  // on the brand's desk, "2-step verification" as a check's words, a service word in the mark's first colours, an
  // English Bank/Account pair): 99/100, 1/100 (left: bc070, a prosecutor's look-up asking only name, phone and a case
  // number, its number masked; bc134 to the domain guard)
  // with the second chance counted, page67: 5 (flagged by itself 1, at typing 4)
  // domain72 (a product's name alone as the subdomain of an unrelated registrable name, nothing luring): bc134 clean;
  // 4 left, all at typing
  // round page-r9-fa: bc167, an insurer naming the brand only in a sentence that warns, cleared: 3 (all at typing)
  'tune-bc': { recall: 0.99, falseAlarms: 3 },
  // scored once while frozen (author BD), on the same build: 95/100, 8/100 in Node — the next round's tuning data
  // page-r4-bd (a drop-down's choices, a quoted call someone got, quoted scam texts under a warning, a comment's
  // password, a stock quote, a developers' guide, a title said again as the heading; a code "just received" by text,
  // a guarantee paid in points, char codes shifted by a constant): 98/100, 0/100 (bd012's keys typed into divs and
  // bd051's "eats" icon left: docs/page-guard.md)
  // with the second chance counted (page67, on the merge; page66's chat desk and drivers' login added): 99/100 (1 at
  // typing), 6/100 (all 6 at typing)
  'tune-bd': { recall: 0.99, falseAlarms: 3 },
  // scored once while frozen (author BE), on integ 114aa86a (this session's rounds merged), the second chance counted:
  // 97/100 (1 at typing), 4/100 (1 at typing) in Node — the next round's tuning data
  // page-r5-be (a disabled fieldset's reproduced form, the brand as the theme of others' scams, an affiliate list's
  // login in its own name; a district prosecutors' office's short name "○○지검" off the government's hosts): 98/100
  // (1 at typing), 1/100 (at typing: be132, a seller ERP's Open API keys, left to the second chance's round)
  // page68 (a password the scorer weighed as the page's own, an API secret's box): be132 cleared on the merge
  'tune-be': { recall: 0.98, falseAlarms: 0 },
  // scored once while frozen (author BF), on the same build: 95/100, 5/100 (4 at typing) in Node — tuning data
  // round page-r5-bf: its five false alarms cleared by class (a school's own sign-in, a disabled mock box, a deal
  // post's shipping shorthand) and an agency's hand-over of the brand's account caught: 96/100, 0/100 in Node
  'tune-bf': { recall: 0.96, falseAlarms: 0 },
  // scored once while frozen (author BG), on integ be636bf1 (main 35ec2aad + tidy48), the second chance counted:
  // 89/100 (2 at typing), 3/100 (all 3 at typing) in Node (Chromium 90/100, 1/100) — the next round's tuning data
  // round page-r6-bg: its three false alarms cleared by class (a safety tip naming the brand as the one impersonated
  // over a site's own sign-in, a roster of firms with their hours or dates) and five kits caught (the brand's letters
  // put apart, a drop-down whose only other choice is "Other", a texted code renamed): 94/100 (4 at typing), 0/100
  'tune-bg': { recall: 0.94, falseAlarms: 0 },
  // scored once while frozen (author BH), on the same build: 85/100 (2 at typing), 5/100 (none at typing) in Node
  // (Chromium 84/100, 5/100) — tuning data
  // round page-r6-bh: its five false alarms cleared by class (a newsletter's e-mail box, a suit's members' sign-in,
  // a site named first in a two-piece title, an insurer's premium quote, an explainer's office line) and a chat's
  // "폰번호" caught: 86/100 (2 at typing), 0/100 in Node
  // page-r9-miss (the brand's Latin short spelling, "C pang", in a logo's words): 87 → 88/100
  'tune-bh': { recall: 0.88, falseAlarms: 0 },
  // scored once while frozen (author BI), on integ 7a4ae2bd (the session's last rounds merged), the second chance
  // counted: 93/100 (1 at typing), 7/100 (3 at typing) in Node (Chromium, same engine: 93/100, 7/100) — the next
  // round's tuning data
  // round page-r7-miss: its misses by class (a parcel's fee named by the heading, a "fraud alert" that is the reader's
  // own charge, a wallet to "verify" before an NFT, a human check's Run-box paste): 97/100 (1 at typing) in Node
  // round page-r7-fa: a seller tool's own sign-in whose name the title, heading and box say and the host spells, the
  // brand only the market it reads in its sentences, cleared (the second chance's warning): 6/100 (2 at typing)
  // round page-r9-fa: a courier's tracking line and an insurer's receipt naming the brand as the shop: 3/100 (none
  // at typing)
  'tune-bi': { recall: 0.969, falseAlarms: 3 },
  // scored once while frozen (author BJ), on the same build: 94/100 (none at typing), 2/100 (none at typing) in Node
  // (Chromium, same engine: 96/100, 2/100)
  // round page-r7-miss: a text message pasted whole, a service's name with a Cyrillic letter: 96/100 in Node
  // round page-r7-fa: a platform under its own name whose subject is the brand (a suit's members' login) and a bank's
  // sign-in quoting a scam text in the brand's voice cleared: 0/100
  // round page-r8-miss: bj065, the brand only in a step's script-written text: 97/100
  'tune-bj': { recall: 0.969, falseAlarms: 0 },
  // scored once while frozen (author BK), on integ 77982569 (main 6e47c7c2's engine, before this session's rounds),
  // the second chance counted: 73/100 (2 at typing), 3/100 (none at typing) in Node (Chromium: 75/100,
  // 3/100) — tuning data; new kinds of kit, not only script-built DOM
  // round page-r7-bk: its misses by class (a masked brand name, ID and bankbook photos asked in a chat, a shop picker
  // above a leak check's password, a keypad split from one string, look-alike letters Ϲ ղ ք, a flex order by
  // nth-child): 85/100, 3/100 in Node
  // round page-r8-miss: a service's initial drawn by a stylesheet, a "Rocket … Mission" deposit, the brand in a
  // step's script-written text: 88/100, 3/100 in Node
  // round page-r8-fa: the government portal's own service on its host, a residents' sign-in by building and flat
  // (bk149, bk145 cleared): 1/100
  // round page-r9-fa: bk142, a courier sending the brand's own returns to the brand's app, cleared: 0/100
  'tune-bk': { recall: 0.879, falseAlarms: 0 },
  // scored once while frozen (author BL), on the same build: 92/100 (none at typing), 3/100 (none at typing) in Node
  // (Chromium: 93/100, 3/100) — tuning data (bl187's own address, a research page's `coupang-ioc` project on
  // github.io, is the domain guard's call); round page-r7-bk: bl012, a brand spelt with the Greek lunate Ϲ, caught:
  // 93/100
  // round page-r8-miss: labels turned by a bidi override, a payment barcode's screenshot asked: 95/100, 3/100
  // round page-r9-fa: bl128, a cashback site's own sign-in whose box names the site its host spells, cleared: 2/100
  'tune-bl': { recall: 0.949, falseAlarms: 2 },
  // scored once while frozen (author BM), on integ ba422248 (this session's first rounds merged) and again on its final
  // engine (8e8edf47), the second chance counted: 94/100 (1 at typing), 3/100 (1 at typing) in Node both times
  // (Chromium on ba422248: 96/100, 3/100) — tuning data
  // page-r9-miss (short spellings, a fee by any name, a message pasted whole, a wizard's questions, a config's form,
  // labels kept as char codes): 94 → 100/100 (1 at typing), 3/100 unchanged
  // round page-r9-fa: a member's reported ask in a forum post, a residents' app code by unit, cleared: 1/100
  'tune-bm': { recall: 1, falseAlarms: 1 },
  // scored once while frozen (author BN), on the same builds: 96/100, 2/100 in Node both times (Chromium on
  // ba422248: 96/100, 2/100) — tuning data
  // page-r9-miss (ㅋ팡, a body's name worn over the leak with an app file, 이츠 with an app file): 96 → 99/100, 2/100
  // unchanged (bn100, a canvas pad, left to a browser)
  // round page-r9-fa: an identity provider's warning sentence, the portal's banner sentence, cleared: 0/100
  'tune-bn': { recall: 0.99, falseAlarms: 0 },
  // scored once while frozen (author BO), on integ ffbf6704 (main 0b360f4e's engine, before the session's rounds), the
  // second chance counted: 97/100 (4 at typing), 4/100 (1 at typing) in Node (Chromium: 95/100, 4/100) — tuning data
  // round page-r10-fa: bo185, a seller tool's own sign-in named in its top bar, cleared: 3/100 (none at typing)
  'tune-bo': { recall: 0.97, falseAlarms: 3 },
  // scored once while frozen (author BP), on the same build: 94/100 (1 at typing), 4/100 (2 at typing) in Node
  // (Chromium: 94/100, 3/100) — tuning data
  // round page-r10-fa: bp133, a seller tool's own sign-in titled "<its name> 로그인", cleared: 3/100 (1 at typing)
  'tune-bp': { recall: 0.94, falseAlarms: 3 },
  // scored once while frozen (author BQ), on integ a3b68ba1 (page-r9-miss, page-r9-fa and domain77 merged) and again
  // on the session's final engine (4d776731), the second chance counted: 94/100 (none at typing), 1/100 (1 at typing)
  // in Node both times — tuning data
  'tune-bq': { recall: 0.94, falseAlarms: 1 },
  // scored once while frozen (author BR), on the session's final engine (10a55a3d), the second chance counted: 93/100
  // (4 at typing), 3/100 (1 at typing) in Node — tuning data
  'tune-br': { recall: 0.929, falseAlarms: 3 },
};
const floorOf = (half: string) => FLOOR[half] ?? { recall: 0.95, falseAlarms: 0 };

describe.each(halves)('unseen pages: %s half', (half) => {
  const dir = new URL(`${half}/`, ROOT);
  const pages = (JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { pages: UnseenPage[] })
    .pages;
  const lists = compileLists(bundledList);
  const judged = pages.map((p) => {
    const html = readFileSync(new URL(p.file, dir), 'utf8');
    const { result } = judgeSavedPage(html, p.url, lists);
    // (flagged by itself, or at the first key into one of its secret boxes: the second chance, as the browser
    // warns and test/e2e/unseen.e2e.ts counts — page67)
    const { flagged, typing } = flaggedOrAtTyping(html, result);
    return { ...p, flagged, typing, verdict: typing ? 'at typing' : result.verdict, page: result.page };
  });
  const fakes = judged.filter((p) => p.expect !== 'clean');
  const benign = judged.filter((p) => p.expect === 'clean');

  it('per family (printed)', () => {
    const rows = new Map<string, [number, number, number]>();
    for (const p of judged) {
      const k = `${p.expect === 'clean' ? 'benign' : 'fake'} ${p.family}`;
      const r = rows.get(k) ?? [0, 0, 0];
      r[0] += p.flagged ? 1 : 0;
      r[1]++;
      r[2] += p.typing ? 1 : 0;
      rows.set(k, r);
    }
    const lines = [...rows]
      .sort()
      .map(([k, [f, n, t]]) => `${k.padEnd(32)} ${f}/${n} flagged${t ? ` (${t} at typing)` : ''}`);
    const typed = (ps: typeof judged) => ps.filter((p) => p.typing).length;
    console.log(
      `${half}: ${fakes.filter((p) => p.flagged).length}/${fakes.length} fakes caught (${typed(fakes)} at typing), ` +
        `${benign.filter((p) => p.flagged).length}/${benign.length} benign flagged (${typed(benign)} at typing)\n` +
        lines.join('\n'),
    );
    expect(judged.length).toBeGreaterThan(0);
  });

  it(`flags at most ${floorOf(half).falseAlarms} benign pages`, () => {
    const wrong = benign.filter((p) => p.flagged).map((p) => `${p.file} (${p.verdict})`);
    expect(wrong.length, wrong.join(' ')).toBeLessThanOrEqual(floorOf(half).falseAlarms);
  });

  it(`catches at least ${floorOf(half).recall * 100} % of the fakes`, () => {
    const missed = fakes.filter((p) => !p.flagged).map((p) => p.file);
    expect(1 - missed.length / Math.max(1, fakes.length), missed.join(' ')).toBeGreaterThanOrEqual(
      floorOf(half).recall,
    );
  });
});
