// The certificate's Print button: the browser's own print, whose "Save as PDF" gives the paper as a file.
// The button is hidden until this script shows it, so that a page without scripts offers nothing that does nothing.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
