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
  whenToCall: { path: '/when-to-call', getHref: () => '/when-to-call' },
  care: { path: '/care', getHref: () => '/care' },
  careTopic: {
    path: '/care/:topicId',
    getHref: (topicId: string) => `/care/${topicId}`,
  },
  // Bedside mode for nurses: its state lives in the query, never in storage.
  presentStart: { path: '/present', getHref: () => '/present' },
  present: {
    path: '/present/:stepId',
    getHref: (stepId: string, search = '') =>
      `/present/${stepId}${search ? `?${search}` : ''}`,
  },
  // "What we covered today": a bedside session's recap on the family's phone.
  recap: { path: '/recap', getHref: () => '/recap' },
  myJourney: { path: '/my-journey', getHref: () => '/my-journey' },
  handout: {
    path: '/my-journey/handout',
    getHref: () => '/my-journey/handout',
  },
} as const;
