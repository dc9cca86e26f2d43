import { expect, test } from '@playwright/test';
import { journey, plain } from './content.ts';

test('after one visit the guide works with the network cut, deep links included', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the service worker has installed and precached everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  const step = journey.steps.find((item) => item.illustrationIds.length > 0)!;
  await page.goto(`/steps/${step.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: plain(step.title) }),
  ).toBeVisible();
  const picture = page.getByRole('article').getByRole('img').first();
  await expect(picture).toBeVisible();
  expect(
    await picture.evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);

  const modality = journey.modalities[0]!;
  await page.goto(`/steps/${step.id}?panel=modality:${modality.id}`);
  await expect(page.getByRole('dialog', { name: modality.name })).toBeVisible();

  await page.goto('/glossary');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Glossary' }),
  ).toBeVisible();
  await page.goto('/about');
  await expect(
    page.getByRole('heading', { level: 1, name: 'About this information' }),
  ).toBeVisible();
});
