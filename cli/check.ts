/**
 * `npm run --silent check -- [--json] [--stdin] [--no-blocklist] [URL ...]`
 * `npm run --silent check -- [--json] [--no-blocklist] --page FILE --url URL`
 * `npm run --silent check -- [--json] [--no-blocklist] --message FILE|-`
 *
 * Judges URLs or hosts with the domain guard (lib/domain), or a saved page with the page guard (lib/page) plus
 * the domain guard on its address. Exit 0 when every input was judged (an unjudgeable input is `invalid`, not an
 * error), 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bundledList } from '../lib/lists/bundled';
import { classify, compileLists, type CompiledLists } from '../lib/domain/index';
import { checkMessage } from '../lib/message/index';
import type { ListData } from '../lib/lists/schema';
import { formatLine, formatMessage, formatPageLine } from './format';
import { judgeSavedPage, judgeSavedPdf } from './page';

const USAGE = `Usage:
  npm run --silent check -- [--json] [--no-blocklist] URL...
  npm run --silent check -- [--json] [--no-blocklist] --stdin        (one URL or host per line)
  npm run --silent check -- [--json] [--no-blocklist] --page FILE --url URL
  npm run --silent check -- [--json] [--no-blocklist] --message FILE|-

Judges each URL or host name with Coupang Guard's domain guard: official, blocked, lookalike, unknown or
invalid, with the reasons. With --page, also reads the saved HTML page FILE as if it had been loaded from URL.

  --json          one JSON object per line, in input order
  --stdin         read the inputs from standard input, one per line (blank lines are skipped)
  --no-blocklist  ignore the known-bad list: judge with the engine alone
  --page FILE     a saved HTML page (or a PDF: its text) to judge with the page guard (needs --url)
  --url URL       the address the page was loaded from
  --message FILE  a text message, KakaoTalk message or e-mail (- for standard input): its links, phone numbers
                  and scam scripts; verdict scam, suspicious or clean. Links are judged, never opened.
  -h, --help      this text

Exit status: 0 when every input was judged (an unparsable input is judged "invalid"), 2 on a usage error.`;

interface Options {
  json: boolean;
  stdin: boolean;
  noBlocklist: boolean;
  page?: string;
  url?: string;
  message?: string;
  inputs: string[];
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  const o: Options = { json: false, stdin: false, noBlocklist: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--') {
      o.inputs.push(...argv.slice(i + 1));
      break;
    } else if (a === '-h' || a === '--help') return 'help';
    else if (a === '--json') o.json = true;
    else if (a === '--stdin') o.stdin = true;
    else if (a === '--no-blocklist') o.noBlocklist = true;
    else if (a === '--page') o.page = value();
    else if (a === '--url') o.url = value();
    else if (a === '--message') o.message = value();
    else if (a.startsWith('--message=')) o.message = a.slice(10);
    else if (a.startsWith('--page=')) o.page = a.slice(7);
    else if (a.startsWith('--url=')) o.url = a.slice(6);
    else if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${a}`);
    else o.inputs.push(a);
  }
  if (o.message !== undefined) {
    if (o.page !== undefined || o.url !== undefined || o.stdin || o.inputs.length > 0)
      throw new UsageError('--message judges one message: no other inputs');
  } else if (o.page !== undefined || o.url !== undefined) {
    if (o.page === undefined || o.url === undefined) throw new UsageError('--page and --url go together');
    if (o.stdin || o.inputs.length > 0) throw new UsageError('--page judges one page: no other inputs');
  } else if (!o.stdin && o.inputs.length === 0)
    throw new UsageError('nothing to check: give URLs, --stdin, --page or --message');
  return o;
}

/** Output in batches: a million lines through console.log would cost more than judging them. */
class Out {
  private buf: string[] = [];
  line(s: string): void {
    this.buf.push(s);
    if (this.buf.length >= 1000) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    process.stdout.write(this.buf.join('\n') + '\n');
    this.buf = [];
  }
}

function judge(input: string, lists: CompiledLists, o: Options, out: Out): void {
  const v = classify(input, lists);
  out.line(o.json ? JSON.stringify(v) : formatLine(v));
}

async function checkPage(file: string, url: string, lists: CompiledLists, o: Options, out: Out) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  // a PDF (by its first bytes): its text, as the extension reads a PDF the browser draws itself
  const { domain, result } = bytes.subarray(0, 1024).includes('%PDF-')
    ? await judgeSavedPdf(new Uint8Array(bytes), url, lists)
    : judgeSavedPage(bytes.toString('utf8'), url, lists);
  out.line(o.json ? JSON.stringify(result) : formatPageLine(domain, result.verdict, result.page));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function checkMessageInput(source: string, lists: CompiledLists, data: ListData, o: Options, out: Out) {
  let text: string;
  try {
    text = source === '-' ? await readAll(process.stdin) : readFileSync(source, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${source}: ${(e as Error).message}`);
  }
  const v = checkMessage(text, lists, data);
  out.line(o.json ? JSON.stringify(v) : formatMessage(v));
}

async function main(): Promise<number> {
  let o: Options;
  try {
    const parsed = parseArgs(process.argv.slice(2));
    if (parsed === 'help') {
      console.log(USAGE);
      return 0;
    }
    o = parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`check: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const data = o.noBlocklist ? { ...bundledList, blocked: [] } : bundledList;
  const lists = compileLists(data);
  const out = new Out();
  try {
    if (o.message !== undefined) await checkMessageInput(o.message, lists, data, o, out);
    if (o.page !== undefined && o.url !== undefined) await checkPage(o.page, o.url, lists, o, out);
    for (const input of o.inputs) judge(input, lists, o, out);
    if (o.stdin) {
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of rl) if (line.trim()) judge(line, lists, o, out);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out.flush();
    console.error(`check: ${e.message}`);
    return 2;
  }
  out.flush();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`check: ${(e as Error)?.stack ?? String(e)}`);
    process.exitCode = 1;
  },
);
