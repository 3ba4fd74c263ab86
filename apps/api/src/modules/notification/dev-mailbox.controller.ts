import { Controller, Get, Inject, NotFoundException, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Public } from '../../common/decorators';
import { escapeHtml } from './html';

interface Row {
  id: string;
  kind: string;
  recipient_email: string;
  subject: string;
  body_text: string;
  created_at: Date;
  delivered_at: Date | null;
}

/** Development mailbox: every message in the outbox, newest first. Never in production. */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async rows(to: string | undefined): Promise<Row[]> {
    if (this.config.env === 'production') throw new NotFoundException();
    return this.ds.query(
      `SELECT id, kind, recipient_email, subject, body_text, created_at, delivered_at
         FROM outbox_message WHERE ($1::text IS NULL OR recipient_email = lower($1)) ORDER BY created_at DESC LIMIT 200`,
      [typeof to === 'string' && to.length < 255 ? to : null],
    );
  }

  @Public()
  @Get('messages.json')
  async json(@Query('to') to?: string): Promise<{ messages: Row[] }> {
    return { messages: await this.rows(to) };
  }

  @Public()
  @Get()
  async page(@Res() res: Response, @Query('to') to?: string): Promise<void> {
    const rows = await this.rows(to);
    const items = rows
      .map(
        (r) => `<article><h2>${escapeHtml(r.subject)}</h2>
<p class="meta">${escapeHtml(r.kind)} · to ${escapeHtml(r.recipient_email)} · ${r.created_at.toISOString()}${r.delivered_at ? ' · delivered' : ''}</p>
<pre>${escapeHtml(r.body_text).replace(/(https?:\/\/[^\s<]+)/gu, '<a href="$1">$1</a>')}</pre></article>`,
      )
      .join('\n');
    res
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox · Attune</title>
<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1f2a2c}article{border-bottom:1px solid #ccd;padding:1rem 0}.meta{color:#556}pre{white-space:pre-wrap;font-family:inherit}</style></head>
<body><h1>Development mailbox</h1><p>Messages the platform would send. Shown only outside production.</p>${items || '<p>No messages yet.</p>'}</body></html>`,
      );
  }
}
