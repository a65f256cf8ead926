export interface SummaryError {
  /** The id of the input to jump to; absent for a message about the whole form. */
  targetId?: string;
  /** Where the link goes when the field is on another page (e.g. "check your answers"). */
  href?: string;
  message: string;
}

/**
 * The list of problems at the top of a form, each linking to its field. It takes the focus
 * when the page loads (`autofocus` on a focusable box, no script needed) and is announced as
 * an alert, so a screen-reader user hears what to fix first.
 */
export function ErrorSummary({ errors }: { errors: readonly SummaryError[] }): JSX.Element {
  if (errors.length === 0) return '';
  return (
    <div
      class="error-summary"
      tabindex="-1"
      attrs="autofocus"
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          Có lỗi cần sửa
        </h2>
        <ul class="error-summary__list">
          {errors.map((error) =>
            error.href || error.targetId ? (
              <li>
                <a href={error.href ?? `#${error.targetId}`} safe>
                  {error.message}
                </a>
              </li>
            ) : (
              <li safe>{error.message}</li>
            ),
          )}
        </ul>
      </div>
    </div>
  );
}

/** GOV.UK's convention: a page showing errors says so first in its title. */
export function titleWithErrors(title: string, errorCount: number): string {
  return errorCount > 0 ? `Lỗi: ${title}` : title;
}
