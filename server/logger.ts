import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: ['req.headers.authorization', 'password', '*.password', 'NEO4J_PASSWORD'], censor: '[redacted]' } });
}
