import { expect, test } from './fixtures.ts';
import { journey } from './content.ts';

test('a full session stays on our own origin and breaks no security policy', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  await page.goto('/');
  await expect(
    page.locator('meta[http-equiv="Content-Security-Policy"]'),
  ).toHaveAttribute(
    'content',
    /script-src 'self'.*object-src 'none'.*base-uri 'none'/,
  );
  await page.getByRole('link', { name: /^Start at step 1/ }).click();
  for (const step of journey.steps.slice(0, 4)) {
    await expect(page).toHaveURL(`/steps/${step.id}`);
    await page.getByRole('link', { name: /^Next/ }).click();
  }
  const withPicture = journey.steps.find(
    (step) => step.illustrationIds.length > 0,
  )!;
  await page.goto(
    `/steps/${withPicture.id}?panel=modality:${journey.modalities[0]!.id}`,
  );
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await mainNav.getByRole('link', { name: 'Glossary' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Glossary' }),
  ).toBeVisible();
  await mainNav.getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The other language's prerendered pages and content file too.
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto(`/es/steps/${withPicture.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const origin = new URL(baseURL!).origin;
  expect(
    requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:'),
    ),
  ).toEqual([]);
  expect(violations).toEqual([]);
});
