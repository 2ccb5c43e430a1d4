import type { ControlProps } from './FormField';
import type { OrganisationOption } from './use-organisations';

/** The organisation whose name is typed exactly (case aside), or null. */
export function organisationNamed(options: readonly OrganisationOption[], name: string): OrganisationOption | null {
  const wanted = name.trim().toLocaleLowerCase();
  return options.find((o) => o.name.toLocaleLowerCase() === wanted) ?? null;
}

/**
 * A searchable organisation picker: typing filters the list (any part of the name), arrows and
 * Enter choose. The value is the name; the form resolves it with organisationNamed.
 */
export function OrganisationInput({
  value,
  onChange,
  options,
  control,
  listId,
}: {
  value: string;
  onChange(name: string): void;
  options: readonly OrganisationOption[];
  control: ControlProps;
  listId: string;
}) {
  return (
    <>
      <input {...control} className="mf-input" list={listId} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o.id} value={o.name}>
            {o.country}
          </option>
        ))}
      </datalist>
    </>
  );
}
