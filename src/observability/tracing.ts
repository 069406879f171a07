import { trace, SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';

/**
 * OpenTelemetry spans through the API only: without a registered SDK they cost next to nothing. Attributes
 * are ids, enums and numbers (tenant, provider, model, level, counts): never content, PII or keys.
 */
export async function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T> | T): Promise<T> {
  // Looked up per span (cheap), so a provider registered after this module loaded is honoured.
  return trace.getTracer('llm-gateway').startActiveSpan(name, { attributes }, async (span) => {
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
