// A schema type as dashboard JSON can spell it: JSON has no enums, so each string enum becomes the union of its
// string values ("line", not GraphDrawStyle.Line), and every property is optional, since Grafana fills in the
// defaults of what a saved dashboard leaves out. Types stay as they are, and TypeScript's excess-property check
// still rejects a field the type does not declare.
export type Loose<T> = T extends string
  ? `${T}`
  : T extends number | boolean | null | undefined
    ? T
    : T extends Array<infer U>
      ? Array<Loose<U>>
      : T extends object
        ? { [K in keyof T]?: Loose<T[K]> }
        : T;

// What @grafana/prometheus's annotation support (processEvents in its annotations module) reads from an annotation
// itself rather than from its target. Its types declare none of them, so they are declared here, and nothing else is.
export interface PromAnnotationFields {
  titleFormat?: string;
  textFormat?: string;
  tagKeys?: string;
  useValueForTime?: boolean;
}
