import { trace, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';

/**
 * OpenTelemetry spans through the API only: without a registered SDK they cost next to nothing. Attributes
 * are ids, enums and numbers (tenant, provider, model, level, counts): never content, PII or keys.
 */
const tracer = trace.getTracer('llm-gateway');

export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T> | T): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
      throw err;
    } finally {
      span.end();
    }
  });
}
