import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

type Constructor<T> = new (...args: never[]) => T;

/** Whether `Base` is a function constructor (callable on an object of ours), not a `class`. */
const callable = (Base: Constructor<object>): boolean => !/^class\b/u.test(Function.prototype.toString.call(Base));

/**
 * A constructor of `Base`'s objects whose prototype is `prototype` from the start: `Base` is
 * called on an object made with that prototype, as constructors were before `class`.
 * (`Reflect.construct(Base, args, Constructed)` would do the same for classes, but measured as
 * below it kept ≈ 2 MB alive at every scavenge, where this keeps under 1 kB.)
 */
function constructedWith<T extends object>(Base: Constructor<T>, prototype: object): Constructor<T> {
  function Constructed(this: T, ...args: unknown[]): void {
    Reflect.apply(Base as unknown as (...a: unknown[]) => void, this, args);
  }
  Constructed.prototype = prototype;
  return Constructed as unknown as Constructor<T>;
}

/**
 * Nest's express adapter, with an HTTP server that creates each request and response with
 * express's prototypes (`app.request`, `app.response`) already in place.
 *
 * Express gives every request and response its own prototypes as it starts handling them
 * (`Object.setPrototypeOf` in `app.handle`). With V8 (Node 20), that was one of two per-request
 * constructs (the other: gateway-context.ts) that made nearly everything a request allocated
 * survive the young generation: measured with `--trace-gc-nvp` on the API, 100 % of what one
 * scavenge kept was still alive at the next and was moved to the old generation (≈ 3–5 MB every
 * scavenge, pauses of 5–15 ms), only for a full collection to clear it later. Reproduced with
 * node:http and express alone: setting the prototypes on each request kept ≈ 7 MB alive at every
 * scavenge; requests created with those prototypes, whose `setPrototypeOf` then changes nothing,
 * keep under 1 kB. So express's own call stays, and finds nothing to do.
 *
 * With `httpsOptions` or `forceCloseConnections` (neither used here), or on a Node whose
 * IncomingMessage or ServerResponse is a `class`, Nest's own server is built.
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    if (options?.httpsOptions || options?.forceCloseConnections || !callable(IncomingMessage) || !callable(ServerResponse)) {
      super.initHttpServer(options);
      return;
    }
    const app = this.getInstance<Express>();
    this.httpServer = createServer(
      {
        IncomingMessage: constructedWith(IncomingMessage, app.request) as typeof IncomingMessage,
        ServerResponse: constructedWith(ServerResponse, app.response) as unknown as typeof ServerResponse,
      },
      app,
    );
  }
}
