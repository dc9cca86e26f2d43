// Served by content-plugin.ts after it validated data/ against schema.ts.
declare module 'virtual:journey' {
  /** The content itself, in dev and tests only; undefined in a build. */
  export const inlineJourney: unknown;
  /** In a build, the address of the content file to fetch; '' otherwise. */
  export const journeyUrl: string;
  /** Built URL of each illustration, by illustration id. */
  export const illustrationUrls: Record<string, string>;
}

// Served by content-plugin.ts after it validated the unit profile
// (UNIT_PROFILE or data/unit-profile.json) against UnitProfileSchema.
declare module 'virtual:unit-profile' {
  import type { UnitProfile } from '#src/content/schema.ts';
  export const unitProfile: UnitProfile;
}
