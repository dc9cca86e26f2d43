/**
 * The words to read aloud, taken from the page as the reader sees it: the
 * wording (adult, child or neutral) and the sections they opened are already there.
 */

/** Text in these is not read: it is hidden, or it is not the content. */
const UNREAD = [
  '[hidden]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  // The marked word is read; its definition (a sheet, once asked for) not.
  '.glossary-definition',
  '.glossary-sheet',
  'dialog',
  '.listen',
  'script',
  'style',
  'template',
  'svg',
  'img',
  'input',
  'select',
  'textarea',
  'progress',
].join(',');

/** Elements that end a spoken block (a short pause before the next). */
const BLOCKS = new Set([
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

function isUnread(element: Element) {
  if (element.matches(UNREAD)) return true;
  // A control's own label ("Close", "Tick") is not content; a section's
  // heading (a disclosure button) and a glossary word are.
  if (element.matches('button, [role="button"]'))
    return (
      !element.classList.contains('glossary-term') &&
      !element.closest('h1, h2, h3, h4, h5, h6')
    );
  // A closed section is not read, not even its heading.
  return (
    element.classList.contains('disclosure') &&
    element.querySelector(':scope > .disclosure-panel[hidden]') !== null
  );
}

/**
 * The text of an element as blocks in reading order, leaving out what the
 * reader does not see and what `isSkipped` names.
 */
export function textBlocks(
  root: Element,
  isSkipped: (element: Element) => boolean = () => false,
): string[] {
  const blocks: string[] = [];
  let text = '';
  const flush = () => {
    const block = text.replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    text = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (isUnread(element) || isSkipped(element)) return;
    if (element.tagName === 'BR') {
      text += ' ';
      return;
    }
    const isBlock = BLOCKS.has(element.tagName);
    if (isBlock) flush();
    element.childNodes.forEach(visit);
    if (isBlock) flush();
  };
  // The container itself may be a dialog (a panel): only what is inside it
  // is judged.
  root.childNodes.forEach(visit);
  flush();
  return blocks;
}

/** A step: its title, summary and open sections. */
export function readStepAloud(controls: Element) {
  const step = controls.closest('article');
  if (!step) return [];
  return ['h1', '.step-summary', '.step-sections'].flatMap((selector) => {
    const part = step.querySelector(selector);
    return part ? textBlocks(part) : [];
  });
}

/** A detail panel: its heading and text, without its list of sources. */
export function readPanelAloud(controls: Element) {
  const panel = controls.closest('dialog');
  if (!panel) return [];
  return textBlocks(
    panel,
    (element) =>
      element.classList.contains('panel-section') &&
      element.querySelector('.source-list') !== null,
  );
}

/** A paragraph that is only a link leads elsewhere; it is not the text. */
function isLinkOnly(element: Element) {
  const link = element.firstElementChild;
  return (
    element.tagName === 'P' &&
    element.childElementCount === 1 &&
    link?.tagName === 'A' &&
    element.textContent.trim() === link.textContent.trim()
  );
}

/** A care topic: its title, summary and text. */
export function readCareTopicAloud(controls: Element) {
  const topic = controls.closest('article');
  if (!topic) return [];
  return textBlocks(
    topic,
    (element) =>
      element.matches('.care-topic-time, .disclosure, .reviewed') ||
      isLinkOnly(element),
  );
}
