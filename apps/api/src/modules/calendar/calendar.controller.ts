import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { notFound, unauthenticated } from '@attune/domain';
import { Public } from '../../common/decorators';
import { AuthService } from '../auth/auth.service';
import { readSessionCookie } from '../auth/session-cookie';
import { CalendarFeedService } from './calendar-feed.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function sendCalendar(res: Response, body: string, disposition: string, cacheControl: string): void {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', disposition);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Robots-Tag', 'noindex');
  res.send(body);
}

@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedService,
    private readonly auth: AuthService,
  ) {}

  /** The personal feed; the secret token in the URL is the only credential (calendar apps send no cookies). */
  @Public()
  @Get('feed/:file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : null;
    const body = token ? await this.feeds.feed(token) : null;
    if (body === null) throw new NotFoundException();
    sendCalendar(res, body, 'inline; filename="attune.ics"', 'private, max-age=300');
  }

  /**
   * The .ics file of one of your own confirmed bookings ("Add to calendar"). A plain link the
   * browser follows, so the session cookie is checked here rather than by the GraphQL context:
   * 401 without a session, 404 for every booking that is not your own confirmed one.
   */
  @Public()
  @Get('booking/:file')
  async booking(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = readSessionCookie(req);
    const user = token ? await this.auth.userForToken(token) : null;
    if (!user) throw unauthenticated();
    const id = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const body = UUID.test(id) ? await this.feeds.bookingCalendar(user.id, id.toLowerCase()) : null;
    if (body === null) throw notFound('Booking');
    sendCalendar(res, body, 'attachment; filename="attune-session.ics"', 'private, no-store');
  }
}
