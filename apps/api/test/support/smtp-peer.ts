import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A message as the peer saw it. */
export interface PeerMail {
  readonly messageId: string | null;
  readonly to: string[];
  readonly raw: string;
  readonly headers: Record<string, string>;
  readonly at: number;
}

interface Held {
  mail: PeerMail;
  session: SMTPServerSession;
  reply: (err?: Error | null) => void;
}

/**
 * A real SMTP server on loopback for tests (no TLS, no auth). It counts what it *accepted*:
 * a message counts only once the peer has answered 250 to it on a connection that was still
 * open, as a real server would. It can reject the next messages with a given reply code, and
 * hold its answer to the next message (the client then waits between handing the message over
 * and hearing it was accepted) until released — or until the client goes away, in which case
 * the message is dropped, like any server does with a transaction that never completed.
 */
export class SmtpPeer {
  readonly accepted: PeerMail[] = [];
  readonly refused: (PeerMail & { code: number })[] = [];
  private readonly rejections: number[] = [];
  private holdNextMessage: ((h: Held) => void) | null = null;
  private readonly held = new Set<Held>();
  private readonly closed = new Set<string>();

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpPeer> {
    const ref: { peer?: SmtpPeer } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, session, reply) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => ref.peer!.onMessage(Buffer.concat(chunks).toString('utf8'), session, reply));
      },
      onClose(session) {
        ref.peer?.onClose(session);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    ref.peer = new SmtpPeer(server, `smtp://127.0.0.1:${port}`);
    return ref.peer;
  }

  /** Answers the next `count` messages with `code` (4xx: try again later; 5xx: never). */
  rejectNext(count: number, code = 451): void {
    for (let i = 0; i < count; i += 1) this.rejections.push(code);
  }

  /** Holds the answer to the next message; resolves when that message has arrived. */
  holdNext(): Promise<{ mail: PeerMail; release: () => void; sessionClosed: () => boolean }> {
    return new Promise((resolve) => {
      this.holdNextMessage = (h) =>
        resolve({
          mail: h.mail,
          release: () => this.release(h),
          sessionClosed: () => this.closed.has(h.session.id),
        });
    });
  }

  /** How many messages with this Message-ID were accepted. */
  acceptedCount(messageId: string): number {
    return this.accepted.filter((m) => m.messageId === messageId).length;
  }

  /** Accepted messages per Message-ID. */
  acceptedPerMessageId(): Map<string, number> {
    const out = new Map<string, number>();
    for (const m of this.accepted) out.set(m.messageId ?? '', (out.get(m.messageId ?? '') ?? 0) + 1);
    return out;
  }

  async close(): Promise<void> {
    for (const h of this.held) h.reply(new Error('closing'));
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onMessage(raw: string, session: SMTPServerSession, reply: (err?: Error | null) => void): void {
    const mail = parse(raw, session);
    const code = this.rejections.shift();
    if (code !== undefined) {
      this.refused.push({ ...mail, code });
      reply(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
      return;
    }
    if (this.holdNextMessage) {
      const h: Held = { mail, session, reply };
      const notify = this.holdNextMessage;
      this.holdNextMessage = null;
      this.held.add(h);
      notify(h);
      return;
    }
    this.accepted.push(mail);
    reply(null);
  }

  private release(h: Held): void {
    if (!this.held.delete(h)) return;
    if (this.closed.has(h.session.id)) return; // the client left before hearing back: not delivered
    this.accepted.push(h.mail);
    h.reply(null);
  }

  private onClose(session: SMTPServerSession): void {
    this.closed.add(session.id);
    for (const h of [...this.held]) if (h.session.id === session.id) this.held.delete(h);
  }
}

function parse(raw: string, session: SMTPServerSession): PeerMail {
  const head = raw.split(/\r?\n\r?\n/u, 1)[0] ?? '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return {
    messageId: headers['message-id'] ?? null,
    to: session.envelope.rcptTo.map((r) => r.address),
    raw,
    headers,
    at: Date.now(),
  };
}

/** Decodes quoted-printable text (soft line breaks and =XX escapes). */
export function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const text = s.replace(/=\r?\n/gu, '');
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/iu.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Resolves once `check` returns a truthy value; polls every 50 ms. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One leaf part of a MIME message, its body decoded. */
export interface MimePart {
  readonly headers: Record<string, string>;
  readonly contentType: string;
  readonly body: string;
}

function splitHead(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/u);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/u, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/gu, ' ').split(/\r?\n/u)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

/** The leaf parts of a MIME message (multiparts opened recursively; base64 and quoted-printable decoded). */
export function mimeParts(raw: string): MimePart[] {
  const { headers, body } = splitHead(raw);
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/iu.exec(contentType)?.[1];
  if (/^multipart\//iu.test(contentType) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    return sections.filter((s) => !s.startsWith('--')).flatMap((s) => mimeParts(s.replace(/^\r?\n/u, '')));
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/gu, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return [{ headers, contentType, body: decoded }];
}
