/**
 * A column filter that picks one value from a short list (a code shown by its translated name:
 * record type, action). ag-grid Community's text filter would make people type the stored code
 * ("grants") rather than the word they see ("Tranša"); a list offers exactly what exists.
 * Its model is an ordinary text filter, { filterType: 'text', type: 'equals', filter: code }, so the
 * API's grid schema and SQL take it as they take any text filter.
 */
import type { IDoesFilterPassParams, IFilter } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps, type CustomFloatingFilterProps } from 'ag-grid-react';
import { useCallback } from 'react';

export type Choice = { value: string; label: string };
export type ChoiceModel = { filterType: 'text'; type: 'equals'; filter: string };

/** filterParams and floatingFilterComponentParams of a column with a choice filter. */
export type ChoiceFilterParams = {
  choices: readonly Choice[];
  /** The first option: no filter. */
  anyLabel: string;
  /** What the list is for, for screen readers ("Filter: Record type"). */
  label: string;
};

export const choiceModel = (value: string): ChoiceModel => ({ filterType: 'text', type: 'equals', filter: value });

const selected = (model: ChoiceModel | null | undefined): string => (model && typeof model.filter === 'string' ? model.filter : '');

function ChoiceSelect({
  params,
  value,
  onChange,
  className,
}: {
  params: ChoiceFilterParams;
  value: string;
  onChange(value: string): void;
  className: string;
}) {
  const known = value === '' || params.choices.some((c) => c.value === value);
  return (
    <select className={className} value={value} aria-label={params.label} title={params.label} onChange={(e) => onChange(e.target.value)}>
      <option value="">{params.anyLabel}</option>
      {params.choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
      {/* A filter set from code or a saved model with a value the list does not have still shows. */}
      {!known && <option value={value}>{value}</option>}
    </select>
  );
}

/** The filter itself (ag-grid's popup); the floating filter below is what people normally use. */
export function ChoiceFilter(props: CustomFilterProps<unknown, unknown, ChoiceModel> & ChoiceFilterParams) {
  const { model, onModelChange, getValue } = props;
  const doesFilterPass = useCallback(
    (p: IDoesFilterPassParams) => !model || String(getValue(p.node) ?? '') === model.filter,
    [model, getValue],
  );
  useGridFilter({ doesFilterPass });
  return (
    <div className="choice-filter">
      <ChoiceSelect
        className="choice-select"
        params={props}
        value={selected(model)}
        onChange={(v) => onModelChange(v === '' ? null : choiceModel(v))}
      />
    </div>
  );
}

/** The list in the header's filter row. */
export function ChoiceFloatingFilter(props: CustomFloatingFilterProps<IFilter, unknown, unknown, ChoiceModel> & ChoiceFilterParams) {
  const { model, onModelChange } = props;
  return (
    <ChoiceSelect
      className="choice-select choice-select-floating"
      params={props}
      value={selected(model)}
      onChange={(v) => onModelChange(v === '' ? null : choiceModel(v))}
    />
  );
}
