import type { PdfText } from './extract';

/**
 * A PDF's text as a page the page guard can read (red team 34, class B): the /Title as the document's title and
 * each shown line as a paragraph of the body, set as text only (the PDF's words are untrusted). `doc` is a fresh,
 * empty HTML document of the caller's DOM (the content script's, the background page's, linkedom's in the CLI).
 */
export function fillPdfPage(doc: Document, pdf: PdfText): Document {
  doc.title = pdf.title;
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  for (const line of pdf.text.split('\n')) {
    if (!line.trim()) continue;
    body.appendChild(doc.createElement('p')).textContent = line;
  }
  return doc;
}
