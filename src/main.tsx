import { loadLocale } from './content/journey-data.ts';
import {
  applyDocumentLanguage,
  basenameOf,
  browserLocale,
  findLocale,
  pathInLocale,
  splitLocalePath,
} from './content/locale-path.ts';
import type { Locale } from './content/schema.ts';
import { getRememberedLanguage } from './state/language-preference.ts';
import { withRetries } from './app/retry.ts';
import './styles/global.css';

const root = document.getElementById('root')!;

/**
 * Tells the reader, in their language, that the guide could not load. A
 * prerendered page keeps its text, still worth reading: the message goes
 * above it. Any other page has nothing to show but the message.
 */
function showLoadError(words: Locale['loadError']) {
  // Plain DOM: React and the app may be what failed to load.
  const copy = root.hasAttribute('data-prerendered')
    ? root.querySelector('main')
    : null;
  const title = make(copy ? 'strong' : 'h1', {}, words.title);
  const text = make('p', {}, words.text);
  const button = make(
    'button',
    { class: 'button button-primary', type: 'button' },
    words.button,
  );
  button.addEventListener('click', () => location.reload());
  if (copy) {
    copy.prepend(
      make(
        'div',
        { class: 'load-error-notice', role: 'alert' },
        make('p', {}, title),
        text,
        button,
      ),
    );
  } else {
    root.replaceChildren(
      make(
        'main',
        { id: 'main', class: 'site-main page-narrow', role: 'alert' },
        title,
        text,
        make('p', {}, button),
      ),
    );
  }
  root.removeAttribute('data-prerendered');
  root.setAttribute('data-load-error', '');
}

/** An element with its attributes and children. */
function make(
  tag: string,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Set when a download hint failed: see start(). */
let isHintLost = false;

/** Lets the browser paint and answer the reader before going on. */
const nextTask = () => new Promise((next) => setTimeout(next));

/**
 * Starts the app's downloads: the content (read in a worker) and the code,
 * named by hints kept inert in the page (src/build/preload-app-chunks.ts).
 * A prerendered page is painted first, so on a slow link the page to read
 * comes before the code that makes it interactive. One hint per task: each
 * costs the main thread a little, and the reader may already be scrolling.
 */
async function startDownloads(locale: Locale) {
  if (root.hasAttribute('data-prerendered') && !document.hidden)
    await new Promise((paint) => requestAnimationFrame(paint)).then(nextTask);
  const hints = document.getElementById('app-downloads');
  if (hints instanceof HTMLTemplateElement)
    void (async () => {
      for (const hint of [...hints.content.children]) {
        await nextTask();
        hint.addEventListener('error', () => (isHintLost = true));
        document.head.append(hint);
      }
    })();
  return withRetries(() => loadLocale(locale));
}

async function start() {
  const { locale, rest, prefixed } = splitLocalePath(location.pathname);
  // The app's front door follows the reader's language: the one they chose
  // on this device, else their browser's. Any other address names its own
  // language, so a shared link opens in the sender's language.
  if (!prefixed && rest === '/') {
    const wanted =
      findLocale(getRememberedLanguage()) ?? browserLocale(navigator.languages);
    if (wanted && wanted.code !== locale.code) {
      location.replace(
        `${pathInLocale(wanted, '/')}${location.search}${location.hash}`,
      );
      return;
    }
  }
  applyDocumentLanguage(locale, document.documentElement);
  try {
    await startDownloads(locale);
    // The app reads the content at import time, so it is imported after it:
    // the store, React's DOM code, then the app, each evaluated in its own
    // task (together they were one 200 ms task on a slow phone).
    await withRetries(() => import('./state/journey-store.ts'));
    await nextTask();
    await withRetries(() => import('react-dom/client'));
    await nextTask();
    const { renderApp } = await withRetries(
      () => import('./app/render-app.tsx'),
    );
    await renderApp(root, basenameOf(locale), rest);
  } catch (error) {
    // A code file whose hint was dropped stays failed for the life of the
    // page (the browser keeps the failed module), so asking again cannot
    // work; a fresh load can, once. A reload that fails too says so.
    const navigation = performance.getEntriesByType('navigation')[0];
    if (
      isHintLost &&
      (navigation as PerformanceNavigationTiming)?.type !== 'reload'
    )
      return location.reload();
    console.error(error);
    showLoadError(locale.loadError);
  }
}

void start();
