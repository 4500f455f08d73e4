import type { SelectOption } from "./fields";

/** Every value of an enum as a choice of a select, in the enum's order, labelled by `label`. */
export function enumOptions<Value extends string>(
  values: Record<string, Value>,
  label: (value: Value) => string,
): SelectOption[] {
  return Object.values(values).map((value) => ({ value, label: label(value) }));
}
