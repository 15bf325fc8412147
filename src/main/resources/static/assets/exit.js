// "Leave this site": replaces this page in the history, so that Back does not return to it, and does
// the same when Escape is pressed three times in a row. Without JavaScript the link still leaves.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  var presses = 0;
  var last = 0;
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var now = Date.now();
    presses = (now - last < 2000) ? presses + 1 : 1;
    last = now;
    if (presses >= 3) {
      leave();
    }
  });
}());
