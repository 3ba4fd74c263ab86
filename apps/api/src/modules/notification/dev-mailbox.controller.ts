import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Public } from '../../common/decorators';
import { escapeHtml } from './html';
import type { OutboxAttachment } from './outbox-message.entity';

interface Row {
  id: string;
  kind: string;
  recipient_email: string;
  locale: string;
  subject: string;
  body_text: string;
  created_at: Date;
  delivered_at: Date | null;
  delivered_via: 'SMTP' | 'MAILBOX' | null;
  failed_at: Date | null;
  attempts: number;
  last_attempt_at: Date | null;
  last_error: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
}

type State = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface MailboxMessage extends Row {
  state: State;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function stateOf(r: Row): State {
  return r.delivered_at ? 'DELIVERED' : r.failed_at ? 'FAILED' : 'PENDING';
}

/**
 * Development mailbox: every message in the outbox, newest first, with its delivery state
 * (pending with attempts and last error, delivered by SMTP or to this mailbox, failed), its
 * HTML version and its attachments. Never in production.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private guard(): void {
    if (this.config.env === 'production') throw new NotFoundException();
  }

  private async rows(to: string | undefined): Promise<MailboxMessage[]> {
    this.guard();
    const rows: Row[] = await this.ds.query(
      `SELECT id, kind, recipient_email, locale, subject, body_text, created_at, delivered_at, delivered_via, failed_at,
              attempts, last_attempt_at, last_error,
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('filename', a->>'filename', 'contentType', a->>'contentType',
                                                            'size', octet_length(a->>'content')) ORDER BY n), '[]'::jsonb)
                 FROM jsonb_array_elements(attachments) WITH ORDINALITY AS x(a, n)) AS attachments
         FROM outbox_message WHERE ($1::text IS NULL OR recipient_email = lower($1))
        ORDER BY created_at DESC, id LIMIT 200`,
      [typeof to === 'string' && to.length < 255 ? to : null],
    );
    return rows.map((r) => ({ ...r, state: stateOf(r) }));
  }

  private async message(id: string): Promise<{ body_html: string; attachments: OutboxAttachment[] }> {
    this.guard();
    if (!UUID.test(id)) throw new NotFoundException();
    const rows: { body_html: string; attachments: OutboxAttachment[] }[] = await this.ds.query(
      `SELECT body_html, attachments FROM outbox_message WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw new NotFoundException();
    return rows[0];
  }

  @Public()
  @Get('messages.json')
  async json(@Query('to') to?: string): Promise<{ messages: MailboxMessage[] }> {
    return { messages: await this.rows(to) };
  }

  /** The HTML version of a message, sandboxed (no scripts, no same-origin access). */
  @Public()
  @Get(':id/html')
  async html(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const m = await this.message(id);
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.type('html').send(m.body_html);
  }

  @Public()
  @Get(':id/attachments/:index')
  async attachment(@Param('id') id: string, @Param('index') index: string, @Res() res: Response): Promise<void> {
    const m = await this.message(id);
    const a = /^\d{1,3}$/u.test(index) ? m.attachments[Number(index)] : undefined;
    if (!a) throw new NotFoundException();
    const body = a.encoding === 'base64' ? Buffer.from(a.content, 'base64') : Buffer.from(a.content, 'utf8');
    res.setHeader('Content-Type', a.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${a.filename.replace(/[^\w.-]+/gu, '_')}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(body);
  }

  @Public()
  @Get()
  async page(@Res() res: Response, @Query('to') to?: string): Promise<void> {
    const rows = await this.rows(to);
    const items = rows.map((r) => this.item(r)).join('\n');
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox · Attune</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1f2a2c}article{border-bottom:1px solid #ccd;padding:1rem 0}.meta{color:#4a5560}pre{white-space:pre-wrap;font-family:inherit}.state{display:inline-block;padding:0 .5em;border-radius:4px;font-size:.85em;font-weight:600}.DELIVERED{background:#dcefe4;color:#1d5b36}.PENDING{background:#fbf0d0;color:#6b4e00}.FAILED{background:#f8dcdc;color:#8a1c1c}</style></head>
<body><h1>Development mailbox</h1><p>Messages the platform sends, with their delivery state. Shown only outside production.</p>${items || '<p>No messages yet.</p>'}</body></html>`,
      );
  }

  private item(r: MailboxMessage): string {
    const state =
      r.state === 'DELIVERED'
        ? `delivered ${r.delivered_via === 'SMTP' ? 'by SMTP' : 'to this mailbox'} ${r.delivered_at?.toISOString() ?? ''}`
        : r.state === 'FAILED'
          ? `failed after ${r.attempts} attempt(s)`
          : `pending${r.attempts > 0 ? `, ${r.attempts} attempt(s) so far` : ''}`;
    const error = r.last_error && r.state !== 'DELIVERED' ? `<p class="meta">Last error: ${escapeHtml(r.last_error)}</p>` : '';
    const attachments = r.attachments.length
      ? `<p>Attachments: ${r.attachments
          .map(
            (a, i) =>
              `<a href="/dev/mailbox/${r.id}/attachments/${i}">${escapeHtml(a.filename)}</a> (${escapeHtml(a.contentType)}, ${a.size} bytes)`,
          )
          .join(', ')}</p>`
      : '';
    return `<article><h2>${escapeHtml(r.subject)}</h2>
<p class="meta"><span class="state ${r.state}">${r.state.toLowerCase()}</span> ${escapeHtml(state)}</p>
<p class="meta">${escapeHtml(r.kind)} · to ${escapeHtml(r.recipient_email)} · ${escapeHtml(r.locale)} · written ${r.created_at.toISOString()} · <a href="/dev/mailbox/${r.id}/html">HTML version</a></p>${error}
<pre>${escapeHtml(r.body_text).replace(/(https?:\/\/[^\s<]+)/gu, '<a href="$1">$1</a>')}</pre>${attachments}</article>`;
  }
}
