import { createWorkshop, expect, saved, test, unnamedControls } from './fixtures';

test('a facilitator fills in Setup and finds it all again after a reload, from SQLite', async ({ page, bridge }) => {
  await createWorkshop(page, 'Patient journey review', 'Northwind Clinics');

  await page.getByLabel('Workshop date').fill('2026-12-03');
  await page.getByLabel('Facilitator', { exact: true }).fill('Sam Rivera');
  await page.getByLabel('Industry').selectOption({ label: 'Healthcare' });
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Participant 1 name').fill('Dana Okafor');
  await page.getByLabel('Participant 1 role').fill('Head of Patient Services');
  await page.getByRole('button', { name: 'Add participant' }).click();
  await page.getByLabel('Participant 2 name').fill('Lee Chen');
  await page.getByLabel('Which journey').fill('From GP referral to the first follow-up visit');
  await page.getByLabel('Which product or service').fill('Outpatient imaging');
  await page.getByLabel('Which customer segments').fill('Referred patients over 60');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByLabel('The experience we want to create')).toHaveValue(/Patients know what happens next/);
  await saved(page);

  // On disk, not just on screen.
  const [row] = bridge.query<{ facilitator: string; industry: string; workshop_date: string }>(
    'SELECT facilitator, industry, workshop_date FROM workshop',
  );
  expect(row).toEqual({ facilitator: 'Sam Rivera', industry: 'healthcare', workshop_date: '2026-12-03' });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Set up the workshop' })).toBeVisible();
  await expect(page.getByLabel('Client or organisation')).toHaveValue('Northwind Clinics');
  await expect(page.getByLabel('Workshop title')).toHaveValue('Patient journey review');
  await expect(page.getByLabel('Workshop date')).toHaveValue('2026-12-03');
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('Sam Rivera');
  await expect(page.getByLabel('Industry')).toHaveValue('healthcare');
  await expect(page.getByLabel('Participant 1 name')).toHaveValue('Dana Okafor');
  await expect(page.getByLabel('Participant 1 role')).toHaveValue('Head of Patient Services');
  await expect(page.getByLabel('Participant 2 name')).toHaveValue('Lee Chen');
  await expect(page.getByLabel('Which journey')).toHaveValue('From GP referral to the first follow-up visit');
  await expect(page.getByLabel('Which product or service')).toHaveValue('Outpatient imaging');
  await expect(page.getByLabel('Which customer segments')).toHaveValue('Referred patients over 60');
  await expect(page.getByLabel('The experience we want to create')).toHaveValue(/Patients know what happens next/);
  await expect(page.getByRole('link', { name: /Setup/ })).toContainText('Complete');
});

test('participants can be reordered and removed, and those changes undo', async ({ page, bridge }) => {
  await createWorkshop(page, 'Ordering');
  for (const name of ['Ana', 'Ben', 'Cleo']) {
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByRole('textbox', { name: /^Participant \d name$/ }).last().fill(name);
  }
  await page.getByRole('button', { name: 'Move Cleo up' }).click();
  await expect(page.getByLabel('Participant 2 name')).toHaveValue('Cleo');
  await page.getByRole('button', { name: 'Remove Ana' }).click();
  await expect(page.getByLabel('Participant 1 name')).toHaveValue('Cleo');
  await saved(page);
  expect(bridge.query('SELECT name FROM participant ORDER BY position')).toEqual([{ name: 'Cleo' }, { name: 'Ben' }]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Participant 1 name')).toHaveValue('Ana');
  await saved(page);
  expect(bridge.query('SELECT name FROM participant ORDER BY position')).toEqual([{ name: 'Ana' }, { name: 'Cleo' }, { name: 'Ben' }]);
});

test('undo and redo work from the keyboard, one step per typing burst, and reach the disk', async ({ page, bridge }) => {
  await createWorkshop(page, 'Undo test', 'Acme');
  const client = page.getByLabel('Client or organisation');
  await client.fill('');
  await client.pressSequentially('Globex Corp');
  await saved(page);
  await page.getByLabel('Facilitator', { exact: true }).fill('Robin');
  await saved(page);

  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(client).toHaveValue('Acme');
  await saved(page);
  expect(bridge.query('SELECT client, facilitator FROM workshop')).toEqual([{ client: 'Acme', facilitator: '' }]);

  await page.keyboard.press('Control+Shift+z');
  await expect(client).toHaveValue('Globex Corp');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('Robin');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Client or organisation')).toHaveValue('Globex Corp');
  await expect(page.getByLabel('Facilitator', { exact: true })).toHaveValue('Robin');
});

test('an empty title is refused with a message, and the stored title stays', async ({ page, bridge }) => {
  await createWorkshop(page, 'Keep me');
  const title = page.getByLabel('Workshop title');
  await title.fill('');
  await expect(page.getByText('Give the workshop a title.')).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  // Left, the field keeps what was typed and its message: visibly not saved, never quietly put back.
  await page.getByLabel('Facilitator', { exact: true }).focus();
  await expect(title).toHaveValue('');
  await expect(page.getByText('Give the workshop a title.')).toBeVisible();
  await saved(page);
  expect(bridge.query('SELECT title FROM workshop')).toEqual([{ title: 'Keep me' }]);
});

test('a write the app refuses is shown, and the screen rolls back to what the disk holds', async ({ page, bridge }) => {
  await createWorkshop(page, 'Rollback', 'Initech');
  await saved(page);
  await page.route('**/api/applyOps', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'That could not be saved: Client: Too long.' } }),
    }),
  );
  await page.getByLabel('Client or organisation').fill('Something else');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: That could not be saved: Client: Too long.' })).toBeVisible();
  // Only the refused edit is taken back: nothing else waits, so everything shown is saved.
  await expect(page.getByLabel('Client or organisation')).toHaveValue('Initech');
  await saved(page);
  expect(bridge.query('SELECT client FROM workshop')).toEqual([{ client: 'Initech' }]);
});

test('every control on every screen has an accessible name', async ({ page, bridge: _ }) => {
  expect(await unnamedControls(page)).toEqual([]); // the empty library
  await createWorkshop(page, 'Names');
  await page.getByRole('button', { name: 'Add participant' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('link', { name: /Personas/ }).click();
  await page.getByRole('button', { name: 'Add persona' }).first().click();
  await page.getByText('Illustration', { exact: true }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'All personas' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('link', { name: /Journey map/ }).click();
  await page.getByRole('button', { name: 'New journey' }).first().click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('dialog', { name: 'New journey' }).getByText('Hotel guest').click();
  await page.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByTestId('journey-canvas')).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByText('Table', { exact: true }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('link', { name: /Listen/ }).click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import survey (CSV)…' }).click();
  await page.getByLabel('Survey file (CSV)').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from('score,touchpoint\n5,Front desk welcome\n9,x\n') });
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: /^Import 1/ }).click();
  await page.getByRole('link', { name: /Blueprint/ }).click();
  await expect(page.getByTestId('blueprint-canvas')).toBeVisible();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByText('Table', { exact: true }).click();
  await page.getByRole('button', { name: 'Add to Support processes in The stay' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('link', { name: /Gaps/ }).click();
  await page.getByRole('button', { name: 'Add a gap at Front desk welcome' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  for (const view of ['Dot voting', 'Ranking']) {
    await page.getByText(view, { exact: true }).click();
    expect(await unnamedControls(page)).toEqual([]);
  }
  await page.getByRole('link', { name: /Actions/ }).click();
  await page.getByRole('button', { name: 'Create an action for Front desk welcome' }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByText('Impact and effort', { exact: true }).click();
  expect(await unnamedControls(page)).toEqual([]);
  await page.getByRole('button', { name: 'All workshops' }).click();
  expect(await unnamedControls(page)).toEqual([]);
});
