import {
  context,
  trace,
  type Attributes,
  type AttributeValue,
  type Span,
  type SpanContext,
  type Tracer,
  type TracerProvider,
} from '@opentelemetry/api';

export interface RecordedSpan {
  name: string;
  attributes: Record<string, AttributeValue | undefined>;
}

/** A minimal in-memory TracerProvider for tests: records span names and attributes. */
export class RecordingTracerProvider implements TracerProvider {
  readonly spans: RecordedSpan[] = [];

  getTracer(): Tracer {
    const spans = this.spans;
    const startSpan = (name: string, options?: { attributes?: Attributes }): Span => {
      const rec: RecordedSpan = { name, attributes: { ...(options?.attributes ?? {}) } };
      spans.push(rec);
      const ctx: SpanContext = { traceId: '0'.repeat(31) + '1', spanId: '0'.repeat(15) + '1', traceFlags: 1 };
      const span: Span = {
        spanContext: () => ctx,
        setAttribute: (k, v) => ((rec.attributes[k] = v), span),
        setAttributes: (a) => (Object.assign(rec.attributes, a), span),
        addEvent: () => span,
        addLink: () => span,
        addLinks: () => span,
        setStatus: () => span,
        updateName: (n) => ((rec.name = n), span),
        end: () => undefined,
        isRecording: () => true,
        recordException: () => undefined,
      };
      return span;
    };
    const tracer = {
      startSpan,
      startActiveSpan: (name: string, ...rest: unknown[]) => {
        const fn = rest[rest.length - 1] as (s: Span) => unknown;
        const opts = (rest.length > 1 ? rest[0] : undefined) as { attributes?: Attributes } | undefined;
        const span = startSpan(name, opts);
        return context.with(trace.setSpan(context.active(), span), () => fn(span));
      },
    };
    return tracer as unknown as Tracer;
  }

  install(): void {
    trace.setGlobalTracerProvider(this);
  }
}
