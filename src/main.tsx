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
    await withRetries(() => loadLocale(locale));
    // The app reads the content at import time, so it is imported after it.
    const { renderApp } = await withRetries(
      () => import('./app/render-app.tsx'),
    );
    await renderApp(root, basenameOf(locale), rest);
  } catch (error) {
    console.error(error);
    showLoadError(locale.loadError);
  }
}

void start();
