// The dashboard's template variables as Grafana's frontend resolves them for the Prometheus data source: each
// variable takes its saved current value, "All" becomes allValue (or every value its label_values query lists),
// and multi-value selections become an escaped regex alternation. Variables resolve in order, so one may use
// the ones before it. The built-in $__ variables are left for the backend step (interval.ts).
import type { Prometheus } from './prometheus';

export interface VariableModel {
  name: string;
  type: string;
  query?: string | { query: string };
  current?: { value?: string | string[] };
  allValue?: string;
  includeAll?: boolean;
  multi?: boolean;
}

export type Variables = Map<string, string>;

const reference = /\$(\w+)|\$\{(\w+)(?::(\w+))?\}|\[\[(\w+)\]\]/g;

export async function resolveVariables(list: VariableModel[], prometheus: Prometheus): Promise<Variables> {
  const values: Variables = new Map();
  for (const variable of list) {
    if (variable.type === 'datasource') {
      values.set(variable.name, prometheus.uid);
      continue;
    }
    const current = variable.current?.value ?? '';
    const selected = Array.isArray(current) ? current : [current];
    if (selected.includes('$__all')) {
      values.set(variable.name, variable.allValue ?? regexOf(await listValues(variable, values, prometheus)));
    } else if (variable.multi || variable.includeAll) {
      values.set(variable.name, regexOf(selected));
    } else {
      values.set(variable.name, selected[0] ?? '');
    }
  }
  return values;
}

/** Replaces $name, ${name} and [[name]] of the dashboard's variables; throws on a reference to a variable it lacks. */
export function interpolate(text: string, variables: Variables): string {
  return text.replace(reference, (whole, a?: string, b?: string, _format?: string, c?: string) => {
    const name = a ?? b ?? c ?? '';
    if (name.startsWith('__')) {
      return whole;
    }
    const value = variables.get(name);
    if (value === undefined) {
      throw new Error(`unknown variable $${name} in ${text}`);
    }
    return value;
  });
}

async function listValues(variable: VariableModel, known: Variables, prometheus: Prometheus): Promise<string[]> {
  const query = typeof variable.query === 'string' ? variable.query : variable.query?.query ?? '';
  const call = /^\s*label_values\((?:(.*),\s*)?(\w+)\s*\)\s*$/s.exec(query);
  if (!call) {
    throw new Error(`variable ${variable.name}: only label_values(...) queries are supported, not ${query}`);
  }
  return prometheus.labelValues(call[2], call[1] ? interpolate(call[1], known) : undefined);
}

/** Grafana's Prometheus regex escape of each value, joined as (a|b); a single value stands alone. */
function regexOf(values: string[]): string {
  const escaped = values.map((v) => v.replace(/\\/g, '\\\\\\\\').replace(/[$^*{}[\]'+?.()|]/g, '\\\\$&'));
  return escaped.length === 1 ? escaped[0] : `(${escaped.join('|')})`;
}
