import { loadJourney } from './content/journey-data.ts';
import './styles/global.css';

const root = document.getElementById('root')!;

function showLoadError() {
  // Plain DOM: React and the app may be what failed to load.
  root.innerHTML = `<main id="main" class="site-main page-narrow" role="alert">
    <h1>The guide could not load</h1>
    <p>Check your internet connection, then reload the page. Nothing you saved on this device has been lost.</p>
    <p><button class="button button-primary" type="button">Reload</button></p>
  </main>`;
  root
    .querySelector('button')
    ?.addEventListener('click', () => location.reload());
}

try {
  await loadJourney();
  // The app reads the content at import time, so it is imported after it.
  const { renderApp } = await import('./app/render-app.tsx');
  renderApp(root);
} catch (error) {
  console.error(error);
  showLoadError();
}
