import { fieldClass } from "@/app/_components/library/submit-button";

type FieldProps = { id: string; label: string; type?: string; autoComplete?: string; required?: boolean; minLength?: number; defaultValue?: string };

/** A labelled input for the account forms. */
export function Field({ id, label, type = "text", autoComplete, required = true, minLength, defaultValue }: FieldProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      <input id={id} name={id} type={type} autoComplete={autoComplete} required={required} minLength={minLength} defaultValue={defaultValue} className={fieldClass} />
    </div>
  );
}

export const buttonClass =
  "inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-2.5 text-sm font-semibold text-accent-ink shadow-sm transition hover:brightness-110 disabled:cursor-progress disabled:opacity-70";

export const quietButtonClass = "rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-sunken disabled:opacity-60";
