import { expect, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { languages, plain } from './content.ts';
import { expectNoSidewaysScrollAtDoubleText } from './layout.ts';

// A phone held upright: the safety link must be there without scrolling.
const PHONE = { width: 360, height: 740 };

for (const { locale, bundle } of languages) {
  const prefix =
    locale.code === languages[0]!.locale.code ? '' : `/${locale.code}`;
  const safety = bundle.messages.safety!;
  const content = bundle.journey;
  const shared = content.warningSets.find((set) => set.kind === 'shared')!;
  const step = content.steps.find((item) => item.medicineIds.length > 1)!;

  for (const [from, url] of [
    ['the overview', `${prefix}/`],
    ['a step', `${prefix}/steps/${step.id}`],
  ] as const) {
    test(`${locale.code}: "When to call" is one tap from ${from} on a 360 px phone`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(url);
      const link = page
        .getByRole('banner')
        .getByRole('link', { name: safety.headerLink, exact: true });
      await expect(link).toBeInViewport();
      await link.click();
      await expect(page).toHaveURL(`${prefix}/when-to-call`);
      await expect(
        page.getByRole('heading', { level: 1, name: safety.pageTitle }),
      ).toBeVisible();
      // Emergencies first, with the shared emergency signs.
      const emergency = page.getByRole('region', {
        name: safety.emergencyTitle,
      });
      await expect(
        emergency.getByRole('heading', { name: safety.emergencyNoNumber }),
      ).toBeVisible();
      for (const sign of shared.signs.filter(
        (item) => item.urgency === 'emergency',
      ))
        await expect(emergency).toContainText(plain(sign.text, content));
      await expect(
        page.getByRole('heading', { level: 2, name: safety.callNowTitle }),
      ).toBeVisible();
      await expectNoViolations(page, `${prefix}/when-to-call at 360 px`);
    });
  }

  test(`${locale.code}: a step's "When to call" holds the signs of each of its medicines`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/steps/${step.id}`);
    const section = page.locator('section', {
      has: page.getByRole('button', {
        name: bundle.messages.step!.sectionWhenToCall,
      }),
    });
    const sets = content.warningSets.filter((set) =>
      set.medicineIds.some((id) => step.medicineIds.includes(id)),
    );
    expect(sets.length).toBeGreaterThan(1);
    for (const set of sets) {
      await expect(section).toContainText(
        safety.signsFor!.replace('{name}', set.title),
      );
      for (const sign of set.signs)
        await expect(section).toContainText(plain(sign.text, content));
    }
  });

  test(`${locale.code}: caring at home lists every topic by teaching time, and each opens`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`${prefix}/`);
    await page.getByRole('link', { name: safety.careLink }).click();
    await expect(page).toHaveURL(`${prefix}/care`);
    for (const key of [
      'teachingTimeFirstDischarge',
      'teachingTimeFirstMonth',
      'teachingTimeBeforeEnd',
    ] as const)
      await expect(
        page.getByRole('heading', { level: 2, name: safety[key] }),
      ).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('listitem').getByRole('link'),
    ).toHaveCount(content.careTopics.length);
    await expectNoViolations(page, `${prefix}/care`);
    const topic =
      content.careTopics.find((item) => item.warningSetIds.length > 0) ??
      content.careTopics[0]!;
    await page
      .getByRole('link', { name: plain(topic.title, content), exact: true })
      .click();
    await expect(page).toHaveURL(`${prefix}/care/${topic.id}`);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: plain(topic.title, content),
      }),
    ).toBeVisible();
    await expectNoViolations(page, `${prefix}/care/${topic.id}`);
    await expectNoSidewaysScrollAtDoubleText(
      page,
      `${prefix}/care/${topic.id}`,
    );
  });

  test(`${locale.code}: an unknown care topic says so and offers the list`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/care/no-such-topic`);
    await expect(
      page.getByRole('heading', { level: 1, name: safety.topicNotFoundTitle }),
    ).toBeVisible();
    await page.getByRole('link', { name: safety.goToCare }).click();
    await expect(page).toHaveURL(`${prefix}/care`);
  });
}

test('the "When to call" page fits 320 px at 200 % text', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoSidewaysScrollAtDoubleText(page, '/when-to-call');
});
