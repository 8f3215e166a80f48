/**
 * The licensed professions the directory covers. Psychiatrists are physicians
 * (MD or DO), so a psychiatrist is looked up under `physician`; a psychiatric
 * nurse practitioner is licensed by the state board of nursing.
 */
export const professions = [
  'psychologist',
  'counselor',
  'social-worker',
  'mft',
  'physician',
  'psychiatric-np',
] as const;

export type Profession = (typeof professions)[number];

export function isProfession(value: string): value is Profession {
  return (professions as readonly string[]).includes(value);
}
