/* global document, window, HTMLFormElement, XMLHttpRequest */
// Upload progress for the citizen's document forms (form[data-upload]). Without this script
// the forms post as usual; with it, the same request is sent with a progress bar. Loaded from
// a file (the Content-Security-Policy allows no inline script).
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload')) return;
    var input = form.querySelector('input[type=file]');
    if (!input || !input.files || input.files.length === 0 || !window.FormData) return;
    event.preventDefault();
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', 'Đang tải tệp lên');
    form.insertBefore(progress, form.querySelector('button'));
    var buttons = form.querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
    });
    request.addEventListener('load', function () {
      // success ends on the page the portal redirected to; an error answers with its page
      if (request.status < 400 && request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
        return;
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener('error', function () {
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
