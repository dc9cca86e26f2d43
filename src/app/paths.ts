/** Every URL of the app, with its pattern and a builder for links. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  step: {
    path: '/steps/:stepId',
    getHref: (stepId: string) => `/steps/${stepId}`,
  },
  glossary: {
    path: '/glossary',
    getHref: (termId?: string) =>
      termId ? `/glossary#term-${termId}` : '/glossary',
  },
  about: { path: '/about', getHref: () => '/about' },
} as const;
