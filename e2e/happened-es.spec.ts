import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { shippedBoard } from './boards';
import { expect, expectAccessible, open, test } from './fixtures';
import { pdfTextLines } from './pdf-text';

const PASSPHRASE = 'jardín tranquilo por la mañana';

async function choosePassphrase(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Elige una frase secreta' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Frase secreta', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Usar esta frase secreta y seguir' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
}

async function expectHeading(page: Page, text: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await expectAccessible(page);
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Continuar' }).click();
}

/** Downloads what a button makes and returns the file's bytes. */
async function download(page: Page, button: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return new Uint8Array(await readFile((await file.path()) ?? ''));
}

test('/es/happened reads in Spanish, with the Spanish option of 988 and the state’s facts in Spanish', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await open(page, '/es/happened');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectHeading(page, 'Si ya pasó');
  await expect(page.getByRole('heading', { name: 'No es tu culpa' })).toBeVisible();
  const support = page.getByRole('region', { name: 'Apoyo ahora' });
  await expect(support.getByRole('link', { name: 'Llamar al 988' })).toHaveAttribute(
    'href',
    'tel:988',
  );
  await expect(support).toContainText('Para español, marca 2.');
  await expect(support.getByRole('link', { name: 'Llamar a RAINN: 800-656-4673' })).toHaveAttribute(
    'href',
    'tel:+18006564673',
  );
  await expect(
    page.getByRole('heading', { name: 'Una queja ante la junta de licencias' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Preparar una queja para la junta de licencias' }),
  ).toHaveAttribute('href', '/es/happened/complaint');

  await page.getByLabel('Tu estado', { exact: true }).selectOption({ label: 'Texas' });
  await page.getByRole('button', { name: 'Ver lo que se aplica' }).click();
  await expect(
    page.getByText(/^Sí\. En Texas, el contacto sexual .* Tex\. Penal Code § 22\.011/),
  ).toBeVisible();
  await expectAccessible(page);

  // Encontrar la junta en un solo paso, con lo seguros que estamos de cada dirección.
  const texas = shippedBoard('TX', 'psychologist');
  const finder = page.getByRole('region', { name: 'Encuentra la junta que le da la licencia' });
  await finder.getByLabel('Psicólogo o psicóloga').check();
  await finder.getByRole('button', { name: 'Ver la junta' }).click();
  await expect(finder.getByText('La junta:')).toBeVisible();
  await expect(finder.getByText(texas.record.board ?? '', { exact: true })).toBeVisible();
  const complaintName = 'Presentar una queja ante la junta';
  await expect(finder.getByRole('link', { name: complaintName })).toHaveAttribute(
    'href',
    texas.record.complaintUrl ?? '',
  );
  const complaintItem = finder.locator('li', {
    has: page.getByRole('link', { name: complaintName }),
  });
  await expect(complaintItem.locator('.confidence')).toHaveText(
    texas.complaintConfirmed
      ? /^Revisado en el sitio de la propia junta, noviembre de 2026\.$/
      : /^No pudimos confirmar esta dirección: empieza por /,
  );
  for (const item of await finder.locator('.board__addresses > li').all()) {
    await expect(item.locator('.confidence')).toHaveCount(1);
  }
  expect(new URL(page.url()).search).not.toMatch(/state=|profession=/);
  await expectAccessible(page);
});

test('a complaint built on the Spanish pages comes out in English by default, and in Spanish when asked', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const entry =
    'Me abrazó mucho rato al final de la sesión y me pidió que no se lo contara a nadie.';

  // An entry marked as evidence in the Spanish journal.
  await open(page, '/es/reflect/new');
  await page.getByLabel('¿Qué tienes en mente?').fill(entry);
  await page.getByRole('button', { name: 'Guardar en mi diario' }).click();
  await choosePassphrase(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Entrada del diario');
  await page.getByRole('button', { name: 'Marcar como prueba' }).click();
  await expect(page.getByRole('status')).toHaveText('Esta entrada está marcada como prueba.');

  // The question pages, in Spanish, reached by following links so the vault stays unlocked.
  await page.getByRole('link', { name: 'Si ya pasó', exact: true }).first().click();
  await page.getByRole('link', { name: 'Preparar una queja para la junta de licencias' }).click();
  await expectHeading(page, 'Preparar una queja');
  await page.getByRole('button', { name: 'Empezar una queja nueva' }).click();

  await expectHeading(page, '¿En qué estado fue la terapia?');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Elige el estado donde fue la terapia');
  await page.getByLabel('Estado').selectOption({ label: 'California' });
  await next(page);
  await expectHeading(page, '¿Qué tipo de profesional era tu terapeuta?');
  await page.getByLabel('Terapeuta matrimonial y familiar (por ejemplo, LMFT)').check();
  await next(page);
  await expectHeading(page, 'La junta que la recibe');
  await expect(page.getByText('La junta:')).toBeVisible();
  await next(page);
  await expectHeading(page, 'Sobre tu terapeuta');
  await page.getByLabel('Nombre completo').fill('Dra. Lucía Peña');
  await page.getByLabel('Número de licencia (opcional)').fill('LMFT 98765');
  await next(page);
  await expectHeading(page, 'Tus datos de contacto (opcional)');
  await next(page);
  await expectHeading(page, '¿Cuándo tuviste terapia con esta persona?');
  await page.getByLabel('Primera sesión').fill('2023-04-03');
  await page.getByLabel('Última sesión (opcional)').fill('2024-02-26');
  await next(page);
  await expectHeading(page, '¿En qué debe basarse la queja?');
  await next(page);

  // The draft is in the language the person reads and edits.
  await expectHeading(page, 'Lo que pasó');
  await expect(page.getByText(/Toma pausas, detente cuando lo necesites/)).toBeVisible();
  const narrative = page.getByLabel('Lo que pasó, por orden de fecha');
  await expect(narrative).toHaveValue(/^\d{1,2} de [a-z]+ de \d{4} \(de mis notas\): Me abrazó/);
  await expect(page.getByText(/La mayoría de las juntas trabaja en inglés/)).toBeVisible();
  await next(page);

  await expectHeading(page, 'Revisa tus respuestas');
  await expect(page.locator('.check-list')).toContainText('3 abr 2023');
  await page.getByRole('link', { name: 'Hacer la carta' }).click();

  // English is chosen to begin with, and the choice says why.
  await expectHeading(page, 'Tu queja');
  const choice = page.getByRole('group', { name: '¿En qué idioma quieres los documentos?' });
  await expect(choice.getByLabel('En inglés (recomendado para la junta)')).toBeChecked();
  await expect(choice).toContainText(
    'La mayoría de las juntas de licencias de EE. UU. trabaja en inglés',
  );
  // The letter is previewed as a letter, in the document's language; its plain text is one tap away.
  const letter = page.getByRole('article', {
    name: 'Complaint about Dra. Lucía Peña: vista previa',
  });
  await expect(letter.getByRole('heading', { name: 'Dates of treatment' })).toBeVisible();
  await expect(letter).toHaveAttribute('lang', 'en');
  await page.getByText('Mostrar el texto simple').click();
  const english = await page
    .getByLabel('Complaint about Dra. Lucía Peña, en texto simple')
    .textContent();
  expect(english).toContain('Dates of treatment\n------------------');
  expect(english).toContain('From April 3, 2023 to February 26, 2024.');
  expect(english).toContain(entry);

  await choice.getByLabel('En español').check();
  await expect(page).toHaveURL(/doc=es/);
  await expect(choice.getByLabel('En español')).toBeFocused();
  await expect(
    page
      .getByRole('article', { name: 'Queja sobre Dra. Lucía Peña: vista previa' })
      .getByRole('heading', { name: 'Fechas del tratamiento' }),
  ).toBeVisible();
  const text = page.getByLabel('Queja sobre Dra. Lucía Peña, en texto simple');
  await expect(text).toHaveAttribute('lang', 'es');
  const spanish = await text.textContent();
  expect(spanish).toContain('Fechas del tratamiento\n----------------------');
  expect(spanish).toContain('Del 3 de abril de 2023 al 26 de febrero de 2024.');
  expect(spanish).toContain('Número de licencia: LMFT 98765');
  expect(spanish).toContain(entry);
  expect(spanish).not.toContain('Dates of treatment');
  await expectAccessible(page);

  const pdf = await download(page, 'Descargar PDF');
  await expect(page.getByRole('status').filter({ hasText: 'El PDF está listo.' })).toBeVisible();
  const pdfText = pdfTextLines(pdf);
  expect(pdfText).toContain('Queja sobre Dra. Lucía Peña');
  expect(pdfText).toContain('Página 1 de 1');

  // The printable page keeps the choice, and so does the way back.
  await page.getByRole('link', { name: 'Abrir una página para imprimir' }).click();
  await expectHeading(page, 'Queja sobre Dra. Lucía Peña');
  await expect(page.locator('.doc')).toContainText('Fechas del tratamiento');
  await page.getByRole('link', { name: 'Atrás' }).click();
  await expectHeading(page, 'Tu queja');
  await expect(page.getByLabel('En español')).toBeChecked();

  // Back to English for the board.
  await page.getByLabel('En inglés (recomendado para la junta)').check();
  await expect(page).not.toHaveURL(/doc=es/);
  await expect(page.getByLabel('Complaint about Dra. Lucía Peña, en texto simple')).toContainText(
    /Dates of treatment/,
  );

  // The evidence report offers the same choice; its codes are of the words as printed, so each
  // language has its own.
  await page.getByRole('link', { name: 'Si ya pasó', exact: true }).first().click();
  await page.getByRole('link', { name: 'Hacer un informe de pruebas' }).click();
  await expectHeading(page, 'Informe de pruebas');
  const englishReport = await page
    .getByRole('region', { name: 'Evidence report, en texto simple' })
    .textContent();
  expect(englishReport).toContain('Integrity codes');
  await page.getByLabel('En español').check();
  const spanishReport = await page
    .getByRole('region', { name: 'Informe de pruebas, en texto simple' })
    .textContent();
  expect(spanishReport).toContain('Códigos de integridad');
  const finalCode = (report: string | null, label: string) =>
    report?.match(new RegExp(`^${label} +\\S+ 1-\\d+ +([0-9a-f]{64})$`, 'm'))?.[1];
  expect(finalCode(spanishReport, 'Código final')).toMatch(/^[0-9a-f]{64}$/);
  expect(finalCode(spanishReport, 'Código final')).not.toBe(finalCode(englishReport, 'Final code'));
  await expectAccessible(page);
});

test('on the English pages the documents’ language is not offered', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '/happened/complaint');
  await page.getByRole('button', { name: 'Start a new complaint' }).click();
  await page.getByLabel('State').selectOption({ label: 'Ohio' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Psychologist').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Their full name').fill('Dr. Nobody');
  await page.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a passphrase' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill('quiet garden morning walk');
  await dialog.getByRole('button', { name: 'Set passphrase and continue' }).click();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  await page.getByRole('link', { name: 'If it already happened', exact: true }).first().click();
  await page.getByRole('link', { name: 'Make an evidence report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Evidence report');
  await expect(page.getByRole('region', { name: 'Evidence report, as plain text' })).toBeVisible();
  // The only choice is the paper size; no language is offered.
  await expect(page.getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'A4' })).not.toBeChecked();
  await expect(page.getByRole('group', { name: 'Paper size for the PDF' })).toBeVisible();
  await expect(page.getByText('Language of the documents')).toHaveCount(0);
});
