// The HTTP side of the data source: the same API calls Grafana's backend makes (POST form bodies to
// /api/v1/query and /api/v1/query_range; label values with a match[] selector), sent to a Prometheus that the
// page reaches on its own origin (run/server.mjs forwards /api/v1/ to the real one).
import type { PromAnswer } from './promFrames';

export class Prometheus {
  constructor(readonly uid: string, private readonly base = '') {}

  instant(expr: string, timeMs: number): Promise<PromAnswer> {
    return this.post('/api/v1/query', { query: expr, time: String(timeMs / 1000) });
  }

  range(expr: string, startMs: number, endMs: number, stepMs: number): Promise<PromAnswer> {
    return this.post('/api/v1/query_range', {
      query: expr,
      start: String(startMs / 1000),
      end: String(endMs / 1000),
      step: String(stepMs / 1000),
    });
  }

  async labelValues(label: string, match?: string): Promise<string[]> {
    const query = match ? `?${new URLSearchParams({ 'match[]': match })}` : '';
    const answer = await (await fetch(`${this.base}/api/v1/label/${encodeURIComponent(label)}/values${query}`)).json();
    if (answer.status !== 'success') {
      throw new Error(`label values of ${label}: ${answer.error}`);
    }
    return answer.data as string[];
  }

  private async post(path: string, form: Record<string, string>): Promise<PromAnswer> {
    const response = await fetch(`${this.base}${path}`, { method: 'POST', body: new URLSearchParams(form) });
    return (await response.json()) as PromAnswer;
  }
}
