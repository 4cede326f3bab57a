/**
 * The public suffix of a host, by the Public Suffix List exactly as tldts ships it: its own packed trie (the typed
 * arrays tldts looks up itself), read once at load into a hash table keyed by (node, label). tldts finds each label
 * by a binary search over the node's edges (about 11 steps at the root, 9 under `com`), walks the host twice (the
 * exception rules, then the rules) and allocates an options object per call; here the two walks share one pass and
 * each label costs one probe of a 16 kB bit set, and of the table only when the bit is set. A host the domain guard
 * has scanned already (classify.ts) brings each label's code, so the walk reads no character of a short label.
 *
 * The answer is tldts's for every string: `publicSuffix(host, true)` is
 * `getPublicSuffix(host, { allowPrivateDomains: true, extractHostname: false, validateHostname: false, detectIp:
 * false, mixedInputs: false })` and `publicSuffix(host, false)` the same without private rules
 * (test/domain/suffix.test.ts compares them on every rule of the trie and on the popular lists). If tldts changes
 * how it stores the trie, that test fails rather than this module drifting.
 */
import {
  edgeChild,
  edgeLength,
  edgeStart,
  exceptionsRoot,
  labelText,
  nodeFlags,
  rulesRoot,
} from 'tldts/dist/es6/src/data/trie.js';

/**
 * A label's code: its last four characters, seven bits each (`(code << 7 | c & 127) & CODE_MASK` character by
 * character). Two ASCII labels of the same length up to four have the same code only if they are the same label.
 */
export const CODE_MASK = 0xfffffff;
/** The longest label whose code is the label itself (when it is ASCII). */
const CODE_WHOLE = 4;

function labelCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = Math.max(start, end - CODE_WHOLE); i < end; i++)
    code = (code << 7) | (text.charCodeAt(i) & 127);
  return code;
}

const EDGES = edgeLength.length;
/** Where each edge's label starts in labelText (edges are stored node by node, labels back to back). */
const edgeOffset = new Int32Array(EDGES);
const edgeParent = new Int32Array(EDGES);
/** 1 for an edge whose label is ASCII and up to four characters long: its code then says which label it is. */
const edgeAscii = new Uint8Array(EDGES);
/** Each node's `*` edge, or -1. */
const wildcardEdge = new Int32Array(nodeFlags.length).fill(-1);

/** The table's key of (node, label length, label code): given node and length, the key gives back the code. */
const keyOf = (node: number, len: number, code: number): number =>
  code ^ Math.imul(node + 1, 0x9e3779b1) ^ Math.imul(len, 0x7feb352d);

// Open addressing, at most two thirds full (the bit set below turns most misses away before they probe it):
// [key, edge + 1] per slot, 0 for an empty slot; 128 kB for tldts 7.6's 10,501 edges.
const BITS = 32 - Math.clz32(Math.ceil(EDGES * 1.5) - 1);
const MASK = (1 << BITS) - 1;
const slotOf = (key: number): number => Math.imul(key, 0x85ebca6b) >>> (32 - BITS);
const slots = new Int32Array(2 << BITS);
/**
 * One bit per key hash, set for every edge: most labels looked up are no rule (`example` under `com`), and this 16 kB
 * bit set, which stays in the processor's nearest cache, says so without a probe into the table.
 */
const FILTER_BITS = 17;
const filter = new Int32Array(1 << (FILTER_BITS - 5));
const filterBit = (key: number): number => Math.imul(key, 0xcc9e2d51) >>> (32 - FILTER_BITS);

/** 1 for a node whose edges are in the tables: a node's edges go in when a walk first reaches it. */
const nodeBuilt = new Uint8Array(nodeFlags.length);

/** Each edge's label code, once its node is built. */
const edgeCode = new Int32Array(EDGES);

/**
 * Puts `node`'s edges into the tables (most hosts reach the root and a few top-level domains' nodes only). It runs
 * once per node, before the engine is warm: written with as few calls as it can be (labelCode, keyOf, filterBit and
 * slotOf by hand).
 */
function buildNode(node: number): void {
  nodeBuilt[node] = 1;
  const salt = Math.imul(node + 1, 0x9e3779b1);
  for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge++) {
    const len = edgeLength[edge]!;
    const offset = edgeOffset[edge]!;
    edgeParent[edge] = node;
    let code = 0;
    let high = 0;
    for (let i = Math.max(offset, offset + len - CODE_WHOLE); i < offset + len; i++) {
      const c = labelText.charCodeAt(i);
      high |= c;
      code = (code << 7) | (c & 127);
    }
    edgeCode[edge] = code;
    edgeAscii[edge] = len <= CODE_WHOLE && high < 128 ? 1 : 0;
    if (len === 1 && high === 42) wildcardEdge[node] = edge;
    const key = code ^ salt ^ Math.imul(len, 0x7feb352d);
    const f = Math.imul(key, 0xcc9e2d51) >>> (32 - FILTER_BITS);
    filter[f >>> 5]! |= 1 << (f & 31);
    let s = Math.imul(key, 0x85ebca6b) >>> (32 - BITS);
    while (slots[2 * s + 1] !== 0) s = (s + 1) & MASK;
    slots[2 * s] = key;
    slots[2 * s + 1] = edge + 1;
  }
}

/**
 * The edge from `node` labelled host[start, start + len) (whose code is `code`), or -1. With `ascii` the caller
 * knows the label is ASCII, so a short one is known by its code without reading it again.
 */
function findEdge(
  node: number,
  code: number,
  host: string,
  start: number,
  len: number,
  ascii: boolean,
): number {
  if (nodeBuilt[node] === 0) buildNode(node);
  const key = keyOf(node, len, code);
  const f = filterBit(key);
  if ((filter[f >>> 5]! & (1 << (f & 31))) === 0) return -1;
  for (let s = slotOf(key); ; s = (s + 1) & MASK) {
    const e = slots[2 * s + 1]!;
    if (e === 0) return -1;
    if (slots[2 * s] !== key) continue;
    const edge = e - 1;
    if (edgeParent[edge] !== node || edgeLength[edge] !== len) continue;
    if (ascii && len <= CODE_WHOLE && edgeAscii[edge] === 1) return edge;
    const offset = edgeOffset[edge]!;
    let i = 0;
    while (i < len && labelText.charCodeAt(offset + i) === host.charCodeAt(start + i)) i++;
    if (i === len) return edge;
  }
}

/** The node one label further down from `node` (exact label first, then `*` for a non-empty label), or -1. */
function step(node: number, code: number, host: string, start: number, len: number, ascii: boolean): number {
  let edge = findEdge(node, code, host, start, len, ascii);
  if (edge === -1 && len !== 0) edge = wildcardEdge[node]!;
  return edge === -1 ? -1 : edgeChild[edge]!;
}

/**
 * For each top-level edge of the rules: where the same label leads from the exceptions' root (-1: nowhere), so a
 * host's top-level label costs one probe for both walks (only a few top-level domains have exception rules).
 */
const exceptionOf = new Int32Array(EDGES).fill(-1);

/**
 * The top-level labels that are ASCII and up to four characters long (com, net, kr, shop ...: whole in their code),
 * each in one slot of a small table of their own: [length << 28 | code, rule node | (exception node + 1) << 16].
 * A plain host's top-level label then costs one read of a few cache lines the common ones share.
 */
const TLD_BITS = 12;
const TLD_MASK = (1 << TLD_BITS) - 1;
const tlds = new Int32Array(2 << TLD_BITS);
const tldSlot = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - TLD_BITS);

let built = false;
/**
 * Built on the first look-up (a worker woken for anything else does not pay it): where each label starts, the
 * exception nodes of the top-level labels, the table of short top-level labels.
 */
function build(): void {
  built = true;
  for (let edge = 0, offset = 0; edge < EDGES; edge++) {
    edgeOffset[edge] = offset;
    offset += edgeLength[edge]!;
  }
  buildNode(rulesRoot);
  buildNode(exceptionsRoot);
  // a top-level label's node among the exceptions: its own edge there (few top-level domains have one), else the
  // exceptions' `*` if they had one
  const wild = wildcardEdge[exceptionsRoot]!;
  exceptionOf.fill(wild === -1 ? -1 : edgeChild[wild]!, edgeStart[rulesRoot]!, edgeStart[rulesRoot + 1]!);
  for (let e = edgeStart[exceptionsRoot]!; e < edgeStart[exceptionsRoot + 1]!; e++) {
    const len = edgeLength[e]!;
    const edge = findEdge(rulesRoot, edgeCode[e]!, labelText, edgeOffset[e]!, len, false);
    if (edge !== -1) exceptionOf[edge] = edgeChild[e]!;
  }
  for (let edge = edgeStart[rulesRoot]!; edge < edgeStart[rulesRoot + 1]!; edge++) {
    const len = edgeLength[edge]!;
    // (node numbers are kept in 16 bits: were tldts's trie ever larger, its labels simply go by findEdge)
    if (len > CODE_WHOLE || edgeAscii[edge] !== 1 || nodeFlags.length > 0xfffe) continue;
    const key = (len << 28) | edgeCode[edge]!;
    let s = tldSlot(key);
    while (tlds[2 * s] !== 0) s = (s + 1) & TLD_MASK;
    tlds[2 * s] = key;
    tlds[2 * s + 1] = edgeChild[edge]! | ((exceptionOf[edge]! + 1) << 16);
  }
}

// The walk's state, label by label from the right (both walks at once, until neither can go further).
let ex = -1;
let rule = -1;
/** where the label after the deepest exception ends (-1: none yet) */
let exceptionEnd = -1;
/** where the deepest rule starts (-1: none yet) */
let ruleStart = -1;

/** A short ASCII top-level label by its code (tlds): sets the walk's nodes and says true if it is one. */
function topByCode(len: number, code: number): boolean {
  const key = (len << 28) | code;
  let s = tldSlot(key);
  while (tlds[2 * s] !== key) {
    if (tlds[2 * s] === 0) return false;
    s = (s + 1) & TLD_MASK;
  }
  const nodes = tlds[2 * s + 1]!;
  rule = nodes & 0xffff;
  ex = (nodes >>> 16) - 1;
  return true;
}

/** One label of the walk: host[start, start + len), `top` for the top-level label. */
function walkLabel(
  host: string,
  start: number,
  len: number,
  code: number,
  ascii: boolean,
  top: boolean,
  mask: number,
): void {
  if (!top) {
    if (ex !== -1) ex = step(ex, code, host, start, len, ascii);
    if (rule !== -1) rule = step(rule, code, host, start, len, ascii);
  } else if (!(ascii && len <= CODE_WHOLE && topByCode(len, code))) {
    // one probe in the rules; the exceptions' node from exceptionOf
    const edge = findEdge(rulesRoot, code, host, start, len, ascii);
    if (edge !== -1) {
      rule = edgeChild[edge]!;
      ex = exceptionOf[edge]!;
    } else {
      rule = step(rulesRoot, code, host, start, len, ascii);
      ex = step(exceptionsRoot, code, host, start, len, ascii);
    }
  }
  // an exception rule (`!www.ck`) makes the label after the excepted one the suffix
  if (ex !== -1 && (nodeFlags[ex]! & mask) !== 0) exceptionEnd = start + len;
  if (rule !== -1 && (nodeFlags[rule]! & mask) !== 0) ruleStart = start;
}

/** tldts's shortcut for the ICANN rules alone: these five TLDs and `de` have no deeper ICANN rule. */
function icannFastPath(host: string, end: number): number {
  if (end <= 3) return -1;
  const c3 = host.charCodeAt(end - 1);
  const c2 = host.charCodeAt(end - 2);
  const c1 = host.charCodeAt(end - 3);
  if (host.charCodeAt(end - 4) === 46) {
    if (
      (c3 === 109 && c2 === 111 && c1 === 99) || // com
      (c3 === 103 && c2 === 114 && c1 === 111) || // org
      (c3 === 117 && c2 === 100 && c1 === 101) || // edu
      (c3 === 118 && c2 === 111 && c1 === 103) || // gov
      (c3 === 116 && c2 === 101 && c1 === 110) // net
    )
      return end - 3;
  }
  return c3 === 101 && c2 === 100 && c1 === 46 ? end - 2 : -1; // de
}

/** Where the host ends once trailing dots are dropped (as tldts reads it; one dot alone stays). */
export function suffixEnd(host: string): number {
  let end = host.length;
  while (end > 1 && host.charCodeAt(end - 1) === 46) end--;
  return end;
}

/**
 * Where the public suffix of `host` starts: `host.slice(at, suffixEnd(host))` is the suffix. With `privateRules`,
 * platforms' suffixes count too (github.io, netlify.app); without, only ICANN's (io, app).
 */
export function publicSuffixStart(host: string, privateRules: boolean): number {
  if (!built) build();
  const end = suffixEnd(host);
  if (!privateRules) {
    const fast = icannFastPath(host, end);
    if (fast !== -1) return fast;
  }
  const mask = privateRules ? 3 : 1;
  exceptionEnd = ruleStart = -1;
  let labelEnd = end;
  for (let i = end - 1; i >= -1; i--) {
    if (i !== -1 && host.charCodeAt(i) !== 46) continue;
    const start = i + 1;
    walkLabel(host, start, labelEnd - start, labelCode(host, start, labelEnd), false, labelEnd === end, mask);
    if (ex === -1 && rule === -1) break;
    labelEnd = i;
  }
  if (exceptionEnd !== -1) return exceptionEnd + 1;
  if (ruleStart !== -1) return ruleStart;
  // no rule: the last label (the list's implicit `*`)
  return end > 0 ? host.lastIndexOf('.', end - 1) + 1 : 0;
}

/**
 * publicSuffixStart(host, true) for a host already split into labels: `n` labels, label k starting at starts[k]
 * (starts[n] one past the host's end), every label non-empty and ASCII, codes[k] its code (CODE_MASK).
 */
export function scannedSuffixStart(host: string, n: number, starts: Int32Array, codes: Int32Array): number {
  if (!built) build();
  exceptionEnd = ruleStart = -1;
  for (let k = n - 1; k >= 0; k--) {
    const start = starts[k]!;
    walkLabel(host, start, starts[k + 1]! - 1 - start, codes[k]!, true, k === n - 1, 3);
    if (ex === -1 && rule === -1) break;
  }
  if (exceptionEnd !== -1) return exceptionEnd + 1;
  if (ruleStart !== -1) return ruleStart;
  return starts[n - 1]!;
}

/** The public suffix of `host` (see publicSuffixStart). */
export function publicSuffix(host: string, privateRules: boolean): string {
  return host.slice(publicSuffixStart(host, privateRules), suffixEnd(host));
}
