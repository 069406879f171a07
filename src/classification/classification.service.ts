import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { analyzeText, classify, type Classification, type Finding, type PresidioResult } from '@libs/classification';
import { GatewayError, messageTexts, type ChatMessage } from '@libs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppLogger } from '../observability/app-logger';
import { PolicyService } from '../policy/policy.service';
import { PresidioClient } from './presidio.client';

/**
 * The built-in analyzer, merged with an external Presidio Analyzer when PRESIDIO_ANALYZER_URL is set.
 * Fail closed: if Presidio is configured and fails, requests get 503 classifier_unavailable, unless the
 * policy says `presidio: optional` (then the built-in result alone is used, and a warning is logged).
 */
@Injectable()
export class ClassificationService implements OnApplicationShutdown {
  private readonly presidio: PresidioClient | null;
  private readonly optional: boolean;

  constructor(
    @Inject(APP_CONFIG) cfg: AppConfig,
    policy: PolicyService,
    private readonly log: AppLogger,
  ) {
    this.presidio = cfg.presidioUrl ? new PresidioClient(cfg.presidioUrl, cfg.presidioTimeoutMs) : null;
    this.optional = policy.bundle.presidio === 'optional';
    // Build the detectors' word tables at boot (~0.1 s), not on the first request.
    analyzeText('Warm-up: Dr. Jane Roe of Acme Corp lives in Springfield, phone 415-555-0132.');
  }

  async classifyMessages(messages: readonly ChatMessage[]): Promise<Classification> {
    if (!this.presidio) return classify(messages);
    const texts = messageTexts(messages);
    const external = await this.external(texts);
    const extra: Finding[] = [];
    external.forEach((results, text) => {
      for (const r of results) extra.push({ entityType: r.entity_type, start: r.start, end: r.end, score: r.score, text });
    });
    return classify(messages, extra);
  }

  /** Presidio-shaped analysis of one text, merged the same way. */
  async analyze(text: string): Promise<PresidioResult[]> {
    const own = analyzeText(text);
    if (!this.presidio) return own;
    const [ext = []] = await this.external([text]);
    const merged = [...own];
    for (const r of ext) {
      if (!own.some((o) => o.entity_type === r.entity_type && r.start < o.end && o.start < r.end)) merged.push(r);
    }
    return merged.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private async external(texts: readonly string[]): Promise<PresidioResult[][]> {
    const client = this.presidio as PresidioClient;
    try {
      return await Promise.all(texts.map((t) => (t.length > 0 ? client.analyze(t) : Promise.resolve([]))));
    } catch (err) {
      this.log.warn({ event: 'presidio_unavailable', reason: err instanceof Error ? err.message : 'error', optional: this.optional }, 'presidio analyzer failed');
      if (this.optional) return texts.map(() => []);
      throw new GatewayError('classifier_unavailable', 'The external classifier is unavailable; the request was not sent to any provider.');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.presidio?.close();
  }
}
