export type SqliteSchema = Record<string, { columns: unknown; indexes: unknown; foreignKeys: unknown }>;
export function describeSqliteSchema(databaseFile: string): SqliteSchema;
export function execSqlite(databaseFile: string, sql: string): void;
export function applyMigrations(databaseFile: string, folder?: string, before?: string): void;
