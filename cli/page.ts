import { parseHTML } from 'linkedom';
import { classify, isOfficialHost, type CompiledLists } from '../lib/domain/index';
import { scanPage } from '../lib/page/index';
import { pdfText } from '../lib/pdf/extract';
import { fillPdfPage } from '../lib/pdf/page';
import { combine } from './format';

/**
 * `check --page`: a saved page judged as if loaded from `url`, by the domain guard and the page guard together.
 * Also used by the corpus tests, so the figures they assert are the figures the command line gives.
 */
export function judgeSavedPage(html: string, url: string, lists: CompiledLists) {
  return judgeDocument(parseHTML(html).document, url, lists);
}

function judgeDocument(
  document: ReturnType<typeof parseHTML>['document'],
  url: string,
  lists: CompiledLists,
) {
  const domain = classify(url, lists);
  const page = scanPage(document as unknown as Document, url, {
    isOfficialHost: (h) => isOfficialHost(h, lists),
    parseHtml: (markup) => parseHTML(markup).document as unknown as Document,
  });
  const { verdict, reasons } = combine(domain, page);
  return { domain, result: { ...domain, verdict, reasons, page } };
}

/**
 * `check --page FILE.pdf`: a PDF's text (lib/pdf) judged as the page at `url`, as the extension does with a PDF the
 * browser draws itself (red team 34, class B). A PDF with no text is judged as an empty page.
 */
export async function judgeSavedPdf(bytes: Uint8Array, url: string, lists: CompiledLists) {
  const pdf = (await pdfText(bytes)) ?? { title: '', text: '' };
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
  fillPdfPage(document as unknown as Document, pdf);
  return judgeDocument(document, url, lists);
}
