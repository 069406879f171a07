import { Injectable } from '@nestjs/common';
import { scrubText } from '@libs/classification';
import { GatewayError } from '@libs/core';
import { GroupCommitAppender, type EncodedLeaf, type LedgerEntryInput } from '@libs/ledger';
import { AppLogger } from '../observability/app-logger';
import { Metrics } from '../observability/metrics';
import { ExplanationScrubber } from './explanation-scrubber';
import { LedgerRepository } from './ledger.repository';

const FREE_TEXT_FIELDS = ['explanation', 'reason'] as const;

/**
 * Durable appends, group-committed. Fail closed: when an entry cannot be written the caller gets
 * `audit_unavailable` (503) and MUST NOT contact a provider.
 */
@Injectable()
export class LedgerService {
  private readonly appender: GroupCommitAppender;
  private lastFailureLogged = 0;
  private readonly freeText = new ExplanationScrubber(scrubText);

  constructor(
    readonly repository: LedgerRepository,
    private readonly log: AppLogger,
    metrics?: Metrics,
  ) {
    this.appender = new GroupCommitAppender(repository, {
      maxBatch: 500,
      maxQueue: 20000,
      onBatch: (size, ms, ok) => {
        metrics?.ledgerBatchSize.observe(size);
        metrics?.ledgerCommitSeconds.observe({ result: ok ? 'ok' : 'error' }, ms / 1000);
      },
    });
  }

  async append(input: LedgerEntryInput): Promise<EncodedLeaf> {
    // Free-text fields pass the redaction choke point; the rest are ids, enums and numbers by construction.
    for (const key of FREE_TEXT_FIELDS) {
      const v = input.body[key];
      if (typeof v === 'string') input.body[key] = this.freeText.scrubText(v);
    }
    try {
      return await this.appender.append(input);
    } catch (err) {
      this.logFailure(err);
      throw new GatewayError('audit_unavailable', 'The audit ledger is unavailable; the request was not sent to any provider.');
    }
  }

  get pending(): number {
    return this.appender.pending;
  }

  private logFailure(err: unknown): void {
    const now = Date.now();
    if (now - this.lastFailureLogged < 1000) return; // one line a second is enough during an outage
    this.lastFailureLogged = now;
    const code = typeof err === 'object' && err && 'code' in err ? String((err as { code: unknown }).code) : undefined;
    this.log.error({ event: 'ledger_append_failed', code, error: err instanceof Error ? err.name : 'unknown' }, 'ledger append failed');
  }
}
