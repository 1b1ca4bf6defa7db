import { LoggerService } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';
import { currentTraceparent, traceIdOf } from '@koers/contracts';

/** Structured JSON logs; every line carries the trace id of the request or event being handled. */
export class JsonLogger implements LoggerService {
  private readonly pino: Pino;

  constructor(service: string, level = 'info') {
    this.pino = pino({
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const traceId = traceIdOf(currentTraceparent());
        return traceId ? { traceId } : {};
      },
    });
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  /** Nest passes the context (class name) as the last argument, and for errors a stack before it. */
  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message !== null && typeof message === 'object') {
      const extra = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
      this.pino[level]({ ...fields, ...(message as object) }, extra);
    } else {
      const stack = level === 'error' && rest.length > 1 ? rest[0] : undefined;
      this.pino[level](stack ? { ...fields, stack } : fields, String(message));
    }
  }
}
