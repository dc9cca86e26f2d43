import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The page printed to A4 as Chromium prints it: page count and text. */
export async function printToPdf(page: Page) {
  const pdf = await page.pdf({ format: 'A4' });
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ');
  }
  return { pages: document.numPages, text: text.replace(/\s+/g, ' ') };
}
