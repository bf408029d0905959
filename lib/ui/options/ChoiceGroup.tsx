import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** Radio buttons in a fieldset: one choice among a few, each with an optional hint. */
export function ChoiceGroup<T extends string>({ legend, value, choices, onChange, disabled }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset class="el-field" disabled={disabled}>
      <legend class="el-field__legend">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="el-check">
          <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
          <span class="el-check__text">
            {choice.label}
            {choice.hint && <span class="el-check__hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
