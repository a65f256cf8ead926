/** The box to track a dossier by its code (home page and /tra-cuu). */
export function TrackingForm({ code = '', error }: { code?: string; error?: string }): JSX.Element {
  return (
    <form method="get" action="/tra-cuu" class={error ? 'field field--error' : 'field'}>
      <label for="ma">Mã hồ sơ</label>
      <span class="hint" id="ma-hint">
        In trên giấy tiếp nhận và trong thư, tin nhắn báo nộp thành công, ví dụ
        000.00.00.H00-261202-0001
      </span>
      {error ? (
        <span class="field-error" id="ma-error" safe>
          {error}
        </span>
      ) : (
        ''
      )}
      <div class="search">
        <input
          type="text"
          id="ma"
          name="ma"
          value={code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="40"
          aria-describedby={error ? 'ma-hint ma-error' : 'ma-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        <button type="submit">Tra cứu</button>
      </div>
    </form>
  );
}
