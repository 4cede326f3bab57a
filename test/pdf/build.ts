import { deflateSync } from 'node:zlib';

/**
 * Hand-built PDFs for the tests (unit tests of lib/pdf and the PDF e2e test): objects written one by one, no
 * generator, so each test says exactly what the file holds.
 */
/** A minimal PDF from object bodies (1-based numbers); a Buffer body is a stream's data. */
export function pdf(
  objects: Array<string | { dict: string; data: Buffer }>,
  trailer = '/Root 1 0 R',
): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1')];
  objects.forEach((o, i) => {
    if (typeof o === 'string') parts.push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    else {
      parts.push(Buffer.from(`${i + 1} 0 obj\n<<${o.dict} /Length ${o.data.length}>> stream\n`, 'latin1'));
      parts.push(o.data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  parts.push(Buffer.from(`trailer\n<<${trailer}>>\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
export const flate = (s: string | Buffer) => ({ dict: '/Filter /FlateDecode', data: deflateSync(s) });
const hex16 = (s: string) =>
  [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');

/** A one-page PDF whose font /F1 maps 2-byte codes 1, 2, 3 … to the characters of `alphabet` (ToUnicode). */
export function cidPdf(alphabet: string, content: string, title?: string): Uint8Array {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
${alphabet.length} beginbfchar
${[...alphabet].map((c, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${hex16(c)}>`).join('\n')}
endbfchar endcmap CMapName currentdict /CMap defineresource pop end end`;
  return pdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      flate(content),
      '<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 6 0 R >>',
      flate(cmap),
      `<< /Title <FEFF${hex16(title ?? '')}> >>`,
    ],
    '/Root 1 0 R /Info 7 0 R',
  );
}
export const codes = (alphabet: string, s: string) =>
  '<' + [...s].map((c) => (alphabet.indexOf(c) + 1).toString(16).padStart(4, '0')).join('') + '>';
