import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Database } from '../database/database';
import { LedgerService } from '../ledger/ledger.service';

/** /healthz: the process is up. /readyz: a request could write (role, search_path, a rolled-back insert) and the ledger writer is not backed up. */
@Controller()
export class HealthController {
  constructor(
    private readonly db: Database,
    private readonly ledger: LedgerService,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(@Res() res: Response): Promise<void> {
    let database = 'ok';
    try {
      await this.db.probe();
    } catch {
      database = 'unavailable';
    }
    const ledger = this.ledger.pending < 10000 ? 'ok' : 'backlogged';
    const ok = database === 'ok' && ledger === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'not_ready', checks: { database, ledger } });
  }
}
