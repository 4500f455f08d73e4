"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useFormContext, type FieldError as HookFieldError } from "react-hook-form";
import { FieldError } from "@/components/ui/form-message";
import { Input, Select, inputClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";

type FieldProps = {
  name: string;
  label: string;
  /** Extra help under the control, read out with it. */
  hint?: ReactNode;
  required?: boolean;
};

function errorAt(errors: Record<string, unknown>, name: string): string | undefined {
  const error = name
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);
  return (error as HookFieldError | undefined)?.message;
}

/** Label, control, hint and error, wired together with ids and aria attributes. */
function useField({ name, hint }: FieldProps) {
  const {
    register,
    formState: { errors },
  } = useFormContext();
  // Unique on the page: two forms there may have a field of the same name (a rate entered, a rate file's month).
  const id = `field-${name.replace(/\W/g, "-")}-${useId().replace(/\W/g, "")}`;
  const error = errorAt(errors, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return {
    id,
    error,
    hintNode: hint ? (
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {hint}
      </p>
    ) : null,
    controlProps: { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, ...register(name) },
  };
}

function FieldLabel({ id, label, required }: { id: string; label: string; required?: boolean }) {
  const common = useTranslations("Common");
  return (
    <Label htmlFor={id}>
      {label}
      {required ? <span className="text-slate-500"> {common("required")}</span> : null}
    </Label>
  );
}

export function TextField(
  props: FieldProps & {
    type?: "text" | "email" | "url" | "date" | "month" | "password";
    maxLength?: number;
    autoComplete?: string;
    autoFocus?: boolean;
  },
) {
  const { id, error, hintNode, controlProps } = useField(props);
  return (
    <div>
      <FieldLabel id={id} label={props.label} required={props.required} />
      <Input
        type={props.type ?? "text"}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        {...controlProps}
      />
      {hintNode}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function NumberField(props: FieldProps & { min?: number; max?: number; step?: string }) {
  const { id, error, hintNode, controlProps } = useField(props);
  return (
    <div>
      <FieldLabel id={id} label={props.label} required={props.required} />
      <Input
        type="number"
        inputMode="decimal"
        min={props.min}
        max={props.max}
        step={props.step ?? "1"}
        {...controlProps}
      />
      {hintNode}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function TextareaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { id, error, hintNode, controlProps } = useField(props);
  return (
    <div>
      <FieldLabel id={id} label={props.label} required={props.required} />
      <textarea rows={props.rows ?? 3} maxLength={props.maxLength} className={inputClassName} {...controlProps} />
      {hintNode}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };

export function SelectField(props: FieldProps & { options: SelectOption[]; placeholder?: string }) {
  const { id, error, hintNode, controlProps } = useField(props);
  return (
    <div>
      <FieldLabel id={id} label={props.label} required={props.required} />
      <Select {...controlProps}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {hintNode}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldRow({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("grid gap-4 sm:grid-cols-2", className)}>{children}</div>;
}

export function CheckboxField(props: FieldProps) {
  const { id, error, hintNode, controlProps } = useField(props);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 size-4" {...controlProps} />
        <Label htmlFor={id} className="mb-0">
          {props.label}
        </Label>
      </div>
      {hintNode}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** Several choices under one name: a fieldset of checkboxes, its legend the label. Submits the ticked values. */
export function CheckboxGroupField(props: FieldProps & { options: SelectOption[]; columns?: 2 | 3 }) {
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const id = `field-${props.name.replace(/\W/g, "-")}-${useId().replace(/\W/g, "")}`;
  const error = errorAt(errors, props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={describedBy || undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800">{props.label}</legend>
      {props.hint ? (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <div className={cn("grid gap-2", props.columns === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
        {props.options.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              value={option.value}
              className="mt-1 size-4"
              {...register(props.name)}
            />
            <Label htmlFor={`${id}-${option.value}`} className="mb-0 font-normal">
              {option.label}
            </Label>
          </div>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
