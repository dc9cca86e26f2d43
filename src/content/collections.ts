/**
 * Every content collection in one table: its data file, its schema, its id
 * field, the fields that name items of other collections, and the detail
 * panel it opens. Validation, translation parity and the reader-text list
 * read this table, so a new collection or reference is declared once here.
 *
 * Build-side only: it holds zod schemas. Browser code reads the panel kinds
 * from the zod-free `panel-kinds.ts`.
 */
import type { z } from 'zod';
import type { PanelKind } from './panel-kinds.ts';
import {
  COLLECTION_FILES,
  CollectionSchemas,
  SHARED_COLLECTIONS,
  type CollectionName,
} from './schema.ts';

/**
 * A field of an item that holds the id (or list of ids) of an item in the
 * collection `to`. `*` in the path stands for every entry of a list.
 */
export type Reference = { path: readonly string[]; to: CollectionName };

export type CollectionEntry = {
  /** The English file; a translation's sits in data/locales/<code>/. */
  file: string;
  /** The whole file: a list of items. */
  schema: z.ZodArray;
  /** The field that identifies an item; it is also its URL slug. */
  idField: 'id';
  /** What one item is called in build messages: `unknown phase "x"`. */
  word: string;
  references: readonly Reference[];
  /** False for collections every language shares (the cited sources). */
  isTranslated: boolean;
  /** The detail panel an item opens, if any (see panel-kinds.ts). */
  panelKind?: PanelKind;
};

const CITES: Reference = { path: ['sourceIds'], to: 'sources' };

function entry(
  name: CollectionName,
  fields: Pick<CollectionEntry, 'word' | 'references' | 'panelKind'>,
): CollectionEntry {
  return {
    file: COLLECTION_FILES[name],
    schema: CollectionSchemas[name],
    idField: 'id',
    isTranslated: !(SHARED_COLLECTIONS as readonly string[]).includes(name),
    ...fields,
  };
}

/**
 * In the order the files are checked. File names and schemas are declared
 * in schema.ts, which the content plugin reads them from; here they are
 * joined with what only the checks need.
 */
export const COLLECTIONS: Record<CollectionName, CollectionEntry> = {
  sources: entry('sources', { word: 'source', references: [] }),
  glossary: entry('glossary', { word: 'glossary term', references: [CITES] }),
  illustrations: entry('illustrations', {
    word: 'illustration',
    references: [CITES],
  }),
  modalities: entry('modalities', {
    word: 'modality',
    references: [CITES],
    panelKind: 'modality',
  }),
  medicines: entry('medicines', {
    word: 'medicine',
    references: [{ path: ['modalityIds'], to: 'modalities' }, CITES],
    panelKind: 'medicine',
  }),
  tests: entry('tests', {
    word: 'test',
    references: [CITES],
    panelKind: 'test',
  }),
  phases: entry('phases', {
    word: 'phase',
    references: [{ path: ['branchesFrom'], to: 'phases' }, CITES],
  }),
  questions: entry('questions', {
    word: 'question',
    references: [{ path: ['phaseId'], to: 'phases' }, CITES],
  }),
  tracks: entry('tracks', {
    word: 'track',
    references: [
      { path: ['segments', '*', 'phaseId'], to: 'phases' },
      { path: ['segments', '*', 'modalityIds'], to: 'modalities' },
      { path: ['segments', '*', 'medicineIds'], to: 'medicines' },
      CITES,
    ],
  }),
  warningSets: entry('warningSets', {
    word: 'warning set',
    references: [
      { path: ['medicineIds'], to: 'medicines' },
      { path: ['signs', '*', 'sourceIds'], to: 'sources' },
      { path: ['advice', '*', 'sourceIds'], to: 'sources' },
    ],
  }),
  steps: entry('steps', {
    word: 'step',
    references: [
      { path: ['phaseId'], to: 'phases' },
      { path: ['modalityIds'], to: 'modalities' },
      { path: ['testIds'], to: 'tests' },
      { path: ['medicineIds'], to: 'medicines' },
      { path: ['questionIds'], to: 'questions' },
      { path: ['illustrationIds'], to: 'illustrations' },
      { path: ['warningSetIds'], to: 'warningSets' },
      CITES,
    ],
  }),
  careTopics: entry('careTopics', {
    word: 'care topic',
    references: [{ path: ['warningSetIds'], to: 'warningSets' }, CITES],
  }),
  teachBack: entry('teachBack', {
    word: 'teach-back prompt',
    references: [
      { path: ['phaseId'], to: 'phases' },
      { path: ['stepIds'], to: 'steps' },
      CITES,
    ],
  }),
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
