import { type Profession, professions } from './professions';

/**
 * Who a person may need a board for. Besides the licensed professions, they
 * may have seen a coach or someone with no license (no board can act: the app
 * shows the other routes), or may not know yet (the app shows how to check).
 * Kept apart from the complaint letter's code, so "find my board" loads none of it.
 */
export const complaintProfessions = [...professions, 'unlicensed', 'not-sure'] as const;
export type ComplaintProfession = (typeof complaintProfessions)[number];

export function isLicensed(profession: ComplaintProfession | ''): profession is Profession {
  return (professions as readonly string[]).includes(profession);
}
