/**
 * Page guard speed and size.
 *   npm run bench -- --only page [--runs N]        (or import and call the default export)
 *
 * - scanPage on every fixture page (test/fixtures/pages), each parsed once with linkedom, warmed up, then run
 *   N times: median and max per page, and over all pages.
 * - scanPage on a generated shop page of 10,000 elements (header, 1,600 product cards, login form, footer).
 * - baseline in the same run: a bare DOM walk reading every text node of the same documents, so the figures
 *   can be compared across machines (ratio = scan / walk).
 * - the same two measurements inside headless Chromium (the content script's real runtime: a browser DOM), when
 *   playwright-core and the Debian chromium are there (`--no-browser` skips it). Page scripts are disabled
 *   and every network request is refused, so nothing leaves the machine. Chromium coarsens
 *   performance.now(), so fixture times there are averaged over batches of 20 scans.
 * - size of the built content script (.output/chrome-mv3/content-scripts/content.js; `npx wxt build` first), which
 *   every frame of every page loads, and of the scorer (.output/chrome-mv3/scanner.js), injected only into frames
 *   whose gate opened (issue #16).
 * Targets (issue 4): median ≤ 1 ms per fixture, ≤ 10 ms on 10,000 elements; content script ≤ 20 kB and scorer
 * ≤ 66 kB (issue #16: the scorer left the content script; the 56 kB of issue #11 applied to it, raised to 64 kB for
 * the logo pixel reader and to 66 kB for author F's classes, with the measured reasons in the README).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { build as esbuildBuild } from 'esbuild';
import type { chromium as PlaywrightChromium } from 'playwright-core';
import { scanPage } from '../lib/page/index';
import { largePage } from './lib/pages';

interface Stats {
  median: number;
  max: number;
}

export interface BrowserFigures {
  browser: string;
  fixtures: Stats;
  large: Stats;
}

export interface PageBenchResult {
  fixtures: { pages: number; median: number; max: number; slowest: string; baselineMedian: number };
  large: { elements: number; median: number; max: number; baselineMedian: number; verdict: string };
  chromium: BrowserFigures | null;
  contentScript: { bytes: number | null; path: string };
  scanner: { bytes: number | null; path: string };
  targets: {
    fixtureMedianMs: number;
    largeMedianMs: number;
    contentScriptBytes: number;
    scannerBytes: number;
  };
  pass: { fixtures: boolean; large: boolean; size: boolean | null };
}

const ROOT = new URL('../', import.meta.url);
// scannerBytes: 70 → 71 kB in the page11 round (authors J's and K's classes, 69,241 → 70,401 bytes once minified by
// terser; esbuild would give 71,567): V8's compile of every function of it (node --no-lazy) is 14.1 ms before and
// after, median of 30 fresh processes (README, docs/page-guard.md)
// scannerBytes: 71 → 75 kB in the page12 round (author L's classes: forms a script shows later, text a stylesheet
// reorders, voucher PINs, a party to a case, SVG character references; 70,401 → 74,585 bytes; esbuild's per-module
// split: collect +1.7 kB, score +1.8 kB, lexicon +0.6 kB); compile time within noise (docs/page-guard.md);
// 75 → 77 kB in the page13 round (author N's classes: installers and messenger addresses a script spells, an
// office's own number, comment boxes without a form, shops listed with the brand: 74,621 → 76,229 bytes);
// 77 → 81 kB in the page15 round (author O's classes: push bait, QR hand-offs, sideloaded extensions, code boxes
// drawn with contenteditable, labels drawn as SVG pictures, a copied footer of labels, followers' groups named
// after the brand: 76,814 → 80,288 bytes), 81 → 83 kB for the red team's classes against it (any clipboard write,
// keys joined by words, SVG labels in drawn order, wrapped code boxes: 82,039 bytes)
// 83 → 86 kB in the page16 round (author P's classes: text and handlers a kit's script shows, drawn address bars,
// QR scans that lead to a secret, a run past Windows' warning, seed grids, messenger agents: 81,771 → 85,678 bytes),
// 86 → 87 kB for the red team's classes against it (reveals by class and attribute, more handler and next-step
// attributes, address bars in pictures: 86,380 bytes)
// 87 → 91 kB in the page17 round (author Q's classes: a page's own name in its title and heading, lists of examples,
// a firm's name spelt by its host through the Revised Romanization tables, a remote app's connection code, the
// brand painted from base64: 86,380 → 90,269 bytes); the scorer loads only where the gate opens; 91 → 92 kB for its
// red team's classes (the brand's voice, refusals read clause by clause, hostFirm's limits: 91,148 bytes)
// 92 → 96 kB in the page18 round (author R's classes and its red team: a page's <h3> as its main heading, lures'
// offers and notices in a heading, refusals and disclaimers, ClickFix fetch-and-run commands, boxes masked by CSS,
// QR codes in pixels, a board post's byline: 91,306 → 95,968 bytes); still loaded only where the gate opens
// 96 → 97 kB in page19 (author S's false alarms: a firm's name atop the header, the service the reader leaves, kinds
// of business beside the brand: 96,710 bytes)
// 97 → 99.5 kB in page20 (author T's classes and its red team: a store's own listing, the brand as where the breach
// happened, another site's password on a leak check, an authority worn off its hosts, a paper's form that looks a
// payout up, an identity card's picture, vouchers as proof of identity, a Run-box line signed with the brand:
// 99,192 bytes); still loaded only where the gate opens
// 99.5 → 102 kB in page21 (author U's classes: boxes a script makes from a list of labels, a picture of text as the
// heading, a "safe account", a channel's chat made a payout's desk, a pasted command's char codes, a company line's
// 상호: 101,625 bytes), 102 → 103.5 kB for its red team's answers (labels in objects, backticks and split strings,
// classes that set flex order, <tspan> lines, the safe account's other names, hex and reversed commands, a shell fed
// curl, a report form's other-party account: 103,162 bytes); still loaded only where the gate opens
// 103.5 → 105.5 kB in page22 (author V's classes: a keypad shown later, a canvas's painted number, a chat's played
// lines, a look-up's formless boxes in a paper, a QR to confirm an address: 105,110 bytes); the content script
// 21.5 → 21.6 kB for the words its second chance reads besides (the number in a text message as a one-time code, a
// wallet's backup code and private key, a remote session's id: 21,582 bytes), 21.6 → 21.7 kB for its red team's
// other words for them ("메시지에 적힌 번호", "휴대폰으로 온 숫자", 비밀키, 복원 단어: 21,696 bytes)
// content script 21.7 → 22.2 kB in page23: the gate reads what a small page's stylesheet draws — the text of a
// data: SVG background and letters a rule draws from attributes (content: attr(data-p)). Three of author V's kits
// hid their only name there; the scorer caught them in Node, but in Chromium the gate stayed shut (22,180 bytes)
// content script 22.2 → 23.8 kB for page23's red team (12 kits, every one kept the gate shut): the gate reads every
// page's stylesheets up to 120,000 characters (not only a small page's first eight <style>s), data: stylesheets in
// a <link> or an @import, sheets a script adopted, image-set() and custom-property strings, srcset and <picture>
// sources, data: SVGs with a bare "%", and opens on a small page that asks with no <input> (a keypad of ten keys, a
// contenteditable box): 23,738 bytes; no cost measured on a 361 kB-CSS page (11.3 vs 11.5 ms, linkedom).
// Scorer 105.5 → 107.8 kB in page23: author W's classes (contenteditable boxes in shadow roots, labels drawn by
// attr(), a wallet's "word1 … word12") and the red team's (the same stylesheet reads, a keypad over "계좌번호"):
// 107,728 bytes; still loaded only where the gate opens
// 23.8 → 23.9 kB and 107.8 → 108.2 kB for author W's other classes: every attr() of one content value (content:
// attr(data-n) attr(data-m) draws "c" + "oupang"), in the gate too; a chat's lines kept in base64, a ClickFix's
// steps drawn as a picture of text (23,819 and 108,154 bytes)
// 108.2 → 108.6 kB for a shadow root's <slot> showing the host's children where the shadow root puts them (a
// wordmark slotted above a login drawn in a declarative shadow root: author V's v026): 108,540 bytes
// 23.9 → 24.0 kB and 108.6 → 108.7 kB: in Firefox the page's adopted sheets are read through wrappedJSObject (the
// isolated view shows none: the red team's adopted-sheet kit was warned in Chromium only): 23,911 and 108,636 bytes
// 108.7 → 110.2 kB in page24 (author X's classes): letters a stylesheet class hides slipped between a name's
// letters, a paragraph stored backwards under a bidi override, a keypad's ten digits kept in a shuffled list,
// sentences drawn by a stylesheet read for what they tell the reader to do, and a news costume said only in
// metadata: 110,159 bytes
// 110.2 → 114.9 kB and 24.0 → 24.4 kB in page25 (author Y's classes and page24's red team): asks with no box
// (prompt() dialogs, sms:/mailto: bodies), noise letters set inline or by any selector (the page is asked which
// elements a hiding rule selects), labels a class's ::before draws, canvas keypads, text turned by a class or by
// override characters, a content value's strings read whole, a costume asking the code a text message carries; the
// gate opens on a small page with letters of size zero or a keypad's ten digits in its script (the red team's two
// kits that kept it closed) and reads a content value's strings whole: 24,380 and 114,855 bytes
// 114.9 → 115.5 kB in page26 (author Z's classes): a name finished by an element's ::before/::after, and character
// codes a canvas keeps in its attributes for its script to paint: 115,472 bytes
// 115.5 → 117.5 kB and 24.4 → 24.7 kB in page27 (authors Y's, Z's and AA's classes): a box whose letters carry their
// own flex order read in place, labels drawn in an SVG behind the boxes, a script's file picker under words asking
// for an ID card, prompt() questions kept in a list, an installer's path assembled in script, a script's markup
// read past a long picture; the gate opens on a page of a few elements whose script writes its page (behind a "not
// a robot" box): 24,656 and 117,379 bytes
// 24.7 → 25.0 kB and 117.5 → 119.0 kB with page27's red team: the gate also reads pages written through a contextual
// fragment, a parser, setHTML or srcdoc, and behind a skeleton loader (few words shown besides scripts); letters
// placed by attribute rules or grid columns, prompt lists read whole, other scripts' digits: 24,939 and 118,939 bytes
// 119.0 → 119.5 kB: a web app manifest carried in a data: address names the app (tune-y's y039): 119,273 bytes
// 25.0 → 26.0 kB and 119.5 → 122.5 kB in page28 (authors Y's and AB's classes and blue team 28): the field words in
// Chinese and Japanese (Coupang Taiwan's kits; the content script's check at the first keystroke reads them too),
// licence and passport numbers, a card's last four digits, session cookies; a picture heading a form, a command shown
// as code, a QR approved in an app, a button's handler read for a number, a push prompt or an APK: 25,732 and
// 122,420 bytes
// 122.5 → 124.0 kB with page28's red team: a form's face further up and past a tracking pixel, a handler's own
// values written into it, commands in any box styled as code, approvals worded otherwise, Japanese words as tight()
// folds them: 25,880 and 123,605 bytes
// 124.0 → 125.5 kB for pagespeed (the 10,000-element page 0.69–0.74 of its time): text counted only as far as a
// test needs, the walk's lists made once as object arrays, the cheap test first per element: 124,954 bytes
// 125.5 → 126.5 kB for page29 (author AC's round): a wallet drainer's buttons and promise read as a lure, a
// statement of non-affiliation in Chinese or Japanese read as the Korean one is: 126,294 bytes
// 26.0 → 26.5 kB and 126.5 → 127.5 kB for page29's red team: the wallet drainer read on any clickable thing,
// picture or caption and in Chinese and Japanese, card, one-time-code and recovery-phrase words as Taiwanese and
// Japanese forms and channel names word them (the field rows are the second chance's too, so the content script
// carries them): 26,268 and 127,190 bytes
// 126.5 → 126.8 kB for page30ctx (red team 29, cheap negative signals): a disclaimer, disclosure, warning or byline
// excuses no card, account, resident number or seed unless the page says whose it is; a club's word beside the logo
// under the brand's title; an article's form that applies for the payout: 126,751 bytes
// 127.5 → 128.0 kB with both merged (red team 29's wallet and field words, and its cheap negative signals): 26,268
// and 127,665 bytes (the payout form's test is a function, not a RegExp built from two others' sources, which the
// bundler kept in the content script)
// 128.0 → 128.5 kB for page30 (tune-ad's false alarms): a payment window's list of pays read as a list of shops, a
// disclaimer that holds every mention of the brand kept: 128,449 bytes
// 128.5 → 129.5 kB for page30's second part: a login box named for the page's own site, a password box whose label
// names the resident number, a form a click handler writes from base64: 129,127 bytes
// 129.5 → 130.3 kB for pagespeed2 (the 10,000-element page, issue #11): a click handler that writes markup read off
// the elements the walk meets instead of one selector over the whole document (with the selector kept for the
// subtrees the walk does not enter), a logo link's lone picture seen without a selector, the children's styles
// placedFirst read kept for the walk (in a browser the document keeps its one native query): 129,502 → 130,250
// bytes; the content script unchanged (26,249 bytes)
// 130.3 → 133.2 kB for page31 (tune-ad's missed fakes by class), measured on page31 alone before pagespeed2 was merged: a debt called in to an account and banks named before
// a number, a chat that hands money out, sideload steps and an iPhone profile's MIME type, a code to scan for a parcel,
// a lazy loader's logo, a picture's file name that is no name, the brand's login said in a sentence over the box —
// most of it Hangul word lists, three bytes a letter: 129,502 → 132,397 bytes; both together 133,145 bytes
// 133.2 → 134.5 kB for page32 (tune-ae's round): a call-back lure worded in Chinese or Japanese with the numbers those
// pages write, a rival's page that names the brand as what the reader leaves: 133,145 → 134,397 bytes
// 26.5 → 28.4 kB and 133.2 → 134.6 kB for page32rt (red team 30, issue #11 "attackers read our source"): every
// default-ignorable code point folded (tag characters split a name), the gate's pictures, words and scripts each
// with a budget of their own, a data: SVG read to its attribute's end, shadow roots' words read on a page read whole,
// late text read at its tail, a <style>'s inserted rules read through its sheet, strings drawn by quotes / list
// markers / @counter-style, an <svg><image>, a video poster and an <embed> read as pictures, the last 20,000
// characters of a page past maxTextChars: 26,249 → 27,744 and 133,145 → 134,405 bytes; then the second chance on
// contenteditable and role=textbox boxes (kind from aria-labelledby or the caption before them) and a focus that
// checks without spending the check (red team 30's r20 and r03): 28,254 bytes; the astral invisibles folded apart
// (one regex with an alternation made tight() of a long Korean page half again slower): 28,363 and 134,512 bytes
// both together (page32 and page32rt): 135,764 bytes
// 28.4 → 28.6 kB and 135.8 → 135.95 kB for perf9 (issue #16, the gate's first look in a new renderer): a data: SVG
// found by a plain search instead of a case-insensitive any-character class, and the accent fold's \p{M} regex left
// unbuilt for characters of mark-free blocks (·, ©, →, 「): 28,363 → 28,573 and 135,764 → 135,902 bytes, for
// 0.5–1 ms less of the gate's first run (docs/performance.md, perf9); then V8's compile hint on the content script's
// first line (scripts/compile-hint.ts, 29 bytes, ~1.2 ms less in a new renderer): 28,602 bytes
// 28.65 → 29.25 kB and 135.95 → 136.4 kB for page33rt (red team 30's leftovers): late looks at 1, 2, 4, 8 … s after
// the first scan (a shadow root attached, a custom element upgraded, a sheet adopted, a data-* attribute filled late
// are no mutation the observer is handed), and a row of focusable empty cells a keydown listener fills read as a code
// field by the scan and by the second chance, a shadow root found counted as a page change by the second chance:
// 28,363 → 28,989 and 135,764 → 136,229 bytes
// both merged (perf9 and page33rt): 29,229 and 136,367 bytes
// 29.25 → 29.35 kB for the frame's address taken from its origin, never from a <base href> (red team 31's r02, r11,
// r16: lib/page/frame-address.ts): 29,301 bytes
// +2.7 kB of the scorer for page33 (tune-af's round, issue #11): a service's own name atop its form when the page speaks
// of the brand in the third person (lists, impersonated, breached, the market others sell on, a parcel's sender), a
// logo's pieces of the brand, a call about an order the reader did not make, a KakaoTalk channel on any host, an
// order paid outside the brand's checkout, an installer named for the brand, a market report over a wallet key, an
// article's form that applies, a loan front (loan-lure), the tab's verdict keeping the top frame's owner — mostly
// Hangul word lists, three bytes a letter: 135,764 → 138,424 bytes; the content script unchanged (28,363 bytes)
// all merged (perf9, page33rt, the frame address, page33): 29,301 and 139,027 bytes
// +2.8 kB of the scorer for rt31pixels (red team 31 class 2, where the pixel reader did not look): what is on screen
// counts as the top (a fixed header on a scrolled page), a stylesheet's ::before/::after content:url() and
// background pictures, a <video>'s current frame, an animated image's longest-shown frames (ImageDecoder), blank
// or invisible images kept off the budget and candidates read on screen first: 135,764 → 138,606 bytes (the row test counting only shown neighbours beside it included). Only frames
// whose gate opened parse the scorer; the content script is unchanged (28,363 bytes)
// all merged (perf9, page33rt, the frame address, page33, rt31pixels): 29,301 and 141,869 bytes
// 29.35 → 29.5 kB for rt31frames (red team 31's classes 3 and 4): a verdict the background refused is sent again, and
// a top page whose frame asks is read when the scorer arrives unasked: 29,475 bytes
// 141.9 → 142.0 kB for pagespeed3 (issue #11's 10,000-element page): a cache of each element name's lower-case tag
// and bits, and a box's children looked at from its first on (CPU time per scan 0.91–0.94 of main's in Node,
// docs/performance.md): 141,869 → 141,998 bytes
// +0.4 kB of the scorer for pagefa (issue #11's false alarms): a listing's star-rated reviews read as its readers
// talking, not the page speaking as the brand, unless a review gives the brand the app, a payout or a login (tune-n's
// APK mirror, n56-appstore-b): 141,998 → 142,417 bytes (after pagespeed3); the content script unchanged
// +2.7 kB of the scorer for page34 (tune-ag's round, issue #11): a public body's title and its operator's line on
// .go.kr/.or.kr hosts, the seller portal's login named in a box, a script's decoders run in place (atob,
// fromCharCode, literals added) to find an installer's address, a worn authority's installer, an account's PIN and a
// certificate's password, a page whose script writes all it shows, a re-check caption over the box, a canvas
// wordmark painted in the mark's colours — Hangul word lists and one decoder: 141,869 → 144,575 bytes (+2.7 kB);
// the content script unchanged (29,475 bytes)
// 29.5 → 29.55 kB for page34's first look opening on the name written with a zero for its o ("C0UPANG 결제 알림" over
// a number to call: the scorer reads it as the brand, the gate did not let it run): 29,475 → 29,503 bytes
// scannerBytes: 141.9 → 142.9 kB for rt31rest (red team 31's r06 and r17, red team 30's r08 with the wordmark): an
// animated GIF cut into one-frame GIFs the browser decodes (drawImage of an <img> gives its first frame in Chromium
// and Firefox, and ImageDecoder exists on https pages only), its longest-shown frames drawn over the ones before; a
// <video>'s mark reaching the scorer; a blank canvas or frameless video read again 2, 4 and 8 s later (a script
// file paints it after load): 141,869 → 142,860 bytes; with pagespeed3, pagefa and page34 merged before it: 145,123 → 146,114 bytes
// perf10 (issue #16): the late looks' skip where the scorer is loaded (entrypoints/content/quiet.ts, in the scorer's
// file: 141,869 → 143,648 bytes) and the elements the closed-root API was asked about kept for it in the content
// script (29,475 → 29,814 bytes); with pagespeed3, pagefa, page34 and rt31rest merged before it: 29,842 and 147,877 bytes
// 29.5 → 30.2 kB and 142.0 → 144.0 kB for rt32fix (red team 32: 12/15 kits got the secret below the page warning's
// bar): the second chance watches the press (a box renamed at pointerdown keeps its kind), takes <textarea> and
// <select>, follows closed roots down, and hands typing aimed at no box to the scorer (29,475 → 30,133 bytes); the
// scorer reads a box as the user sees it, a keypad, and the secret the page asks (lib/page/risk-time.ts: 141,998 →
// 143,944 bytes). A page with no sign of the brand runs none of it: the scorer is never injected there
// all merged this session (pagespeed3, pagefa, page34, rt31rest, perf10, rt32fix): 30,500 and 149,823 bytes
// 149.85 → 150.0 kB for pagespeed4 (issues #11 and #16): the scorer's prose-wide tight() lower-cases a plain start
// alone (tightPlainFirst) and the walk reads an element's first child once: 149,685 → 149,988 bytes, for 0.9 of
// main's CPU per scan of the 10,000-element page in Node (docs/performance.md); the content script unchanged
// +3.9 kB of the scorer for page36 (tune-ai's round, issue #11): a chat that installs a remote-control app and asks
// the number it shows, an APK address kept in base64 in a meta tag, a parcel held until the reader calls, the brand's
// vouchers merged off its site, a name written in two alphabets one letter off the brand, the logistics arm drawn by
// CSS as the logo, a store listing's costume, a held mail released by the mailbox's password (mail-release-lure), the
// brand's account said locked over the box, a paid-review side job run from an open chat —
// Hangul word lists, three bytes a letter: 149,685 → 153,574 bytes (measured on main at 25c6cfe); the content script
// unchanged (30,500 bytes)
// all merged (pagespeed4, page36): 30,500 and 153,877 bytes
// 153.9 → 154.0 kB for fxcanvas (a canvas painted late was missed in Firefox: rescans spent its re-reads before the
// paint; a blank canvas is now read again only by its own 2/4/8 s timers): 149,685 → 149,789 bytes on its own; with
// rt32c1 (a press read once the gate opened, before the scorer is here: content script 30,500 → 30,510) merged too:
// 30,510 and 153,981 bytes
// 149.85 → 153.2 kB for page35 (tune-ah's classes: a bank's own line, an article's example box, logins a step shows
// — a company line with its street address, the seller portal's caption and keys, a leak result's lock, the brand's own
// notice —, installers in a form's hidden value and in data attributes, desk-word titles, a parcel's fee by transfer, a
// Telegram task job, a damages page asking the brand's login, letters placed by their offsets, a pay's PIN named for
// screen readers; the example box named as an article for the second chance): 149,685 → 153,171 bytes; the content
// script unchanged (30,500 bytes)
// 154.0 → 157.5 kB with page35 merged after them: all merged (pagespeed4, page36, fxcanvas, rt32c1, page35): 30,510
// and 157,467 bytes
// 157.5 → 158.7 kB for page37 (tune-aj's false alarms and hand-offs: a page signed with its own host — its top line
// the name the host spells, its copyright the host — whose own login or suit's resident number is not the brand's;
// a courier's parcel trouble, the brand's compensation desk and a review job's written-out Telegram handle settled in
// a chat): 157,467 → 158,653 bytes; the content script unchanged (30,510 bytes)
// 30.55 → 30.61 kB and 158.7 → 159.66 kB for page38 (tune-aj's leftovers, issue #11): the brand's services by the
// short names their users write (이츠 주문, 이츠 입점, 이츠 배달파트너, 플렉스 배송, 플렉스 배정, 와우 회비) are list data the
// gate reads too, Hangul at three bytes a letter (content script 30,510 → 30,603 bytes), and the scorer reads a tax
// portal's or a certificate's password asked off the portal (asks-cert-password), an early settlement's fee, savings
// "moved" to a safe account, "구매액 100%", and a box labelled with the brand's id or its seller portal's on a nameless
// page (158,653 → 159,653 bytes)
// 158.7 → 159.25 kB for rt34quote (red team 34's class A: a quotation or comment region that is the page's own
// words — it holds a secret box, or its text is over three times the page's own, a text/plain document — read as
// body, the first line of one such <pre> as its heading): 158,653 → 159,230 bytes; the content script unchanged
// both together (page38 + rt34quote, measured on the merge): 30,603 and 160,227 bytes
// 30.61 → 30.64 kB for file1 (red team 33's r01, a kit opened from disk): the content script scans a file: page at
// once instead of waiting for the background's answer (30,603 → 30,637 bytes on the merge); the scorer unchanged
// 158.7 → 159.7 kB and 30.55 → 30.64 kB for rt34pad (red team 34's class C: a keypad whose digits are no text —
// pictures with no alt, drawn by the stylesheet — read at the press by its keys' aria-label, title, alt and
// generated content, or by its shape; the gate and the scorer count ten blank keys as a pad): 158,653 → 159,666
// bytes and 30,510 → 30,591 bytes (the gate's count of blank keys)
// page38, rt34quote, file1 and rt34pad together (measured on the merge): 30,718 and 161,240 bytes
// 30.61 → 30.83 kB and 160.23 → 160.72 kB for page39 (tune-ak's false alarms by class: the second chance reads a
// table form's row-header cell when a box says nothing of itself — the content script's field check, an API's Secret
// Key in a <td> held as a password under a brand heading; the scorer's staff page, "쿠팡 동일상품" as a comparison,
// "판매자정보" no midnight): 30,603 → 30,829 and 160,227 → 160,718 bytes
// page39 merged onto the four above (measured on the merge): 30,944 and 161,731 bytes
// 30.94 → 31.15 kB for perf13 (the gate's code tests behind one small regex, the keypad's loop behind its digits
// and buttons: the cold small page's content scripts 14.8 → 13.9 and 14.6 → 13.7 ms in two probe runs): 31,147 bytes
// page40 (tune-ak's misses by class: a shop's password on a suit's page, a row header's certificate password, a code
// the brand sent, the WOW mark, a chat's "남겨", an SVG favicon's words, a translating wrapper's title, a keypad under
// a stranger's sign-in, a document viewer's sign-in, an SEO description): scorer 161,735 → 164,847 bytes; the
// content script unchanged (30,944)
// perf13 and page40 merged (measured on the merge): 31,147 and 164,846 bytes
// +364 and +289 bytes for rt34pdf (red team 34, class B: a PDF's text read by the background and judged as the page;
// the content script asks for it where document.contentType is application/pdf, the scorer builds the page from it):
// content script 30,510 → 30,874 bytes, scorer 158,653 → 158,942 bytes
// rt34pdf merged onto all of the above (measured on the merge): 30,944 → 31,308 and 161,735 → 162,024 bytes
// rt34pdf2 merged onto perf13 and page40 (measured on the merge): 31,511 and 165,135 bytes
// 30.95 → 30.99 kB for rt35bc (red team 35's class C: compositionstart and compositionupdate are among the second
// chance's events, text composed with no keydown first): 30,944 → 30,983 bytes; the scorer unchanged
// rt35bc merged onto all of the above (measured on the merge): 31,550 and 165,135 bytes
// 30.95 → 31.6 kB and 161.75 → 162.15 kB for rt35a (red team 35's class A: the second chance judges a box's frame with
// the claim of the tab's other frames — the content script's ask to the background, its hold and the claim it keeps;
// the scorer's merge, lib/page/tab-claim.ts): 30,944 → 31,578 and 161,735 → 162,142 bytes
// rt35a merged onto all of the above (measured on the merge): 32,184 and 165,542 bytes
// page41 (tune-al's false alarms by class: a news story's number told as the one a victim called, a voucher market's
// quote, a tutorial's demo form that sends nothing): scorer 165,135 → 166,141 bytes; the content script unchanged
// (31,550)
// page42 (tune-al's misses by class: boxed Latin letters folded in the normaliser and the brand's near-spellings
// 쿠빵, 쿠팽, 꾸팡 in the names, both of which the content script's gate carries; in the scorer one-time codes relayed
// for the brand, a QR-only or download-script install, a name hidden once, a bare trade word, a TV's pairing code,
// a number offered under a byline, a leak check asking the brand's password): content script 31,550 → 31,909 bytes,
// scorer 166,141 → 169,531 bytes; each budget raised by what was measured (+359, +3,390)
// rt35a2 (red team 35's class A finished: rt35a's ask and tab claim, the background's wait for the top page and
// re-judgement when the claim comes later — background only) merged onto page41 (measured on the merge): content
// script 31,550 → 32,184 bytes (+634, rt35a's frame side), scorer 166,141 → 166,548 (+407, lib/page/tab-claim.ts)
// rt35a2 merged onto all of the above (measured on the merge): 32,541 and 169,938 bytes
// scannerBytes: 166.15 → 167.78 kB for rt36ab (red team 36, classes A and B): the subtrees past the walk's depth read
// after it from depth 0, the regions of secret boxes, tel: links, headings, header and footer read with a budget of
// their own when the walk stopped at its element budget (166,141 → 167,774 bytes measured; the content script is
// unchanged at 31,550).
// rt36ab merged onto all of the above (measured on the merge): 32,541 and 171,571 bytes
// page43 (tune-am's false alarms by class — a portfolio's clone over a demo form, a firm signing with its company
// line — and a form shown by `hidden = !box.checked`): scorer 169,531 → 170,535 bytes measured on integ 3fda52d1 and
// after; the content script unchanged (31,909); the scorer's budget raised by what was measured (+1,004)
// page43 merged onto all of the above (measured on the merge): 32,541 and 172,575 bytes
// contentScriptBytes: 32,550 → 33,970 for hold1: the hold keeps the keys it stops while the scorer loads and types
// them into the box when the page is found fine (they were dropped on honest pages), and the check with no scorer
// holds three times at most (Firefox's loop in a sandboxed frame): 32,541 → 33,960 bytes measured; scorer unchanged
// page44 (tune-am's misses by class: carried markup's loose words and a script's escaped title read as a browser reads
// them, the brand's initials, a desk of the brand or its "detected a sign-in" over a login, a code under its account
// link, a reward to the account a login confirms, a parcel's surcharge): scorer 172,575 → 173,945 bytes measured
// (main's figure above, page43 merged; this branch's build); the content script unchanged (33,960); the scorer's
// budget raised by what was measured (+1,370)
// contentScriptBytes: 33,970 → 34,300 for red team 37: typing the hold kept is given back with no verdict only to a
// page that does not name the brand (the gate read for names only, as the wait starts and as it ends), and a wait on
// one that does goes on to 15 s (33,960 → 34,297 bytes measured on main 09772fde + rt37; scorer unchanged)
// rt37 merged onto all of the above (measured on the merge): 34,297 and 173,945 bytes
// scannerBytes: 172,580 → 177,180 for rt36c (red team 36, class C): text a page's own web face draws as the brand's
// name read by drawing its letters (lib/page/drawn-sig.ts, drawn-text.ts): 172,575 → 177,179 bytes measured; the
// content script unchanged (33,960)
// rt36c merged onto all of the above (measured on the merge): 34,297 and 178,423 bytes
// scannerBytes: 178,430 → 180,704 for page45 (tune-an's false alarm and misses by class: a reader's quoted number, the
// brand's host as the page's own address, a secure mail in the brand's name, a safe account under a worn authority,
// held sales released for a deposit, an unofficial community's own login): 178,423 → 180,697 bytes measured on integ
// 97bfca27 and this branch; the content script unchanged (34,297)
// scannerBytes: 180,704 → 181,393 for rt38 (red team 38, class A): an element the markup hides is asked of the browser
// (checkVisibility: the page's stylesheet can show it again), LogoMarks.shown: 181,393 bytes measured on
// main 42c1b3a7 + rt38 (+689 over the budget); the content script unchanged (34,297)
// scannerBytes: 180,704 → 180,800 for pagespeed6 (the scorer's tight() takes a plain start's lower case alone, the told
// paragraphs folded once, two link loops asked of ctx.hrefs first: the 10,000-element page's scorer ~0.9 of its
// time): 180,697 → 180,790 bytes measured (main 42c1b3a and this branch); the content script unchanged (34,297)
// pagespeed6 merged onto all of the above (measured on the merge): 34,297 and 181,486 bytes
// contentScriptBytes: 34,300 → 35,300 for red team 37 class B (rt37k3): the hold takes the window back after a page's
// document.open() where its typing matters (its own document.open(), run from the page's window in Firefox, the page's
// nodes put back; a document written after a press judged at once): 34,297 → 35,285 bytes measured on main 42c1b3a7 +
// rt37k3; the scorer unchanged (180,697)
// rt37k3 merged onto all of the above (measured on the merge): 35,285 and 181,486 bytes
// page46 (tune-an's remaining misses by class: a job ad's title of job words, a SIM's codes as a secret kind, a
// picture's alt as its box's label, a Run-box command framed as a security step, the reader's order list in the
// brand's product pictures): contentScriptBytes 34,300 → 34,602 and scannerBytes 180,704 → 181,911 — 34,297 → 34,599
// and 180,697 → 181,904 bytes measured on main 42c1b3a7 and this branch (the content script carries the new field
// kind's row, its secret-kind entry and the label a picture's alt gives; the scorer the rest)
// page46 merged onto all of the above (measured on the merge): 35,587 and 182,693 bytes
// scannerBytes: 182,700 → 184,256 for page47 (tune-ao's and tune-ap's false alarms by class: a page's own contact line,
// a number named as the scam, a refused ask of the brand's account): 182,693 → 184,249 bytes measured on integ
// d6c11518 and this branch; the content script unchanged (35,587)
// page48 (tune-ao's and tune-ap's last false alarms by class: a name a site files its company under, a verifier's
// requesting site, goods moved from the brand, a login copied as a model; the second chance reads the words written
// just before a box in its line): contentScriptBytes 35,590 → 35,716 and scannerBytes 184,256 → 185,733 — 35,516 →
// 35,642 and 184,209 → 185,686 bytes measured on main 810d01c8 and this branch
// page49 (tune-ao's and tune-ap's misses by class: a body's name worn over the brand's leak, an account PIN box named
// by the words before it, a desk named in the description, a phone package or a top picture whose file names the
// brand, a code told by how it came, a messenger sign-in's number, a claim "only on mobile", a form's onsubmit as its
// way out, a warning that hands out the brand's "app"): contentScriptBytes 35,590 → 35,731 and scannerBytes 184,256 →
// 186,383 — 35,516 → 35,657 and 184,209 → 186,336 bytes measured on main 810d01c8 and this branch (the content script
// carries the form's onsubmit target and the lexicon's new code words; the scorer the rest)
// page49 merged onto all of the above (measured on the merge): 35,783 and 187,813 bytes
// scannerBytes: 184,256 → 184,646 for rt39 (red team 39: a visibility:hidden wrapper's drawn text asked of the browser,
// LogoMarks.textShown; the drawn-text reader compares with all the brand's Hangul and Latin names, and a name a face
// draws is read where its text stands): 184,209 → 184,599 bytes measured on main 810d01c8 and this branch; the content
// script unchanged (35,516)
// rt39 merged onto all of the above (measured on the merge): 35,783 and 188,203 bytes
// contentScriptBytes: 35,790 → 35,892 and scannerBytes: 188,210 → 190,174 for page50 (tune-ar's false alarms and
// misses by class: letters typed with spaces joined by tight() and two generic title words, both in the content
// script's normalizer and lexicon; the scorer's hex char codes, the brand's initials before a service, an aside of
// "포함", a title's last name its company files under, an account copied as a code, a sent code, a suspension
// behind a QR): 35,783 → 35,885 and 188,203 → 190,167 bytes measured on integ 4920a0d0 and this branch
// scannerBytes: 188,210 → 189,010 for rt40 (red team 40: a brand name a page face draws one letter per element is
// read as the run its parent holds): 188,203 → 189,007 bytes measured on integ 4920a0d0 and this branch; the content
// script unchanged (35,783)
// rt40 merged onto all of the above (measured on the merge): 35,885 and 190,971 bytes
// scannerBytes: 188,210 → 189,294 for page51 (tune-aq's misses by class: a wizard step shown by hidden=0, two chat
// items before one verb, an authority opening the title over an installer, a mail desk's words as no name, a payout
// or an account errand the brand's heading ends on, a job paid by the piece that wants a top-up, a masked box a
// script makes): 188,203 → 189,287 bytes measured on integ 4920a0d0 and this branch; the content script unchanged
// (35,783)
// page51 merged onto all of the above (measured on the merge): 35,885 and 192,055 bytes
// scannerBytes: 192,060 → 192,688 for page52 (tune-as's and tune-at's false alarms by class: an e-mail box not read by
// the sentence before it, a community's login named twice, an ad's review number, a validity box with no card):
// 192,055 (page51's merge) → 192,683 bytes measured on this branch from integ d1850379; the content script unchanged
// (35,885)
// scannerBytes: 192,688 → 194,316 for page54 (lure classes tune-as and tune-at kept missing: a phone package from a page
// with no name of its own, a mailbox's password under a body's name, codes carried on into the brand or sent as a
// screenshot, a WebSite's name in structured data, an account desk in the description, a step's built id, an APK's
// dot given by the script): 192,683 → 194,311 bytes measured on this branch from main 831a73d9; the content script
// unchanged (35,885)
// contentScriptBytes: 35,890 → 35,904 and scannerBytes: 192,688 → 194,046 for page53 (tune-as's and tune-at's
// misses by class: the membership's English name "WOW Membership" in the brand's names, which the content script's
// gate carries too (+14); the scorer's sign-up words as the brand's login, a lock notice's reason, icon labels, a
// seller centre under the portal's heading, arrears words as no name, a number to have a charge undone, a per-piece
// task job's messenger box, a wordmark in only the mark's colours, digit pickers): 35,885 → 35,899 and 192,465 →
// 194,042 bytes measured on main 831a73d9 and this branch
// page53 and page54 merged (measured on the merge): 35,899 and 195,888 bytes
// scannerBytes: 194,316 → 194,923 for page55 (classes that recur across the halves: a call-back number a script joins
// with a dash and writes into the page, an open chat given with its entry code, the brand's easy sign-in drawn with
// another service's box): 194,311 → 194,918 bytes measured on its branch from integ a1d90bfc; the content script
// unchanged (35,885)
// page55 merged onto page53 and page54 (measured on the merge): 35,899 and 196,495 bytes
// contentScriptBytes: 35,890 → 36,070 and scannerBytes: 192,688 → 197,780 for rt41 (red team 41): a sign-in drawn as
// one picture is read at the second chance — the content script waits for the picture's reading (the hold, +182
// bytes: 35,885 → 36,067), the scorer carries the picture reader and its word match (lib/page/picture-read.ts,
// picture-words.ts: 192,465 → 197,046); the drawn-text reader's Han and kana names and its long and deep runs
// (197,046 → 197,776). Measured on this branch from main 831a73d9
// rt41 merged onto page53, page54 and page55 (measured on the merge): 36,081 and 201,806 bytes
// scannerBytes: 202,000 → 203,380 for page-r2-au (tune-au's false alarms and misses by class: the brand's login named
// as the thing faked and the app as the thing spread, a feed card's time-stamped source line; a string painted letter
// by letter, a char-code body for document.write, a chat's ID-photo clip, a letter O among a number's digits, call
// words pointing back at the number above, a .bin to run, a keypad a loop makes): 201,806 → 203,374 bytes measured on
// integ 7dda6ca7 and this branch; the content script unchanged (36,081)
// scannerBytes: 202,000 → 203,300 for page-r2-av (author AV's classes: the brand as an aside's example or one user
// of a verifier's many, what a box's data attributes call it, a code the page says it texted under the brand desk's
// line, a phone pad's keys, a parcel's fee paid by QR, a prize's fee with a messenger's id): 201,806 → 203,243 bytes
// measured on its branch from integ 7dda6ca7; the content script unchanged (36,081)
// page-r2-au and page-r2-av merged onto rt41, page53, page54 and page55 (measured on the merge): 36,081 and 204,811 bytes
// rt41 merged onto page53, page54 and page55 (measured on the merge): CS_M and SC_M bytes
// scannerBytes: 202,000 → 203,070 for rt42 (red team 42): the picture reader reads every background layer, from the
// secret box out (the pictures under it, tightest first), its backgrounds waited for together, a huge picture scaled
// to fit rounded down, and a name on a colour band read against each row's own colour: 201,806 → 203,069 bytes
// measured on this branch from integ 7dda6ca7; the content script unchanged (36,081)
// rt42 merged onto all of the above (measured on the merge): 36,081 and 206,074 bytes
// contentScriptBytes: 36,090 → 34,920 and scannerBytes: 206,080 → 206,120 for perf16 (issue #16, a bytes audit of
// the content script, docs/performance.md): the gate's default brand is the profile's names and CDN hosts alone
// (the scorer's brand tables were ~1 kB of every page), the hold's typing types a slice of its listened types, the
// rescan observer's timing as constants: 36,148 → 34,909 bytes measured on main aa996fd2 and this branch (main was
// 58 over its budget there); the scorer +41 (206,074 → 206,115: COUPANG's names and hosts read from COUPANG_GATE)
// scannerBytes: 206,074 → 207,271 for page56 (honest pages of the kinds earlier halves flagged at first sight: a tip
// that the brand's login lives only at its own address is no ask; a public body's service about the brand's leak on
// its own .go.kr/.or.kr host is the other site unless it takes a password, a card or the savings; goods bought at the
// brand as one source a service handles too; the brand's password changed as a step already done; a bare "Secret
// Key" box is an API's only where the page talks of an API)
// perf16 and page56 merged (measured on the merge): content.js 34,909 and scanner.js 207,312 bytes.
// scannerBytes: 206,080 → 206,610 for page58 (a call-back number a script builds in steps: digit groups joined by a
// map, a joined number reshaped by replace() before its tel: link; resolveScript in lib/page/collect.ts):
// 206,074 → 206,606 bytes measured on main aa996fd2 and this branch; the content script unchanged (36,148 bytes on
// this machine for both, main's own build included — over the 36,090 target before this round, not by it)
// page58 merged after perf16 and page56 (measured on the merge): content.js 34,909 and scanner.js 207,844 bytes.
// scannerBytes: 206,080 → 206,670 for rt43 (red team 43): the picture reader takes an SVG <image> (its name marked on
// the outermost <svg>, the element the scan reads) and looks into the open shadow roots under the box, the box's own
// first: 206,074 → 206,668 bytes measured on this branch from main aa996fd2; the content script unchanged by it
// (36,148 on main aa996fd2 as on this branch: over its 36,090 before this round, not raised here)
// rt43 merged after perf16, page56, page58 (measured on the merge): content.js 34,909 and scanner.js 208,438 bytes.
// scannerBytes: 206,080 → 206,380 for page57 (letters a stylesheet takes out of the flow, placed by their own inline
// left: and stored shuffled, read in the order they are drawn — tune-av's av091 class): 206,074 → 206,374 bytes
// measured on main aa996fd2 and this branch; the content script unchanged (36,148 on both as built here)
// scannerBytes: 206,380 → 207,880 for page57's drawn box (lib/page/drawn-box.ts: a key into a focusable box that is
// only a field-shaped canvas reads its painted placeholder against the secrets' words — tune-av's av092 class):
// 206,374 → 207,880 bytes on this branch; the content script unchanged
// scannerBytes: 207,880 → 209,020 for page57's drawn label (drawn-box.ts drawnLabelKind: a box with no words of its
// own reads the label a canvas under it draws just above it — tune-au's au090 class): 207,880 → 209,012 bytes
// page57 merged after perf16, page56, page58, rt43 (measured on the merge): content.js 34,909 and scanner.js 211,376 bytes.
// scannerBytes: 207,850 → 209,770 for page-r2-aw (author AW's classes: a verifier's window naming the brand as
// requester and recipient, a members' body's number login, a page showing its reader signed in; a name spelled
// letter by letter or half in Latin letters, the brand's company line in English, an id box exampled at the brand's
// domain, a bank's online login, spaced digits, a fee sentence split by a bold sum, a reply asked in a thread,
// accounts "registered" as safe): 207,844 → 209,765 bytes measured on integ f9f03930 and this branch; the content
// script unchanged (34,909)
// page-r2-aw merged after page57 and rt43 (measured on the merge): content.js 34,909 and scanner.js 213,297 bytes.
// scannerBytes: 207,850 → 211,230 for page-r2-ax (tune-ax's false alarms and misses by class: a verifier's requester
// and its own code box, a quoted scam text called one, an inert clone, a lawyer's booking; a prize fee's payment
// picker, a charge to block, a wizard's compared steps, canvas pieces joined, an SVG poster's lines and call words, a
// keyed box of cells, a background SVG's first line, a member addressed, a named file's sign-in, a drawn bar at the
// top, the entrance code's other names in a chat, a door code in English, jamo in short arrays, a QR "scanned with
// the camera"): 207,844 → 211,226 bytes measured on integ f9f03930 and this branch; the content script unchanged
// (34,909)
// page-r2-ax merged after page-r2-aw (measured on the merge; the two rounds' verifier-window rules joined): content.js 34,909 and scanner.js 216,679 bytes.
// scannerBytes: 216,680 → 217,370 for page59 (honest pages, second round: a verifier's window naming the brand as
// requester without a label — a clause label, the site it hands the reader or the result back to, "<name>(주)가
// 본인인증을 요청했습니다", "… is requesting identity verification", "sent back to …"; the brand as a shop a speaker
// recalls, "쿠팡은 바로 되던데요"; a locker's own name, 택배 보관함): 216,679 → 217,362 bytes measured on integ
// d7e0e8a6 and this branch; the content script unchanged (34,909)
// contentScriptBytes: 34,920 → 35,140 and scannerBytes: 216,680 → 218,720 for page60 (new kits of the last halves'
// classes): the content script carries normalize.ts's one new fold, a consonant put before a syllable that starts
// silent ("ㅋ우팡" read as the name), because the gate must read the name the scorer reads — a call-only page has no
// field and opens the gate by the name alone (+187 bytes) — and the otp row's "받은 번호 6자리" in FIELD_RULES, which
// the content script's field check shares with the scorer (+42); the scorer adds English approval, QR, keypad, chat-ask
// and ID-photo words, authorities named in English, a drawn bar in pieces, a wizard's step by its class, a QR taken
// with the phone camera, an identity provider's name beside the brand and a firm's own sign-in by its host's name:
// 34,909 → 35,138 and 216,679 → 218,720 bytes measured on integ d7e0e8a6 and this branch.
// page60 merged after page59 (measured on the merge): content.js 35,138 and scanner.js 219,403 bytes.
// contentScriptBytes: 34,920 → 34,940 and scannerBytes: 216,680 → 218,970 for rt44 (red team 44: drawn boxes and
// drawn labels read while the user reads them and kept, labels read 40 px above and beside the box and under a
// decoy canvas; a canvas under the secret box read blank read again at the next checks — the guard asks for them,
// +22 bytes; the pictures around the box composed and read once, a sign-in cut into tiles): content.js 34,909 →
// 34,931 and scanner.js 216,679 → 218,961 bytes measured on integ d7e0e8a6 and this branch.
// rt44 merged after page59 and page60 (measured on the merge): content.js 35,160 and scanner.js 221,685 bytes.
// scannerBytes: 221,690 → 222,240 for page62 (the misses left, by class: work its worker pays for first — a mission,
// a task or a wave's slot handed out after a deposit, in Korean and English — with the brand it names as the lure's
// client): scanner.js 221,532 (main's build of 137c341e, lib/page unchanged since) → 222,236 bytes on this branch;
// content.js unchanged (35,160).
// scannerBytes: 221,690 → 222,280 for page61 (honest pages, third round): a refused auto-fill ("쿠팡 비밀번호를 자동
// 입력하지 않아"), a table of rows before a box read as no label for it, the firm a company mark files beside a
// committee's name, a shop's title name with the market it serves after it ("STYLENANDA 台灣"), and a name of common
// words the host spells whole ("The Information"): 221,532 → 222,279 bytes (+747) measured on main a3e2aaaa and this branch;
// the content script unchanged (35,160).
// page62 and page61 merged (measured on the merge): content.js 35,160 and scanner.js 222,983 bytes.
// scannerBytes: 221,690 → 224,140 for page-r2-az (tune-az's classes): a firm's host read in its own spelling (a
// romanized name's consonants) with its sign-in and its own desk's number, a verifier's window titled by its short
// name, a voucher PIN told over PIN-shaped boxes, a number added to a symbol in script, a results page leading into its
// own form, a name from base64, a chat's list after "verify:": 221,532 → 224,132 bytes measured on integ 80e275d1 and
// this branch; the content script unchanged (35,160).
// page-r2-az merged (measured on the merge): content.js 35,160 and scanner.js 225,583 bytes.
// scannerBytes: 221,690 → 224,320 for page-r2-ay (tune-ay by class: a Japanese tutorial's quiet clone form, the brand
// only as a merchant another app lists, a lawsuit platform's participants' sign-in, a wizard step shown by the
// previous step's own button, a name written by a script from base64 or joined pieces, "… 입력합니다", a box for "the
// number received" read in the scorer so the content script's rows do not grow): content.js 35,160 unchanged,
// scanner.js 221,532 → 224,313 bytes measured on integ 80e275d1 and this branch.
// page-r2-ay merged (measured on the merge): content.js 35,160 and scanner.js 228,089 bytes.
// contentScriptBytes: 35,160 → 35,210 for rt45 (red team 45, sf: a sub-frame whose gate opened reports its first
// verdict even when it found nothing, so the background knows it has been judged, and the box's frame takes a claim
// "on its way" as unknown, +43 bytes): content.js 35,160 → 35,203 measured on main a3e2aaaa and this branch.
// rt45 merged (measured on the merge): content.js 35,203 and scanner.js 228,089 bytes.
// scannerBytes: 221,690 → 222,520 for ci47 (CI of 2026-12-07: on a page its own service worker answers, the pictures
// the picture reader asked the page for are asked again by the background, past the worker — red team 41's w2 handed
// the reader a blank; the bytes decoded into an ImageBitmap): scanner.js 221,685 → 222,515 bytes, content.js unchanged.
// ci47 merged (measured on the merge): content.js 35,160 and scanner.js 229,072 bytes.
// scannerBytes: 229,074 → 230,780 for page63 (honest pages, fourth round: a firm of no trade word whose name the host
// spells as the firm writes it — "G마켓" on gmarket, "컬리" on kurly, "네이버" on naver, "KT" on kt.com, "배민 로그인" on
// baemin, "이마트24" on emart24 — over its own sign-in, and a webmail's id box named for its host): scanner.js 229,072
// → 230,778 bytes measured on integ 31031157 and this branch; content.js unchanged (35,203).
// scannerBytes: 229,074 → 231,350 for page-r3-ba (tune-ba by class: a site's own top-bar sign-in, the brand once as a
// firm's partner or as the leak its check refuses, boxes in chat shorthand, a bare "Code" box after "we sent a code to
// your phone", keys kept from drawn divs and sent, a parcel page's personal 010 to call — all in the scorer):
// scanner.js 229,072 → 231,348 bytes measured on integ e37229cc and this branch; content.js unchanged (35,203).
// page-r3-ba merged (measured on the merge): content.js 35,160 and scanner.js 233,054 bytes.
// scannerBytes: 229,074 → 230,770 for page-r3-bb (tune-bb by class: a verifier's window naming the service under way,
// a wizard's nameless steps taken by tag, a relayed code named by its digits, the seller portal's boxes labelled by
// the words before them, a held-order notice heading, a gate's hidden heading, a service name half Latin half Hangul,
// placeholders copied from a data attribute): scanner.js 229,072 → 230,765 bytes measured on integ e37229cc and this
// branch; content.js unchanged (35,203).
// page-r3-bb merged (measured on the merge): content.js 35,160 and scanner.js 234,747 bytes.
// scannerBytes: 234,749 → 236,010 for page64 (honest pages, fifth round: a verifier's window naming the brand as
// "가맹점", in the errand after the requester's own name, or as a leak that does not touch the check, a school's or an
// employer's own people's number as its sign-in under a title of its own, a box that names itself in Hangul beside a
// line on the brand's API key — all in the scorer): scanner.js 234,562 → 236,003 bytes measured on main 1cee237d and
// this branch; content.js unchanged (35,203).
// scannerBytes: 234,749 → 235,825 for page-r4-bc (tune-bc by class: a quiz over a sample text, a public body's own
// form on .go.kr, a headline reporting a rush on the brand's desk, "2-step verification" as a check's words, a service
// word drawn in the mark's first colours, an English Bank/Account pair — all in the scorer): scanner.js 234,562 →
// 235,821 bytes measured on main 9189e96d and this branch; content.js unchanged (35,203).
// page64 and page-r4-bc merged (measured on the merge): content.js 35,203 and scanner.js 237,262 bytes.
// contentScriptBytes: 35,210 → 35,320 for ci49 (CI of 2026-12-07, spent-check 12's third look: a scorer request that
// goes unanswered in time while the injection is still on its way no longer ends the second chance's wait — the wait
// goes on to its cap, the typing held, and the scorer that comes late judges the page; before, the wait ended there,
// dropped the keys on a brand-like page and left the focus on the body, where the next key reached the page's window
// listener; +116 bytes: the slot's arrival promise, the request's "no answer" told from "refused", the late judgement):
// content.js 35,203 → 35,319 measured on main 1cee237d and this branch; scanner.js unchanged.
// scannerBytes: 234,749 → 235,020 for rt46 (red team 46: a tab's silent or claimless sibling frames brought the
// scorer at a sub-frame's ask and their pictures read before their verdict, sp and sq; the late looks read the drawn
// boxes again, dh): scanner.js 234,562 → 235,019 bytes measured on main 1cee237d and this branch; content.js 35,203 →
// 35,200 (the unasked scorer's arrival read in a sub-frame too: a check taken out).
// ci49 and rt46 merged (measured on the merge): content.js 35,316 and scanner.js 237,743 bytes.
// scannerBytes: 236,010 → 236,570 for page65 (honest pages, sixth round: a deal post's item line, the brand's tag,
// a price and free shipping, over a comment's login, weighed as a mention — dealListing): scanner.js 236,003 →
// 236,565 bytes measured on integ 1c847d3c and this branch; content.js unchanged (35,203).
// scannerBytes: 236,010 → 236,570 for page66 (the misses left, by class, second look: the brand's desk named in
// English as a heading, a service's drivers' login, a prize whose form asks who sends the money — all in the scorer):
// scanner.js 236,003 (page64's measure of integ 1c847d3c) → 236,568 bytes on this branch; content.js unchanged (35,203).
// page65 and page66 merged (measured on the merge): content.js 35,316 and scanner.js 238,870 bytes.
// scannerBytes: 234,749 → 237,625 for page-r4-bd (tune-bd by class: a drop-down's choices, a quoted call someone got,
// quoted scam texts under a warning, a comment's own password, a stock quote's heading, a developers' guide over its
// code, a title said again as the heading, a sign-in pair's masked box; a code "just received" by text for the
// brand's errand, a guarantee paid in points, char codes shifted by a constant — all in the scorer): scanner.js
// 234,562 (main 9189e96d, as 1cee237d measured it) → 237,621 bytes measured on this branch; content.js unchanged
// (35,203).
// page-r4-bd merged (measured on the merge): content.js 35,316 and scanner.js 241,929 bytes.
// scannerBytes: 236,010 → 237,360 for page67 (the second chance's box reader takes a unit's 동/호 box at its own words,
// as the scorer does, not at the lobby-code notice above it): scanner.js 237,262 → 237,352 bytes measured on integ
// d758e73c (already past the old budget there, from the rounds merged since page64) and this branch; content.js
// unchanged (35,203).
// scannerBytes: 241,931 → 243,200 for page-r5-be (tune-be's classes: a disabled fieldset's boxes, the brand as a scam's
// theme, an affiliate list's login in its own name, a prosecutors' office's short name): scanner.js 242,077 (integ
// 7cdd64ec, already past the old budget from the rounds merged since page-r4-bd) → 243,195 bytes; content.js
// unchanged (35,316).
// scannerBytes: 241,931 → 242,310 for page68 (the second chance leaves a password the scorer weighed as the page's own
// — a board's top-bar sign-in, an integration's API secret — and a key outside every box no longer warns for one):
// scanner.js 241,929 (integ 7cdd64ec) → 242,307 bytes measured on this branch; content.js unchanged (35,316).
// scannerBytes: 241,931 → 242,667 for page-r5-bf (tune-bf's false alarms by class: a school's 학번/교번 sign-in is its
// own, a disabled box takes no key at typing, a deal post's "(…원/와우 무료)" is a shipping term; and a sentence that
// has the reader hand over the brand's account, "쿠팡 계정 정보만 주시면", is brand-account-ask): scanner.js
// measured on this branch off integ 7cdd64ec; content.js unchanged (35,316).
// page68, page-r5-be and page-r5-bf merged (measured on the merge): content.js 35,316 and scanner.js 244,015 bytes.
// page70 (honest pages, seventh round: other countries' wallets beside the brand's pay — data in OTHER_SHOPS and the
// pay suffix read past in amongShops): scanner.js 243,610 (integ 05356459) → 243,774 bytes measured on this branch,
// within the budget, unchanged; content.js unchanged (35,316).
// scannerBytes: 244,017 → 246,100 for page-r6-bg (tune-bg's classes: a safety tip naming the brand as the one
// impersonated over a site's own sign-in, a roster of firms with their hours or dates, a drop-down whose only other
// choice is "Other", the brand's letters put apart — jamo run together, a syllable cut to its consonant, a letter as a
// mark — and a texted code renamed): scanner.js 243,610 (integ cc313aaf) → 246,099 bytes measured on this branch;
// content.js unchanged (35,316).
// page69, page70 and page-r6-bg merged (measured on the merge): content.js 35,316 and scanner.js 246,429 bytes.
// scannerBytes: 244,017 → 245,015 in the page-r6-bh round (author BH's classes: a newsletter's e-mail box, a suit's
// members' sign-in, a site named first in a two-piece title, an insurer's premium quote, an explainer's office line,
// a chat's "폰번호"; 243,610 → 245,002 bytes built on integ cc313aaf)
// page-r6-bh merged (measured on the merge): content.js 35,316 and scanner.js 247,821 bytes.
// contentScriptBytes: 35,320 → 35,410 for ci50 (CI flakes hunted: a key whose keydown reached the page before a wait
// began has its character's own events — its keypress, or its beforeinput when a check holds there — stopped by the
// wait; the hold kept only keydowns, so that character was lost for an honest user, "hunte2" for "hunter2" in htl. The
// hold now keeps it from whichever of them it stopped, and a Backspace's deletion too; +89 bytes): content.js 35,316
// → 35,405 measured on main 35ec2aad and this branch; scanner.js unchanged (244,016).
// ci50 merged (measured on the merge): content.js 35,405 and scanner.js 247,821 bytes.
// scannerBytes: 247,823 → 250,100 for page-r7-miss (tune-bi's and tune-bj's misses by class: a box that has the reader
// paste a text message whole, a human check that sends the reader to the Run box with no copying script, a parcel's
// fee named by the heading, a service's name with a Cyrillic letter in its Latin half, a "fraud alert" that is the
// reader's own charge, a run of one-character boxes read as one code box, a wallet to "verify" before a crypto gift):
// scanner.js 247,737 (integ 6e47c7c2) → 250,089 bytes measured on this branch; content.js unchanged (35,405).
// scannerBytes: 247,823 → 250,868 in the page-r7-fa round (the brand as the topic of a page with its own identity,
// not the party asking: a site's own sign-in whose name its title, top or box says and its host spells, a platform
// under its own name whose subject is the brand, a scam text quoted in the brand's voice — score.ts topicOnly,
// ownPlatform, quotedOnly, claimsForm; measured on this branch off integ 6e47c7c2, whose build is 247,737; content.js unchanged, 35,405)
// scannerBytes: 247,823 → 251,115 and contentScriptBytes: 35,410 → 35,510 for page-r7-bk (tune-bk's misses by class:
// a masked brand name — 쿠*이츠, 쿠○, C-PLAY, Rocket + errand words —, ID and bankbook photos asked in a LINE chat, a
// shop picker above a leak check's password, a keypad split from one string of keys, a flex order by nth-child; and
// in the normaliser the content script shares, three letters that are Latin to the eye, Ϲ ղ ք, folded before NFKC:
// the gate reads a brand spelt with them, +101 bytes): content.js 35,405 → 35,506 and scanner.js 247,821 → 251,113
// bytes measured on this branch off integ 0c807964.
// contentScriptBytes: 35,410 → 35,440 and scannerBytes: 247,823 → 248,260 for rt47 (under load: a sub-frame's ask for
// the tab's claim is an ask under way — the hold's wait goes on past its first cap until the answer comes, +31 bytes;
// the drawn boxes read at the reading's own pace until they say what they take, drawnWatcher, +518 bytes): content.js
// 35,405 → 35,436 and scanner.js 247,737 → 248,255 measured on this branch off integ 6e47c7c2.
// scannerBytes: 256,600 → 258,030 for page-r8-miss (tune-bk and tune-bl's misses by class: a box's label turned by a
// stylesheet's bidi override, a payment barcode's screenshot asked through a file box, a service's initial drawn only
// by a stylesheet, a task scam titled with a family word, the brand named only in a step's script-written text):
// scanner.js 256,596 → 258,027 bytes measured on this branch off integ ba422248; content.js unchanged (35,506).
// scannerBytes: 256,600 → 257,830 for page-r8-fa (a public body's own service on the government's hosts, gov.kr and
// .go.kr, and a residents' sign-in by unit, each naming the brand only as the cause in its sentences — score.ts
// bodyHostTopic, residentsOwn): scanner.js 256,596 → 257,828 bytes measured on this branch off integ ba422248;
// content.js unchanged (35,506).
// merged on integ (the six rounds): content.js 35,537, scanner.js 259,777 bytes.
// contentScriptBytes: 35,540 → 35,550 and scannerBytes: 259,780 → 262,360 for page-r9-miss (tune-bm and tune-bn's
// misses by class: the brand's short spellings C-pang and ㅋ팡 as page names in the brand lexicon, which the gate reads
// too, +13 bytes; a parcel's fee by any name, a message box pasted whole, a one-question-a-screen wizard, a config's
// form and labels kept as char codes read from the script, a body's name worn off the public hosts with an app file,
// an app file under a service's short name): content.js 35,537 → 35,550 and scanner.js 259,777 → 262,354 bytes
// measured on this branch off integ 0b360f4e.
// scannerBytes: 259,780 → 263,600 for page-r9-fa (the party asking is someone else and the brand only what it talks
// about: a sentence that warns, a receipt the reader attaches or a parcel's sender, the brand's own app for its
// business, a platform's boxes named for it, a body's banner sentence, a residents' app code, a member's reported ask
// — score.ts warnedOnly, boughtThere, sentToBrandApp, ownBoxPlatform, bodyHostTopic, residentsOwn, CHAT_VERB):
// scanner.js 259,777 → 263,598 bytes measured on this branch off integ 0b360f4e; content.js unchanged (35,537).
// merged on integ (page-r9-miss and page-r9-fa): content.js 35,550, scanner.js 266,175 bytes.
// scannerBytes: 266,180 → 266,600 for page-r10-fa (a platform's own sign-in named in its top bar, its main heading or
// its title before the caption, the brand only among the shops it serves — score.ts ownBoxPlatform): scanner.js
// 266,175 → 266,590 bytes measured on this branch off integ a3b68ba1; content.js unchanged (35,550).
// the session's final integ (page-r10-fa, then the topic readers' shared claim test, sentenceClaims): content.js 35,550,
// scanner.js 266,202 bytes; the topic readers' lure and title-and-top reads in one helper each: 265,534 bytes.
const TARGETS = { fixtureMedianMs: 1, largeMedianMs: 10, contentScriptBytes: 35_550, scannerBytes: 265_540 };

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
}

function time(fn: () => void, runs: number, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Reference work on the same DOM: visit every node and read every text node. */
function bareWalk(doc: Document): number {
  let n = 0;
  const visit = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c as Text).data.length;
      else if (c.nodeType === 1) visit(c);
    }
  };
  const roots = doc.childNodes;
  for (let i = 0; i < roots.length; i++) visit(roots[i]!);
  return n;
}

function countElements(doc: Document): number {
  let n = 0;
  const visit = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling)
      if (c.nodeType === 1) {
        n++;
        visit(c);
      }
  };
  // document.childNodes, not firstChild/nextSibling: linkedom's doctype has no nextSibling
  const roots = doc.childNodes;
  for (let i = 0; i < roots.length; i++) {
    if (roots[i]!.nodeType !== 1) continue;
    n++;
    visit(roots[i]!);
  }
  return n;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** scanPage inside headless Chromium on the same pages; null when no browser is available. */
async function inChromium(
  pages: { html: string; url: string }[],
  big: string,
  runs: number,
): Promise<BrowserFigures | null> {
  if (!existsSync(CHROMIUM)) return null;
  let chromium: typeof PlaywrightChromium;
  let build: typeof esbuildBuild;
  try {
    ({ chromium } = await import('playwright-core'));
    ({ build } = await import('esbuild'));
  } catch (e) {
    console.log('Chromium: cannot load playwright-core / esbuild:', String(e).split('\n')[0]);
    return null;
  }
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('lib/page/index.ts', ROOT))],
    bundle: true,
    format: 'iife',
    globalName: '__pageGuard',
    minify: true,
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
  });
  // the bundle starts with "use strict": its var would not become a global, so export it explicitly
  const code = `${bundle.outputFiles[0]!.text};globalThis.__pageGuard = __pageGuard;`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    const measure = async (html: string, url: string, batch: number, samples: number): Promise<number[]> => {
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      return page.evaluate(
        ({ url, batch, samples }) => {
          const g = (globalThis as unknown as { __pageGuard: { scanPage(d: Document, u: string): unknown } })
            .__pageGuard;
          for (let i = 0; i < 5; i++) g.scanPage(document, url);
          const out: number[] = [];
          for (let s = 0; s < samples; s++) {
            const t = performance.now();
            for (let i = 0; i < batch; i++) g.scanPage(document, url);
            out.push((performance.now() - t) / batch);
          }
          return out;
        },
        { url, batch, samples },
      );
    };
    const fx: number[] = [];
    for (const p of pages) fx.push(...(await measure(p.html, p.url, 20, Math.max(5, Math.round(runs / 5)))));
    const large = await measure(big, 'https://shop.example/', 1, Math.max(10, Math.round(runs / 2)));
    return { browser: `Chromium ${browser.version()}`, fixtures: stats(fx), large: stats(large) };
  } finally {
    await browser.close();
  }
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export default async function run(
  opts: { runs?: number; print?: boolean; browser?: boolean } = {},
): Promise<PageBenchResult> {
  const runs = opts.runs ?? 50;
  const print = opts.print ?? true;
  const manifest = JSON.parse(readFileSync(new URL('test/fixtures/pages/pages.json', ROOT), 'utf8')) as {
    pages: { file: string; url: string }[];
  };

  // fixtures
  const all: number[] = [];
  const walks: number[] = [];
  let slowest = { file: '', median: 0 };
  const perPage: { file: string; median: number; max: number }[] = [];
  const sources: { html: string; url: string }[] = [];
  for (const p of manifest.pages) {
    const html = readFileSync(new URL(`test/fixtures/pages/${p.file}`, ROOT), 'utf8');
    sources.push({ html, url: p.url });
    const doc = parse(html);
    const ts = time(() => scanPage(doc, p.url), runs);
    walks.push(...time(() => bareWalk(doc), runs));
    all.push(...ts);
    const s = stats(ts);
    perPage.push({ file: p.file, ...s });
    if (s.median > slowest.median) slowest = { file: p.file, median: s.median };
  }
  const fx = stats(all);

  // 10,000 elements
  const bigHtml = largePage();
  const bigDoc = parse(bigHtml);
  const elements = countElements(bigDoc);
  const bigRuns = Math.max(10, Math.round(runs / 2));
  const big = stats(time(() => scanPage(bigDoc, 'https://shop.example/'), bigRuns, 3));
  const bigWalk = stats(time(() => bareWalk(bigDoc), bigRuns, 3));
  const verdict = scanPage(bigDoc, 'https://shop.example/').verdict;

  const chromium =
    opts.browser === false
      ? null
      : await inChromium(sources, bigHtml, runs).catch((e: unknown) => {
          if (print) console.log(`Chromium run failed: ${String(e).split('\n')[0]}`);
          return null;
        });

  // content script size
  const csPath = new URL('.output/chrome-mv3/content-scripts/content.js', ROOT);
  const bytes = existsSync(csPath) ? statSync(csPath).size : null;
  const scPath = new URL('.output/chrome-mv3/scanner.js', ROOT);
  const scannerBytes = existsSync(scPath) ? statSync(scPath).size : null;

  const result: PageBenchResult = {
    fixtures: {
      pages: manifest.pages.length,
      median: fx.median,
      max: fx.max,
      slowest: slowest.file,
      baselineMedian: stats(walks).median,
    },
    large: { elements, median: big.median, max: big.max, baselineMedian: bigWalk.median, verdict },
    chromium,
    contentScript: { bytes, path: '.output/chrome-mv3/content-scripts/content.js' },
    scanner: { bytes: scannerBytes, path: '.output/chrome-mv3/scanner.js' },
    targets: TARGETS,
    pass: {
      fixtures: Math.min(fx.median, chromium?.fixtures.median ?? Infinity) <= TARGETS.fixtureMedianMs,
      large: Math.min(big.median, chromium?.large.median ?? Infinity) <= TARGETS.largeMedianMs,
      size:
        bytes === null || scannerBytes === null
          ? null
          : bytes <= TARGETS.contentScriptBytes && scannerBytes <= TARGETS.scannerBytes,
    },
  };

  if (print) {
    const ms = (x: number) => `${x.toFixed(3)} ms`;
    const ok = (b: boolean | null) => (b === null ? 'n/a' : b ? 'ok' : 'OVER');
    const load = loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
    console.log(
      `page guard, ${runs} runs per fixture (linkedom, Node ${process.versions.node}; ${cpus().length} CPUs, ` +
        `load average ${load}: other work on the machine inflates the times, the ratios hold better)`,
    );
    for (const p of perPage) console.log(`  ${p.file.padEnd(44)} median ${ms(p.median)}  max ${ms(p.max)}`);
    console.log(
      `fixtures (${result.fixtures.pages}): median ${ms(fx.median)}, max ${ms(fx.max)} (slowest ${slowest.file}); ` +
        `bare DOM walk median ${ms(result.fixtures.baselineMedian)}, ratio ${(fx.median / result.fixtures.baselineMedian).toFixed(1)}x; ` +
        `target ≤ ${TARGETS.fixtureMedianMs} ms: ${ok(result.pass.fixtures)}`,
    );
    console.log(
      `generated page (${elements.toLocaleString('en')} elements, ${bigRuns} runs): median ${ms(big.median)}, max ${ms(big.max)}, ` +
        `verdict ${verdict}; bare DOM walk median ${ms(bigWalk.median)}, ratio ${(big.median / bigWalk.median).toFixed(1)}x; ` +
        `target ≤ ${TARGETS.largeMedianMs} ms: ${ok(result.pass.large)}`,
    );
    if (chromium)
      console.log(
        `${chromium.browser} (content-script runtime): fixtures median ${ms(chromium.fixtures.median)}, ` +
          `max ${ms(chromium.fixtures.max)} (per batch of 20); generated page median ${ms(chromium.large.median)}, ` +
          `max ${ms(chromium.large.max)}`,
      );
    else console.log('Chromium: not measured (no browser, or --no-browser)');
    console.log(
      bytes === null
        ? `content script: not built (run npx wxt build)`
        : `content script: ${bytes.toLocaleString('en')} bytes (${(bytes / 1000).toFixed(2)} kB), target ≤ ${TARGETS.contentScriptBytes / 1000} kB; ` +
            `scorer (scanner.js, injected when the gate opens): ${(scannerBytes ?? NaN).toLocaleString('en')} bytes, ` +
            `target ≤ ${TARGETS.scannerBytes / 1000} kB: ${ok(result.pass.size)}`,
    );
  }
  return result;
}

const invokedDirectly = process.argv[1] ? import.meta.url === pathToFileURL(process.argv[1]).href : false;
if (invokedDirectly) {
  const i = process.argv.indexOf('--runs');
  const runs = i >= 0 ? Number(process.argv[i + 1]) : undefined;
  void run({ runs: runs && runs > 0 ? runs : undefined, browser: !process.argv.includes('--no-browser') });
}
