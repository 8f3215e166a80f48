/** The settings that each have a page of their own under /settings/, in the order listed. */
export const settingSlugs = ['lock', 'passphrase', 'backup', 'exit', 'erase'] as const;
export type SettingSlug = (typeof settingSlugs)[number];

export const settingsPaths: readonly string[] = [
  '/settings',
  ...settingSlugs.map((slug) => `/settings/${slug}`),
];
