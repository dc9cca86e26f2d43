/**
 * The small text markup used in data/ prose.
 *
 * - A blank line starts a new paragraph.
 * - Lines that start with "- " form a bulleted list.
 * - `[[term-id]]` marks a glossary term and shows the term's name;
 *   `[[term-id|words]]` shows other words for the same term.
 *
 * Shared by the build-time validator and the renderer, so it must stay free
 * of heavy dependencies.
 */

const MARK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'term'; termId: string; text: string | undefined };

export type Block =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Splits one line of prose into plain text and glossary marks. */
export function parseInline(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last)
      parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({
      kind: 'term',
      termId: match[1]!.trim(),
      text: match[2]?.trim() || undefined,
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * Splits prose into paragraphs and bulleted lists. A list may follow its
 * lead-in line directly ("Call if you have:" then "- a fever").
 */
export function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length > 0)
        blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      if (items.length > 0) blocks.push({ kind: 'list', items });
      paragraph = [];
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        if (paragraph.length > 0) flush();
        items.push(line.slice(2));
      } else {
        if (items.length > 0) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** Every glossary mark in a text. */
export function listGlossaryMarks(text: string) {
  return parseInline(text).filter(
    (part): part is Extract<TextPart, { kind: 'term' }> => part.kind === 'term',
  );
}

/** Problems with the mark syntax itself, such as an unclosed `[[`. */
export function findGlossaryMarkProblems(text: string) {
  const problems: string[] = [];
  for (const mark of listGlossaryMarks(text)) {
    if (mark.termId === '')
      problems.push('has a glossary mark with no term id: "[[]]"');
  }
  const leftover = text.replace(MARK, '');
  if (leftover.includes('[[') || leftover.includes(']]')) {
    problems.push(
      'has an unbalanced glossary mark: write [[term-id]] or [[term-id|shown words]]',
    );
  }
  return problems;
}

/** The words a reader sees, with the marks taken out (for readability and search). */
export function toPlainText(
  text: string,
  termName: (termId: string) => string,
) {
  return parseInline(text)
    .map((part) =>
      part.kind === 'text' ? part.text : (part.text ?? termName(part.termId)),
    )
    .join('')
    .replace(/^- /gm, '');
}
