/**
 * Holds the content once it is available. A build ships the content as its
 * own JSON file (it is larger than all the code), fetched by main.tsx before
 * the app starts; dev and tests get it inline.
 */
import { inlineJourney, journeyUrl } from 'virtual:journey';
import type { Journey } from './schema.ts';

// content-plugin.ts parsed this with JourneySchema at build time, so the
// type holds; repeating the parse here would ship zod to the browser.
let installed = inlineJourney as Journey | undefined;

export function getInstalledJourney(): Journey {
  if (!installed) throw new Error('The content has not been loaded yet.');
  return installed;
}

/** Fetches the content file of a build; resolves at once in dev and tests. */
export async function loadJourney() {
  if (installed) return;
  const response = await fetch(journeyUrl);
  if (!response.ok) throw new Error(`Content file answered ${response.status}`);
  installed = (await response.json()) as Journey;
}
