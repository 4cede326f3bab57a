import { parseHTML } from 'linkedom';
import { classify, isOfficialHost, type CompiledLists } from '../lib/domain/index';
import { scanPage } from '../lib/page/index';
import { combine } from './format';

/**
 * `check --page`: a saved page judged as if loaded from `url`, by the domain guard and the page guard together.
 * Also used by the corpus tests, so the figures they assert are the figures the command line gives.
 */
export function judgeSavedPage(html: string, url: string, lists: CompiledLists) {
  const domain = classify(url, lists);
  const { document } = parseHTML(html);
  const page = scanPage(document as unknown as Document, url, {
    isOfficialHost: (h) => isOfficialHost(h, lists),
    parseHtml: (markup) => parseHTML(markup).document as unknown as Document,
  });
  const { verdict, reasons } = combine(domain, page);
  return { domain, result: { ...domain, verdict, reasons, page } };
}
