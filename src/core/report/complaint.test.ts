import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  type Complaint,
  checkTreatmentDates,
  complaintDocument,
  emptyComplaint,
  missingAnswers,
} from './complaint';
import { complaintRecord } from './complaint-record';
import { characterCount, docToText } from './document';

const filled: Complaint = {
  ...emptyComplaint,
  state: 'CA',
  profession: 'mft',
  therapist: {
    name: 'Dr. Zoë Ångström',
    licenseNumber: 'LMFT 12345',
    practiceAddress: '1 Main St, Fresno',
  },
  treatment: { from: '2022-03-01', to: '2024-01-15' },
  whatHappened: 'January 10, 2024: she hugged me.\n\nFebruary 1, 2024: שלום 😀',
  drafted: true,
};

describe('a complaint', () => {
  it('needs a state, a profession, the therapist’s name and a start date before it can be checked', () => {
    expect(missingAnswers(emptyComplaint)).toEqual(['state', 'profession', 'therapist', 'dates']);
    expect(missingAnswers(filled)).toEqual([]);
  });

  it('accepts an ongoing treatment and refuses dates that cannot be right', () => {
    const today = '2025-01-01';
    expect(checkTreatmentDates('2024-01-01', '', today)).toBeNull();
    expect(checkTreatmentDates('', '', today)).toBe('from-missing');
    expect(checkTreatmentDates('2024-02-30', '', today)).toBe('from-invalid');
    expect(checkTreatmentDates('2024-01-01', '2023-12-31', today)).toBe('to-before-from');
    expect(checkTreatmentDates('2025-06-01', '', today)).toBe('future');
  });

  it('reads as a letter to the board with the details typed, in plain text', () => {
    const text = docToText(complaintDocument(filled, 'Board of Behavioral Sciences', '2025-06-01'));
    expect(text).toContain('Complaint about Dr. Zoë Ångström');
    expect(text).toContain('To: Board of Behavioral Sciences');
    expect(text).toContain('License number: LMFT 12345');
    expect(text).toContain('Profession: marriage and family therapist');
    expect(text).toContain('From March 1, 2022 to January 15, 2024.');
    expect(text).toContain('February 1, 2024: שלום 😀');
    expect(text).toContain('I have not put my contact details in this copy.');
  });

  it('includes the person’s contact details only when they gave them', () => {
    const withYou = {
      ...filled,
      you: { ...filled.you, name: 'Sam Lee', email: 'sam@example.org' },
    };
    const text = docToText(complaintDocument(withYou, null, '2025-06-01'));
    expect(text).toContain('Email: sam@example.org');
    expect(text).toContain('To: The licensing board, California');
    expect(text).not.toContain('Phone:');
  });

  it('counts characters the way a web form’s length limit does', () => {
    expect(characterCount('abc')).toBe(3);
    expect(characterCount('é')).toBe(1);
    expect(characterCount('😀')).toBe(2);
  });

  it('is stored in a shape the vault validates', () => {
    expect(v.safeParse(complaintRecord.schema, filled).success).toBe(true);
    expect(v.safeParse(complaintRecord.schema, { ...filled, state: 'XX' }).success).toBe(false);
  });
});

describe('a complaint in Spanish', () => {
  it('reads as a letter in Spanish, with the details typed and the person’s words unchanged', () => {
    const text = docToText(complaintDocument(filled, null, '2025-06-01', 'es'));
    expect(text).toContain('Queja sobre Dr. Zoë Ångström');
    expect(text).toContain('Para: Junta de licencias de California');
    expect(text).toContain('Fecha: 1 de junio de 2025');
    expect(text).toContain('Sobre quién es esta queja');
    expect(text).toContain('Número de licencia: LMFT 12345');
    expect(text).toContain('Profesión: terapia matrimonial y familiar');
    expect(text).toContain('Del 1 de marzo de 2022 al 15 de enero de 2024.');
    expect(text).toContain('Lo que pasó\n-----------');
    expect(text).toContain('February 1, 2024: שלום 😀');
    expect(text).toContain('No puse mis datos de contacto en esta copia.');
    for (const english of ['Complaint about', 'License number', 'Dates of treatment', 'About me']) {
      expect(text).not.toContain(english);
    }
  });

  it('keeps the board’s own name, and stays English when no language is asked for', () => {
    const board = 'Board of Behavioral Sciences';
    expect(docToText(complaintDocument(filled, board, '2025-06-01', 'es'))).toContain(
      `Para: ${board}`,
    );
    expect(complaintDocument(filled, board, '2025-06-01').title).toBe(
      complaintDocument(filled, board, '2025-06-01', 'en').title,
    );
  });

  it('names no therapist as “mi terapeuta”, never with a gendered word', () => {
    const doc = complaintDocument(emptyComplaint, null, '2025-06-01', 'es');
    expect(doc.title).toBe('Queja sobre mi terapeuta');
    expect(docToText(doc)).toContain('Todavía no está escrito.');
  });
});
