/** The reader's settings: shape and defaults, validation and repair, migrations, files, storage layout, sites. */
export * from './defaults.ts';
export * from './limits.ts';
export * from './sites.ts';
export * from './schema.ts';
export * from './repair.ts';
export { MIGRATIONS, migrateSettings, readSettings, versionOf, type Migrated, type Migration } from './migrations.ts';
export * from './layout.ts';
export * from './import-export.ts';
