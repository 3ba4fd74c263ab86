import { IncomingMessage, ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, Request, Response } from 'express';
import { PrototypedExpressAdapter } from '../express-adapter';

describe('PrototypedExpressAdapter', () => {
  let server: Server;
  let app: Express;
  const seen: { request: boolean; response: boolean }[] = [];

  beforeAll(async () => {
    const adapter = new PrototypedExpressAdapter();
    adapter.initHttpServer({});
    app = adapter.getInstance<Express>();
    app.get('/hello', (req: Request, res: Response) => {
      res.json({ path: req.path, ip: typeof req.ip, isRequest: req instanceof IncomingMessage, isResponse: res instanceof ServerResponse });
    });
    server = adapter.getHttpServer() as Server;
    // Before express handles it: the request and response as the server created them.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push({ request: Object.getPrototypeOf(req) === app.request, response: Object.getPrototypeOf(res) === app.response });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("creates requests and responses with express's prototypes, which express then serves as usual", async () => {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/hello?x=1`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ path: '/hello', ip: 'string', isRequest: true, isResponse: true });
    expect(seen).toEqual([{ request: true, response: true }]);
  });

  it("leaves Nest's own server when connections are to be force-closed", async () => {
    const adapter = new PrototypedExpressAdapter();
    adapter.initHttpServer({ forceCloseConnections: true });
    adapter.getInstance<Express>().get('/hello', (_req: Request, res: Response) => {
      res.json({ ok: true });
    });
    const own = adapter.getHttpServer() as Server;
    const prototypes: boolean[] = [];
    own.prependListener('request', (req: IncomingMessage) => {
      prototypes.push(Object.getPrototypeOf(req) === adapter.getInstance<Express>().request);
    });
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = own.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/hello`);
      expect(await res.json()).toEqual({ ok: true });
      expect(prototypes).toEqual([false]);
    } finally {
      await new Promise<void>((resolve) => own.close(() => resolve()));
    }
  });
});
