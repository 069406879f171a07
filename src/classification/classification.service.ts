import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import {
  analyzeText,
  classifyReadable,
  readRequest,
  unreadableLevel,
  type Finding,
  type PresidioResult,
  type RequestClassification,
} from '@libs/classification';
import { GatewayError, type DataLevel } from '@libs/core';
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
    private readonly policy: PolicyService,
    private readonly log: AppLogger,
  ) {
    this.presidio = cfg.presidioUrl ? new PresidioClient(cfg.presidioUrl, cfg.presidioTimeoutMs) : null;
    this.optional = policy.bundle.presidio === 'optional';
    // Build the detectors' word tables at boot (~0.1 s), not on the first request.
    analyzeText('Warm-up: Dr. Jane Roe of Acme Corp lives in Springfield, phone 415-555-0132.');
  }

  /**
   * Classifies every text a provider could read in a request body (chat, embeddings, anything later).
   * Fail closed: if the built-in analyzer throws, the request gets 503 classifier_unavailable (the caller
   * records it as a denial), never a 500 and never egress.
   */
  async classifyBody(body: Readonly<Record<string, unknown>>): Promise<RequestClassification> {
    const read = this.builtIn(() => readRequest(body));
    const extra: Finding[] = [];
    if (this.presidio) {
      const external = await this.external(read.texts);
      external.forEach((results, text) => {
        for (const r of results) extra.push({ entityType: r.entity_type, start: r.start, end: r.end, score: r.score, text });
      });
    }
    return this.builtIn(() => classifyReadable(read, extra));
  }

  /** The level unreadable parts imply under the policy's `unreadableContent` (default restricted). */
  unreadableLevel(c: RequestClassification): DataLevel {
    return unreadableLevel(c.opaque, this.policy.bundle.unreadableContent);
  }

  /** Presidio-shaped analysis of one text, merged the same way. */
  async analyze(text: string): Promise<PresidioResult[]> {
    const own = this.builtIn(() => analyzeText(text));
    if (!this.presidio) return own;
    const [ext = []] = await this.external([text]);
    const merged = [...own];
    for (const r of ext) {
      if (!own.some((o) => o.entity_type === r.entity_type && r.start < o.end && o.start < r.end)) merged.push(r);
    }
    return merged.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Runs the built-in analyzer; a throw (a bug, an input it cannot take) fails closed as classifier_unavailable. */
  private builtIn<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      if (err instanceof GatewayError) throw err;
      // The error's name only: a message could quote the text that broke it.
      this.log.error(
        { event: 'classifier_failed', error: err instanceof Error ? err.name : typeof err },
        'built-in classifier failed; request refused',
      );
      throw new GatewayError('classifier_unavailable', 'The built-in classifier failed on this request; it was not sent to any provider.');
    }
  }

  private async external(texts: readonly string[]): Promise<PresidioResult[][]> {
    const client = this.presidio as PresidioClient;
    try {
      return await Promise.all(texts.map((t) => (t.length > 0 ? client.analyze(t) : Promise.resolve([]))));
    } catch (err) {
      this.log.warn(
        { event: 'presidio_unavailable', reason: err instanceof Error ? err.message : 'error', optional: this.optional },
        'presidio analyzer failed',
      );
      if (this.optional) return texts.map(() => []);
      throw new GatewayError('classifier_unavailable', 'The external classifier is unavailable; the request was not sent to any provider.');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.presidio?.close();
  }
}
