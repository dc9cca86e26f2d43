// Served by src/build/content-plugin.ts after it validated data/ against
// schema.ts.
declare module 'virtual:journey' {
  import type { Locale } from '#src/content/schema.ts';
  /** data/locales.json: the source language first. */
  export const locales: Locale[];
  /** Every language's content, in dev and tests only; undefined in a build. */
  export const inlineBundles: Record<string, unknown> | undefined;
  /** In a build, the address of each language's content file, by code. */
  export const bundleUrls: Record<string, string>;
  /** Built URL of each illustration, by file name. */
  export const illustrationUrls: Record<string, string>;
  /** Drawn size of each illustration (from its viewBox), by file name. */
  export const illustrationSizes: Record<
    string,
    { width: number; height: number }
  >;
}

// Served by src/build/content-plugin.ts after it validated the unit profile
// (UNIT_PROFILE or data/unit-profile.json) against UnitProfileSchema.
declare module 'virtual:unit-profile' {
  import type { UnitProfile } from '#src/content/schema.ts';
  export const unitProfile: UnitProfile;
}
