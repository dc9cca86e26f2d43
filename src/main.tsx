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
  const title = document.createElement(copy ? 'strong' : 'h1');
  title.textContent = words.title;
  const text = document.createElement('p');
  text.textContent = words.text;
  const button = document.createElement('button');
  button.className = 'button button-primary';
  button.type = 'button';
  button.textContent = words.button;
  button.addEventListener('click', () => location.reload());
  if (copy) {
    const notice = document.createElement('div');
    notice.className = 'load-error-notice';
    notice.setAttribute('role', 'alert');
    const line = document.createElement('p');
    line.append(title);
    notice.append(line, text, button);
    copy.prepend(notice);
  } else {
    const main = document.createElement('main');
    main.id = 'main';
    main.className = 'site-main page-narrow';
    main.setAttribute('role', 'alert');
    const row = document.createElement('p');
    row.append(button);
    main.append(title, text, row);
    root.replaceChildren(main);
  }
  root.removeAttribute('data-prerendered');
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
    await loadLocale(locale);
    // The app reads the content at import time, so it is imported after it.
    const { renderApp } = await import('./app/render-app.tsx');
    await renderApp(root, basenameOf(locale), rest);
  } catch (error) {
    console.error(error);
    showLoadError(locale.loadError);
  }
}

void start();
