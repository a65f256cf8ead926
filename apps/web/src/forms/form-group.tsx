import { ErrorMessage } from './field-input';

/** What an input says of its hint and its error (`aria-describedby`, `aria-invalid`). */
export function groupAria(
  id: string,
  hasHint: boolean,
  error: string | undefined,
): { 'aria-describedby': string | undefined; 'aria-invalid': 'true' | undefined } {
  const ids = [hasHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? 'true' : undefined,
  };
}

/**
 * A question's frame: the label bound to the input `id`, a hint, and the error above the input;
 * the input (`children`) carries `groupAria` so that both are announced with it.
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: JSX.Element;
}): JSX.Element {
  return (
    <div class={['form-group', error ? 'form-group--error' : undefined]}>
      <label class="label" for={id} safe>
        {label}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`} safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : ''}
      {children}
    </div>
  );
}
