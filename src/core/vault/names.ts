/** The vault's IndexedDB database, named apart from storage.ts so a look for it loads nothing else. */
export const DB_NAME = 'terrarium';
export const DB_VERSION = 1;
