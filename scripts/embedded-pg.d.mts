export const ROOT: string;
export function freePort(): Promise<number>;
export function startEmbeddedPostgres(o: {
  dir: string;
  port: number;
  persistent: boolean;
  fast?: boolean;
  database?: string;
  log?: (m: string) => void;
}): Promise<{ url: string; adminUrl: string; stop: () => Promise<void> }>;
export function ensureDatabase(adminUrl: string, database: string): Promise<void>;
