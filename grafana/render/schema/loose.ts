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
