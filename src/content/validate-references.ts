/**
 * The checks every collection gets from its row in `collections.ts`: ids
 * are unique, each reference names an item that exists, and each glossary
 * mark in any text names a known term.
 */
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type Reference,
} from './collections.ts';
import type { ContentIssue } from './content-issue.ts';
import { findGlossaryMarkProblems, listGlossaryMarks } from './markup.ts';
import type { CollectionName, Journey } from './schema.ts';
import { suggest } from './suggest.ts';

/** The file each collection was read from (a translation's, or English). */
export type CollectionFiles = Record<CollectionName, string>;

type JsonPath = (string | number)[];

/** The values at a path inside an item, each with its JSON path. */
function valuesAt(
  value: unknown,
  path: readonly string[],
  at: JsonPath,
): [unknown, JsonPath][] {
  const [head, ...rest] = path;
  if (head === undefined) return [[value, at]];
  if (head === '*') {
    return Array.isArray(value)
      ? value.flatMap((item, index) => valuesAt(item, rest, [...at, index]))
      : [];
  }
  if (value === null || typeof value !== 'object') return [];
  const field = (value as Record<string, unknown>)[head];
  return valuesAt(field, rest, [...at, head]);
}

/** Every id a reference holds in one item: one id, or each of a list. */
function idsAt(item: unknown, reference: Reference, at: JsonPath) {
  return valuesAt(item, reference.path, at).flatMap(
    ([value, path]): [string, JsonPath][] => {
      if (typeof value === 'string') return [[value, path]];
      if (!Array.isArray(value)) return [];
      return value.map((id, index) => [String(id), [...path, index]]);
    },
  );
}

/** Walks every string inside a value, with its path. */
function eachString(
  value: unknown,
  path: JsonPath,
  visit: (text: string, path: JsonPath) => void,
) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((item, index) => eachString(item, [...path, index], visit));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      eachString(item, [...path, key], visit);
}

export function checkReferences(journey: Journey, files: CollectionFiles) {
  const issues: ContentIssue[] = [];
  const ids = {} as Record<CollectionName, Set<string>>;

  for (const name of COLLECTION_NAMES) {
    const { idField, word } = COLLECTIONS[name];
    const seen = new Set<string>();
    journey[name].forEach((item, index) => {
      const id = item[idField];
      if (seen.has(id)) {
        issues.push({
          file: files[name],
          path: [name, index, idField],
          message: `duplicate ${word} id "${id}"`,
        });
      }
      seen.add(id);
    });
    ids[name] = seen;
  }

  for (const name of COLLECTION_NAMES) {
    journey[name].forEach((item, index) => {
      for (const reference of COLLECTIONS[name].references) {
        const known = ids[reference.to];
        for (const [id, path] of idsAt(item, reference, [index])) {
          if (known.has(id)) continue;
          issues.push({
            file: files[name],
            path: [name, ...path],
            message: `unknown ${COLLECTIONS[reference.to].word} "${id}"${suggest(id, known)}`,
          });
        }
      }
      eachString(item, [index], (text, path) => {
        for (const problem of findGlossaryMarkProblems(text)) {
          issues.push({
            file: files[name],
            path: [name, ...path],
            message: problem,
          });
        }
        for (const mark of listGlossaryMarks(text)) {
          if (ids.glossary.has(mark.termId)) continue;
          issues.push({
            file: files[name],
            path: [name, ...path],
            message: `marks unknown glossary term "${mark.termId}"${suggest(mark.termId, ids.glossary)}`,
          });
        }
      });
    });
  }

  return issues;
}
