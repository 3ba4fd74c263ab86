import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** The process is up. */
  @Public()
  @Get('live')
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** The process can reach PostgreSQL: 200, else 503 (load balancers stop routing here). */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(200).json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  }
}
