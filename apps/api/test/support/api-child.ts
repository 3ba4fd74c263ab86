// Entry of an API child process started by tests (see api-process.ts).
import { bootstrap } from '../../src/main';

bootstrap()
  .then((app) => {
    process.once('SIGTERM', () => {
      void app.close().finally(() => process.exit(0));
    });
  })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
