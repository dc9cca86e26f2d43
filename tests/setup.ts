import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach } from 'vitest';
import { useJourneyStore } from '#src/state/journey-store.ts';

// Routes load their code on demand; on a busy 2-core machine that took
// longer than the default 1 s wait, so findBy… failed by timing alone. A
// longer ceiling costs nothing when the page is quick.
configure({ asyncUtilTimeout: 5000 });

// Motion is decoration; jsdom has no layout, so skip it in unit tests.
MotionGlobalConfig.skipAnimations = true;

afterEach(() => {
  cleanup();
  useJourneyStore.setState(useJourneyStore.getInitialState(), true);
  localStorage.clear();
});

// jsdom has <dialog> but not its methods; the real behaviour is covered in
// the browser tests.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};
